package org.claimdesk.security;

/** What a user may do. The names are the authorities Spring Security checks (with the ROLE_ prefix). */
public enum Role {
    ADMIN, EDITOR, FACT_CHECKER;

    /** Role names for @RolesAllowed and @PreAuthorize, kept here so a typo cannot grant or deny by accident. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String EDITOR_NAME = "EDITOR";
    public static final String FACT_CHECKER_NAME = "FACT_CHECKER";

    /** Everyone who works on articles and claims. */
    public static final String ANY_STAFF = "hasAnyRole('" + ADMIN_NAME + "','" + EDITOR_NAME + "','" + FACT_CHECKER_NAME + "')";
    /** Admins only. */
    public static final String ADMINS = "hasRole('" + ADMIN_NAME + "')";
    /** Editors and admins. */
    public static final String EDITORS = "hasAnyRole('" + ADMIN_NAME + "','" + EDITOR_NAME + "')";
}
