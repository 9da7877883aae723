package cn.gov.nantong.govmedia.identity;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code DATABASE_URL=postgresql://user:password@host:port/database}, the one setting the API reads too, turned into
 * the JDBC settings of the identity provider. Its tables live in the schema {@code identity}, migrated by its own Flyway.
 */
public final class IdentityDatabase {

    public static final String SCHEMA = "identity";
    /** The database `make run` starts when no DATABASE_URL is set. */
    private static final String LOCAL = "postgresql://postgres@127.0.0.1:54329/govmedia";

    private IdentityDatabase() {
    }

    public static Map<String, Object> fromEnvironment(String value) {
        return properties(value == null || value.isBlank() ? LOCAL : value);
    }

    public static Map<String, Object> properties(String databaseUrl) {
        String normalized = databaseUrl.trim().replaceFirst("^jdbc:", "").replaceFirst("^postgres(ql)?://", "postgresql://");
        if (!normalized.startsWith("postgresql://")) {
            throw new IllegalArgumentException("DATABASE_URL must look like postgresql://user:password@host:port/database");
        }
        URI uri = URI.create(normalized);
        String user = "postgres";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
        }
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        String jdbc = "jdbc:postgresql://%s:%d/%s?currentSchema=%s".formatted(uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(), database, SCHEMA);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbc);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        return properties;
    }
}
