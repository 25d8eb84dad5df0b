package org.claimdesk.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.claimdesk.shared.ConflictException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Creates the first accounts of an empty database: the demo accounts in the embedded default (listed in the
 * README and on the login page), otherwise one admin whose password comes from CLAIMDESK_ADMIN_PASSWORD or
 * is generated and printed to the log once.
 */
@Component
@Order(0)
class InitialAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

    private final UserService users;
    private final boolean demoData;
    private final String adminPassword;

    @Autowired
    InitialAccounts(UserService users, DemoData demoData,
                    @Value("${claimdesk.admin-password:}") String adminPassword) {
        this(users, demoData.enabled(), adminPassword);
    }

    InitialAccounts(UserService users, boolean demoData, String adminPassword) {
        this.users = users;
        this.demoData = demoData;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.hasAnyUser()) {
            return;
        }
        try {
            createFirstAccounts();
        } catch (DataIntegrityViolationException | ConflictException e) {
            // two nodes started at once on an empty database: the other one created them first (the check above
            // or the unique username caught it)
            log.info("Another node created the first accounts while this one started");
        }
    }

    private void createFirstAccounts() {
        if (demoData) {
            for (DemoAccount a : DemoAccount.ALL) {
                users.createUser(a.username(), a.displayName(), a.password(), Set.of(a.role()));
            }
            log.info("Created the demo accounts {} (password = username)",
                    DemoAccount.ALL.stream().map(DemoAccount::username).toList());
            return;
        }
        boolean generated = adminPassword == null || adminPassword.isBlank();
        String password = adminPassword;
        if (generated) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        users.createUser("admin", "Administrator", password, Set.of(Role.ADMIN));
        if (generated) {
            // Printed once, on the first start of an empty database; it is not stored anywhere in clear.
            log.warn("Created the first admin account 'admin' with the generated password: {}", password);
        } else {
            log.info("Created the first admin account 'admin' with the password from CLAIMDESK_ADMIN_PASSWORD");
        }
    }
}
