package org.claimdesk.backup;

import org.claimdesk.security.Role;
import org.claimdesk.shared.ConflictException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Writes the whole embedded H2 database (schema and rows, Flyway's history included) as a ZIP-compressed SQL
 * script, while the application keeps running: H2's {@code SCRIPT TO ... COMPRESSION ZIP}, read in one
 * repeatable-read transaction so the script is one consistent moment even while others write. Restored with
 * {@code RUNSCRIPT FROM ... COMPRESSION ZIP} into an empty database (see the README).
 */
@Service
public class H2Backup {

    private final DataSource dataSource;

    H2Backup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A new temporary file holding the script; the caller deletes it once sent. */
    @PreAuthorize(Role.ADMINS)
    public Path writeScript() throws IOException {
        Path file = Files.createTempFile("claimdesk-backup-", ".zip");
        try (Connection c = dataSource.getConnection()) {
            if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
                throw new ConflictException("This installation runs on " + c.getMetaData().getDatabaseProductName()
                        + ": back it up with pg_dump (deploy/backup-postgres.sh), as the README says.", Map.of());
            }
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                // the path is ours (a temp file), but quotes are doubled all the same
                s.execute("SCRIPT TO '" + file.toAbsolutePath().toString().replace("'", "''") + "' COMPRESSION ZIP");
                c.commit();
            } finally {
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException | RuntimeException e) {
            Files.deleteIfExists(file);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("The H2 backup failed", e);
        }
        return file;
    }
}
