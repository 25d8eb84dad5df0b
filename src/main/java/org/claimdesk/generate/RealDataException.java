package org.claimdesk.generate;

/** The database holds a newsroom's own articles, and the generator was not told to add to them (--force). */
public class RealDataException extends RuntimeException {

    public RealDataException(long articles) {
        super("The database holds " + articles + " real (not generated, not demo) article" + (articles == 1 ? "" : "s")
                + "; generated data would be mixed with them. Use a fresh database, or add --force to generate anyway.");
    }
}
