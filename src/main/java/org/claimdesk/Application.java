package org.claimdesk;

import org.claimdesk.extraction.ExtractCli;
import org.claimdesk.generate.BenchCommand;
import org.claimdesk.generate.GenerateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        // "extract" is a command-line tool on the same jar: it must not start the web server.
        if (args.length > 0 && "extract".equals(args[0])) {
            System.exit(ExtractCli.run(args, System.out, System.err));
        }
        // "generate" and "bench" (issue 11) start the application without the web server and exit when done
        if (args.length > 0 && "generate".equals(args[0])) {
            System.exit(GenerateCommand.run(Application.class, args, System.out, System.err));
        }
        if (args.length > 0 && "bench".equals(args[0])) {
            System.exit(BenchCommand.run(Application.class, args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
