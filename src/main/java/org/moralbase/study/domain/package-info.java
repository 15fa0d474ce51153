/** Study storage. */
package org.moralbase.study.domain;
