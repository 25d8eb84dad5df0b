package org.claimdesk.shared;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells an unreachable database apart from other errors, so that the API answers 503 with Retry-After and the UI
 * says "try again in a moment" instead of a 500 "something went wrong": the failure is temporary and not the
 * user's. A JDBC connection failure reaches us wrapped in many ways (Spring's DataAccessResourceFailureException
 * and CannotGetJdbcConnectionException, CannotCreateTransactionException when a transaction cannot start,
 * Hibernate's JDBCConnectionException, a commit that fails in TransactionSystemException), so the whole cause
 * chain is searched, down to the driver's SQLException and its SQLSTATE class 08 (connection exception), and
 * Hikari's "Connection is closed" for a connection it has just evicted as broken.
 */
public final class DatabaseOutage {

    /** What the API and the UI tell the user. */
    public static final String MESSAGE = "The database is unavailable; your work was not saved — try again in a moment.";

    /** The Retry-After of a 503: Hikari's connection timeout is a few seconds, so a retry soon after is sensible. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * What Hikari's stand-in for a connection it evicted as broken (an I/O error, SQLSTATE 08) says, without a
     * SQLSTATE: the rollback after the failed statement meets it, and Spring reports that rollback's failure.
     */
    private static final String HIKARI_CLOSED = "Connection is closed";

    private DatabaseOutage() {
    }

    public static boolean isOutage(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || "org.hibernate.exception.JDBCConnectionException".equals(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || HIKARI_CLOSED.equals(sql.getMessage()))) {
                return true;
            }
            // the rollback after a failed statement fails too, and Spring throws that instead of the first error
            if (t instanceof TransactionSystemException tx && tx.getApplicationException() != null
                    && tx.getApplicationException() != error && isOutage(tx.getApplicationException())) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed != error && isOutage(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
