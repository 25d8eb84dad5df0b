package org.claimdesk.export;

import java.io.IOException;

/**
 * Writes one format, a row at a time, as rows come from the database: {@link #begin}, then {@link #row} for each
 * claim, then {@link #end}. A writer holds no rows, so memory does not grow with the export.
 */
public interface RowWriter extends AutoCloseable {

    void begin() throws IOException;

    void row(ExportRow row) throws IOException;

    void end() throws IOException;

    /** Flushes and releases the writer's buffers; never closes the caller's stream. */
    @Override
    void close() throws IOException;
}
