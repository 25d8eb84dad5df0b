package org.claimdesk.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * The demo desks of the embedded set-up: "Politics desk" (editor, checker, checker2) and "Metro desk" (metro),
 * admin in both. Runs after the demo accounts and before the demo articles, which it splits between them.
 */
@Component
@Order(5)
class TeamDemoData implements ApplicationRunner {

    static final String POLITICS = "Politics desk";
    static final String METRO = "Metro desk";
    /** The team V7 creates for existing data; on a fresh database it is empty and becomes the Politics desk. */
    private static final String MIGRATION_TEAM = "Newsroom";

    private static final Logger log = LoggerFactory.getLogger(TeamDemoData.class);

    private final UserService users;
    private final UserAccountRepository accounts;
    private final TeamService teams;
    private final boolean demoData;

    TeamDemoData(UserService users, UserAccountRepository accounts, TeamService teams, DemoData demoData) {
        this.users = users;
        this.accounts = accounts;
        this.teams = teams;
        this.demoData = demoData.enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData) {
            return;
        }
        if (accounts.findByUsername("metro").isEmpty()) {
            users.createUser("metro", "Morgan Metro", "metro", Set.of(Role.FACT_CHECKER));
        }
        teams.ensureDemoTeam(POLITICS, List.of("admin", "editor", "checker", "checker2"), MIGRATION_TEAM);
        teams.ensureDemoTeam(METRO, List.of("admin", "metro"), null);
        log.info("Demo teams: {} (editor, checker, checker2) and {} (metro); admin in both", POLITICS, METRO);
    }
}
