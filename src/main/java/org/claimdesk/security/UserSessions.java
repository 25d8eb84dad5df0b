package org.claimdesk.security;

import org.claimdesk.live.Broadcaster;
import org.claimdesk.live.LiveEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.security.Principal;

/**
 * Ends a user's open UI sessions (the form-login HTTP sessions the registry knows): the next request of such a
 * session is sent to the sign-in page, and its open screens, told over the live channel, go there at once. The API
 * keeps no session; it checks the account on every call.
 */
@Component
class UserSessions {

    private final SessionRegistry registry;
    private final Broadcaster broadcaster;

    UserSessions(SessionRegistry registry, Broadcaster broadcaster) {
        this.registry = registry;
        this.broadcaster = broadcaster;
    }

    /** Ends them once the current transaction commits, so a change that rolls back ends nothing. */
    void endAfterCommit(String username) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(username);
                }
            });
        } else {
            end(username);
        }
    }

    void end(String username) {
        for (Object principal : registry.getAllPrincipals()) {
            if (username.equals(nameOf(principal))) {
                registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
        // open screens talk over their push connection, past the HTTP filters: tell them to leave
        broadcaster.publish(new LiveEvent(LiveEvent.user(username), LiveEvent.Kind.CHANGED, "ClaimDesk",
                LiveEvent.SESSION_ENDED));
    }

    private static String nameOf(Object principal) {
        return switch (principal) {
            case UserDetails u -> u.getUsername();
            case Principal p -> p.getName();
            default -> String.valueOf(principal);
        };
    }
}
