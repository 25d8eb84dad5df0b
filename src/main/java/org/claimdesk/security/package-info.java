/**
 * Users, roles and sign-in: the two filter chains (stateless JSON API with HTTP Basic; the Vaadin UI with form
 * login), the first accounts (demo accounts in the embedded set-up, otherwise one admin), and
 * {@link org.claimdesk.security.CurrentUser}, through which services learn who they act for.
 */
package org.claimdesk.security;
