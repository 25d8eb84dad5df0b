package org.claimdesk.generate;

import org.claimdesk.security.Role;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.util.Map;

/**
 * {@code bench [--user NAME] [--role EDITOR] [--runs N] [--warmup N] [--only TEXT] [--export-runs N] [--imports N]
 * [--corpus DIR]}: times the services the views use on the configured database (see {@link ServiceBench}), the
 * article and claim pages ({@link PageBench}), a CSV export against COPY ({@link ExportBench}) and imports
 * ({@link ImportBench}), without the web server, with Hibernate statistics on for this
 * run only. The default user is the generator's {@code gen-editor} (an editor in two of the generated teams).
 */
public final class BenchCommand {

    private BenchCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        String user = CommandLine.option(args, "--user", Desk.BENCH_EDITOR);
        Role role;
        int runs;
        int warmup;
        int exportRuns;
        int imports;
        try {
            role = Role.valueOf(CommandLine.option(args, "--role", "EDITOR"));
            runs = CommandLine.intOption(args, "--runs", 20);
            warmup = CommandLine.intOption(args, "--warmup", 3);
            exportRuns = CommandLine.intOption(args, "--export-runs", 5);
            imports = CommandLine.intOption(args, "--imports", 20);
        } catch (IllegalArgumentException e) {
            err.println("usage: bench [--user NAME] [--role ADMIN|EDITOR|FACT_CHECKER] [--runs N] [--warmup N] [--only TEXT] [--export-runs N] [--imports N] [--corpus DIR]");
            return GenerateCommand.USAGE;
        }
        try (ConfigurableApplicationContext context = CommandLine.start(application, args,
                Map.of("spring.jpa.properties.hibernate.generate_statistics", "true",
                        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener", "WARN"))) {
            String only = CommandLine.option(args, "--only", null);
            context.getBean(ServiceBench.class).run(user, role, warmup, runs, only, out);
            context.getBean(PageBench.class).run(user, role, warmup, runs, only, out);
            // an export takes seconds: fewer runs, one warm-up
            context.getBean(ExportBench.class).run(user, role, Math.min(warmup, 1), exportRuns, only, out);
            context.getBean(ImportBench.class).run(user, role, warmup, imports,
                    java.nio.file.Path.of(CommandLine.option(args, "--corpus", ImportBench.DEFAULT_CORPUS)), only, out);
            return GenerateCommand.OK;
        } catch (java.sql.SQLException e) {
            err.println("bench: failed: " + e.getMessage());
            return 1;
        }
    }
}
