package org.claimdesk.base;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** A database refusal is a conflict only when it is a duplicate; anything else is our error, a 500. */
class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void a_unique_key_violation_is_a_409() {
        ResponseEntity<ProblemDetail> viaState = handler.clash(new DataIntegrityViolationException("insert",
                new RuntimeException("wrapped", new SQLException("duplicate key value", "23505"))));
        assertThat(viaState.getStatusCode().value()).isEqualTo(409);
        assertThat(handler.clash(new DuplicateKeyException("duplicate")).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void any_other_integrity_error_is_a_500_that_tells_nothing_of_the_database() {
        for (String state : new String[] {"22021", "22001", "23502", "23503", null}) {
            ResponseEntity<ProblemDetail> r = handler.clash(new DataIntegrityViolationException("insert into article",
                    new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", state)));
            assertThat(r.getStatusCode().value()).as(state).isEqualTo(500);
            assertThat(r.getBody().getDetail()).doesNotContain("UTF8").doesNotContain("insert").contains("went wrong");
        }
    }

    @Test
    void an_unreachable_database_is_a_503_with_retry_after_however_it_is_wrapped() {
        Exception[] outages = {
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms.")),
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new SQLException("refused", "08001")),
                new DataAccessResourceFailureException("could not execute statement"),
                new JpaSystemException(new RuntimeException("wrapped", new SQLException("An I/O error occurred while sending to the backend.", "08006"))),
                new TransactionSystemException("Could not commit JPA transaction", new SQLException("This connection has been closed.", "08003")),
                // seen on PostgreSQL: the rollback after the failed statement meets the connection Hikari evicted
                new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed")))};
        for (Exception e : outages) {
            ResponseEntity<ProblemDetail> r = handler.unexpected(e);
            assertThat(r.getStatusCode().value()).as(e.toString()).isEqualTo(503);
            assertThat(r.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            assertThat(r.getBody().getTitle()).isEqualTo("Database unavailable");
            assertThat(r.getBody().getDetail()).contains("database is unavailable").contains("not saved");
        }
    }

    @Test
    void other_database_errors_stay_500() {
        assertThat(handler.unexpected(new JpaSystemException(new RuntimeException(new SQLException("syntax", "42601"))))
                .getStatusCode().value()).isEqualTo(500);
    }
}
