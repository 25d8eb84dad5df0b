package org.claimdesk.export;

/** The export was cancelled by the person who started it; what was written so far is incomplete. */
public class ExportCancelledException extends RuntimeException {

    private final long rows;

    public ExportCancelledException(long rows) {
        super("The export was cancelled after " + rows + " claims.");
        this.rows = rows;
    }

    public long rows() {
        return rows;
    }
}
