package org.claimdesk.it;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

/**
 * nginx with the shipped deploy/nginx/claimdesk.conf, its ports changed to the test's: the configuration a
 * newcomer installs is the one tested. Runs with its own prefix, pid and logs, beside any system nginx.
 */
final class NginxProxy implements AutoCloseable {

    static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final Path CONF = Path.of("deploy", "nginx", "claimdesk.conf");

    final int port;
    private final Process process;

    private NginxProxy(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static boolean installed() {
        return Files.isExecutable(NGINX);
    }

    static NginxProxy start(int node1Port, int node2Port) throws Exception {
        int port = AppNode.freePort();
        String shipped = Files.readString(CONF);
        String site = shipped.replace("127.0.0.1:8081", "127.0.0.1:" + node1Port)
                .replace("127.0.0.1:8082", "127.0.0.1:" + node2Port)
                .replace("listen 127.0.0.1:8080", "listen 127.0.0.1:" + port);
        if (site.equals(shipped) || !site.contains(":" + node1Port) || !site.contains(":" + node2Port)) {
            throw new AssertionError(CONF + " no longer names the ports 8080, 8081 and 8082 the test replaces");
        }
        Path run = Files.createTempDirectory("claimdesk-nginx-it");
        // nginx's workers run as nobody when the test runs as root: they must reach their temp directories
        Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path logs = Files.createDirectories(Path.of("target", "two-nodes-it").toAbsolutePath());
        Files.writeString(run.resolve("claimdesk.conf"), site);
        Files.writeString(run.resolve("nginx.conf"), """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %2$s/nginx-error.log;
                events { worker_connections 256; }
                http {
                    access_log %2$s/nginx-access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/claimdesk.conf;
                }
                """.formatted(run, logs));
        Process p = new ProcessBuilder(NGINX.toString(), "-p", run.toString(), "-c", run.resolve("nginx.conf").toString(),
                "-g", "daemon off;").redirectErrorStream(true)
                .redirectOutput(logs.resolve("nginx-out.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                throw new AssertionError("nginx stopped with exit code " + p.exitValue() + "; see " + logs);
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return new NginxProxy(port, p);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        p.destroyForcibly();
        throw new AssertionError("nginx did not listen within 10 s; see " + logs);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
