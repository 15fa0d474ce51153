/** The entity superclass shared by all features. */
package org.moralbase.base.domain;
