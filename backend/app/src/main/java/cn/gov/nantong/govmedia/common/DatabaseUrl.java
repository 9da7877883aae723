package cn.gov.nantong.govmedia.common;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One setting, {@code DATABASE_URL=postgresql://user:password@host:port/database}, turned into the
 * R2DBC URL the app reads with and the JDBC URL Flyway migrates with.
 */
public record DatabaseUrl(String host, int port, String database, String user, String password) {

    public static Optional<DatabaseUrl> fromEnvironment(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(parse(value));
    }

    public static DatabaseUrl parse(String value) {
        String normalized = value.trim().replaceFirst("^jdbc:", "").replaceFirst("^postgres(ql)?://", "postgresql://");
        if (!normalized.startsWith("postgresql://")) {
            throw new IllegalArgumentException("DATABASE_URL must look like postgresql://user:password@host:port/database");
        }
        URI uri = URI.create(normalized);
        String user = "postgres";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
        }
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        return new DatabaseUrl(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, user, password);
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://%s:%d/%s".formatted(host, port, database);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://%s:%d/%s".formatted(host, port, database);
    }

    public Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.r2dbc.url", r2dbcUrl());
        properties.put("spring.r2dbc.username", user);
        properties.put("spring.r2dbc.password", password);
        properties.put("spring.flyway.url", jdbcUrl());
        properties.put("spring.flyway.user", user);
        properties.put("spring.flyway.password", password);
        return properties;
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }
}
