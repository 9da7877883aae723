package cn.gov.nantong.govmedia.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;

/**
 * Debian's nginx as the load balancer, run as a child process with its own configuration and prefix folder; it
 * writes the client's address into X-Forwarded-For itself, as the shipped configuration does.
 */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");

    final int port;
    private final Process process;

    private Nginx(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static Nginx balancing(Path folder, List<Integer> upstreams) {
        int port = AppProcess.freePort();
        String servers = upstreams.stream().map(upstream -> "    server 127.0.0.1:" + upstream + " max_fails=1 fail_timeout=10s;")
                .collect(Collectors.joining("\n"));
        String configuration = """
                user root;
                worker_processes 1;
                error_log %1$s/error.log warn;
                pid %1$s/nginx.pid;
                events { worker_connections 512; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body; proxy_temp_path %1$s/proxy; fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi; scgi_temp_path %1$s/scgi;
                  upstream api {
                %2$s
                    keepalive 16;
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://api;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header X-Forwarded-For $remote_addr;
                      proxy_next_upstream error timeout;
                      proxy_connect_timeout 2s;
                    }
                  }
                }
                """.formatted(folder, servers, port);
        try {
            Files.writeString(folder.resolve("nginx.conf"), configuration);
            Process process = new ProcessBuilder(BINARY.toString(), "-p", folder.toString(), "-c", folder.resolve("nginx.conf").toString(),
                    "-g", "daemon off;").redirectErrorStream(true).redirectOutput(folder.resolve("nginx.out").toFile()).start();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> accepts(port) || !process.isAlive());
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx did not start: " + Files.readString(folder.resolve("nginx.out")));
            }
            return new Nginx(port, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private static boolean accepts(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());
    }
}
