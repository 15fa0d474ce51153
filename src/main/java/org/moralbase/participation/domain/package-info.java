/** Session and response storage. A response is unique per (session, position): stored exactly once. */
package org.moralbase.participation.domain;
