/** Audit log storage. */
package org.moralbase.audit.domain;
