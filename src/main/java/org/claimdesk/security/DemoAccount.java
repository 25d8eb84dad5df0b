package org.claimdesk.security;

import java.util.List;

/** An account created in the embedded default so a newcomer can sign in; listed on the login page. Metro is
 * the other desk's fact-checker ({@link TeamDemoData}). */
public record DemoAccount(String username, String displayName, String password, Role role) {

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("admin", "Ada Admin", "admin", Role.ADMIN),
            new DemoAccount("editor", "Edith Editor", "editor", Role.EDITOR),
            new DemoAccount("checker", "Chris Checker", "checker", Role.FACT_CHECKER),
            new DemoAccount("checker2", "Casey Checker", "checker2", Role.FACT_CHECKER),
            new DemoAccount("metro", "Morgan Metro", "metro", Role.FACT_CHECKER));
}
