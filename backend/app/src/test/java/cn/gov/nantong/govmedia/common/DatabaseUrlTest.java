package cn.gov.nantong.govmedia.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void readsUserPasswordHostPortAndDatabase() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://gov%40media:s%3Acret@db.internal:6543/govmedia");
        assertThat(url).isEqualTo(new DatabaseUrl("db.internal", 6543, "govmedia", "gov@media", "s:cret"));
        assertThat(url.r2dbcUrl()).isEqualTo("r2dbc:postgresql://db.internal:6543/govmedia");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/govmedia");
    }

    @Test
    void acceptsPostgresAndJdbcSchemesWithDefaults() {
        assertThat(DatabaseUrl.parse("postgres://127.0.0.1/test")).isEqualTo(new DatabaseUrl("127.0.0.1", 5432, "test", "postgres", ""));
        assertThat(DatabaseUrl.parse("jdbc:postgresql://h:1/d").port()).isEqualTo(1);
    }

    @Test
    void refusesOtherSchemes() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://h/d")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DatabaseUrl.fromEnvironment(" ")).isEmpty();
    }
}
