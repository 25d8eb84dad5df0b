package org.claimdesk.export;

import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Set;

/** The writers of ClaimReview JSON-LD and the editor's report (Markdown, HTML), for the export service. */
@Component
class ClaimReviewAndReportWriters implements RowWriterFactory {

    private final ClaimReviewJson claimReviews;

    ClaimReviewAndReportWriters(ClaimReviewJson claimReviews) {
        this.claimReviews = claimReviews;
    }

    @Override
    public Set<ExportFormat> formats() {
        return EnumSet.of(ExportFormat.CLAIMREVIEW, ExportFormat.MARKDOWN, ExportFormat.HTML);
    }

    @Override
    public RowWriter open(ExportFormat format, OutputStream out, String title) {
        return switch (format) {
            case CLAIMREVIEW -> new ClaimReviewWriter(claimReviews, out);
            case MARKDOWN -> new MarkdownReportWriter(out, title);
            case HTML -> new HtmlReportWriter(out, title);
            default -> throw new IllegalArgumentException("Not a format of this factory: " + format);
        };
    }
}
