package org.claimdesk.generate;

import java.io.PrintStream;
import java.util.Locale;

/** Prints how far the generator is, and at what rate, every time another {@code every} claims are committed. */
final class Progress {

    private final PrintStream out;
    private final long every;
    private final long totalClaims;
    private final long start = System.nanoTime();
    private long nextReport;

    Progress(PrintStream out, long every, long totalClaims) {
        this.out = out;
        this.every = every;
        this.totalClaims = totalClaims;
        this.nextReport = every;
    }

    void committed(long claims, long rows) {
        if (claims >= nextReport || claims == totalClaims) {
            double seconds = seconds();
            out.printf(Locale.ROOT, "generate: %,d / %,d claims (%,d rows in all) in %.1f s: %,.0f claims/s, %,.0f rows/s%n",
                    claims, totalClaims, rows, seconds, claims / seconds, rows / seconds);
            while (nextReport <= claims) {
                nextReport += every;
            }
        }
    }

    double seconds() {
        return Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    }
}
