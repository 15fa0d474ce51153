/** The REST API's stored state: personal access tokens. */
package org.moralbase.api.domain;
