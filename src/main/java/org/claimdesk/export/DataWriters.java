package org.claimdesk.export;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The data formats, CSV and JSON: the same columns, for spreadsheets and for programs. */
@Component
class DataWriters implements RowWriterFactory {

    @Override
    public Set<ExportFormat> formats() {
        return Set.of(ExportFormat.CSV, ExportFormat.JSON);
    }

    @Override
    public RowWriter open(ExportFormat format, OutputStream out, String title) {
        return switch (format) {
            case CSV -> {
                try {
                    yield new CsvRowWriter(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case JSON -> new JsonRowWriter(out);
            default -> throw new IllegalArgumentException("Not a data format: " + format);
        };
    }
}
