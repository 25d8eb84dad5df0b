package org.claimdesk.generate;

import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.util.Map;

/**
 * {@code generate --articles N --claims N [--force] [--seed S]}: fills the configured database (H2 by default,
 * PostgreSQL with {@code --spring.profiles.active=postgres}) with generated newsroom data, without the web server.
 * Exit status 0 when done, 3 when the database holds real data and {@code --force} was not given, 64 on bad usage.
 */
public final class GenerateCommand {

    public static final int OK = 0;
    public static final int REFUSED = 3;
    public static final int USAGE = 64;
    private static final String USAGE_LINE = "usage: generate --articles N --claims N [--force] [--seed S] "
            + "[--spring.profiles.active=postgres ...]";

    private GenerateCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        int articles;
        int claims;
        long seed;
        try {
            articles = CommandLine.intOption(args, "--articles", 50_000);
            claims = CommandLine.intOption(args, "--claims", 1_000_000);
            seed = Long.parseLong(CommandLine.option(args, "--seed", "11"));
        } catch (NumberFormatException e) {
            err.println(USAGE_LINE);
            return USAGE;
        }
        if (articles < 1 || claims < articles) {
            err.println("generate: every article needs a claim: --claims must be at least --articles (" + USAGE_LINE + ")");
            return USAGE;
        }
        try (ConfigurableApplicationContext context = CommandLine.start(application, args, Map.of())) {
            context.getBean(DataGenerator.class).generate(articles, claims, CommandLine.flag(args, "--force"), seed, out);
            return OK;
        } catch (RealDataException e) {
            err.println("generate: refused: " + e.getMessage());
            return REFUSED;
        } catch (java.sql.SQLException e) {
            err.println("generate: failed: " + e.getMessage());
            return 1;
        }
    }
}
