package org.claimdesk.export;

import java.io.OutputStream;
import java.util.Set;

/**
 * Makes the writers of some formats (a Spring bean each): the export service asks the one that serves the format
 * asked for, so a format is added by adding a factory, without touching the service.
 */
public interface RowWriterFactory {

    /** The formats this factory writes. */
    Set<ExportFormat> formats();

    /** A writer of {@code format} onto {@code out}; {@code title} names the export (e.g. an article's title). */
    RowWriter open(ExportFormat format, OutputStream out, String title);
}
