package org.claimdesk.extraction;

/** Runs the extraction CLI without the application, for the reference scorer and by hand. */
public final class ExtractMain {

    private ExtractMain() {
    }

    public static void main(String[] args) {
        System.exit(ExtractCli.run(args, System.out, System.err));
    }
}
