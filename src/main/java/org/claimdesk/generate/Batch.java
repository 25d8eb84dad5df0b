package org.claimdesk.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One table's JDBC batch insert: rows are added as values in column order and sent by {@link #flush()}. */
final class Batch implements AutoCloseable {

    private final PreparedStatement statement;
    private int pending;
    long rows;

    Batch(Connection c, String table, String columns) throws SQLException {
        int n = columns.split(",").length;
        this.statement = c.prepareStatement("insert into " + table + " (" + columns + ") values ("
                + "?,".repeat(n - 1) + "?)");
    }

    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        pending++;
        rows++;
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
