package org.claimdesk;

import org.claimdesk.extraction.ExtractCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        // "extract" is a command-line tool on the same jar: it must not start the web server.
        if (args.length > 0 && "extract".equals(args[0])) {
            System.exit(ExtractCli.run(args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
