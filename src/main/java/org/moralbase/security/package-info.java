/**
 * Accounts, roles, login and the rules of access: form login with hashed passwords, lock-out after repeated
 * failures, the first admin, and the admin's user management. Role names live in
 * {@link org.moralbase.base.Roles}.
 */
package org.moralbase.security;
