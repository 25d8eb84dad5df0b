/**
 * Users, roles and sign-in: the two filter chains (stateless JSON API with personal API tokens as bearer tokens
 * ({@link org.claimdesk.security.ApiTokens}), and HTTP Basic where {@code claimdesk.api.basic-auth} allows it; the
 * Vaadin UI with form login), the first accounts (demo accounts in the embedded set-up, otherwise one admin),
 * {@link org.claimdesk.security.CurrentUser}, through which services learn who they act for; user administration
 * ({@link org.claimdesk.security.UserAdministration}: admins create, edit, disable and reset users, a disabled
 * user's sessions end at once) and the own password ({@link org.claimdesk.security.OwnPassword}), which a user
 * whose password an admin chose changes before anything else (UI and API).
 */
package org.claimdesk.security;
