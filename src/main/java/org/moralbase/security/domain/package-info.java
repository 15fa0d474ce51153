/** Account storage. */
package org.moralbase.security.domain;
