package org.claimdesk.generate;

import org.claimdesk.security.Role;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.util.Map;

/**
 * {@code bench [--user NAME] [--role EDITOR] [--runs N] [--warmup N] [--only TEXT]}: times the services the views use on the
 * configured database (see {@link ServiceBench}), without the web server, with Hibernate statistics on for this
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
        try {
            role = Role.valueOf(CommandLine.option(args, "--role", "EDITOR"));
            runs = CommandLine.intOption(args, "--runs", 20);
            warmup = CommandLine.intOption(args, "--warmup", 3);
        } catch (IllegalArgumentException e) {
            err.println("usage: bench [--user NAME] [--role ADMIN|EDITOR|FACT_CHECKER] [--runs N] [--warmup N] [--only TEXT]");
            return GenerateCommand.USAGE;
        }
        try (ConfigurableApplicationContext context = CommandLine.start(application, args,
                Map.of("spring.jpa.properties.hibernate.generate_statistics", "true",
                        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener", "WARN"))) {
            context.getBean(ServiceBench.class).run(user, role, warmup, runs, CommandLine.option(args, "--only", null), out);
            return GenerateCommand.OK;
        } catch (java.sql.SQLException e) {
            err.println("bench: failed: " + e.getMessage());
            return 1;
        }
    }
}
