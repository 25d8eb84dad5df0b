package org.claimdesk.base;

import org.claimdesk.shared.InputRejectedException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What the UI's global error handler tells the user: an unreachable database says so, and to try again. */
class UiErrorMessagesTest {

    @Test
    void an_unreachable_database_is_told_as_such_with_nothing_saved() {
        String message = UiErrorHandling.messageFor(new RuntimeException("listener failed",
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                        new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms."))));
        assertThat(message).isEqualTo("The database is unavailable; your work was not saved — try again in a moment.");
    }

    @Test
    void rejected_input_and_other_errors_keep_their_messages() {
        assertThat(UiErrorHandling.messageFor(new InputRejectedException("Give the claim a text.")))
                .isEqualTo("Give the claim a text.");
        assertThat(UiErrorHandling.messageFor(new IllegalStateException("boom"))).contains("Something went wrong");
    }
}
