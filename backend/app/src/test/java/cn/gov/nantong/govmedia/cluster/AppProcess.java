package cn.gov.nantong.govmedia.cluster;

import cn.gov.nantong.govmedia.common.DatabaseUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;

/** One API instance in a JVM of its own, so it can be killed as a machine dies (SIGKILL, no shutdown hook). */
final class AppProcess implements AutoCloseable {

    final int port;
    final int managementPort;
    private final Process process;

    private AppProcess(int port, int managementPort, Process process) {
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
    }

    static AppProcess start(String name, DatabaseUrl database, Path logDirectory, List<String> settings) {
        int port = freePort();
        int managementPort = freePort();
        // Surefire's class path (its booter jar lists every entry) runs the same classes as the test.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", classPath, "cn.gov.nantong.govmedia.GovMediaApplication",
                "--server.port=" + port, "--management.server.port=" + managementPort, "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        settings.forEach(setting -> command.add("--" + setting));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logDirectory.resolve(name + ".log").toFile());
        builder.environment().put("DATABASE_URL", "postgresql://%s:%s@%s:%d/%s".formatted(database.user(), database.password(),
                database.host(), database.port(), database.database()));
        try {
            return new AppProcess(port, managementPort, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        Awaitility.await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("instance on port " + port + " exited with " + process.exitValue());
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/readyz")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: the instance gets no chance to finish anything. */
    void kill() {
        process.destroyForcibly();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());
    }

    @Override
    public void close() {
        process.destroy();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
