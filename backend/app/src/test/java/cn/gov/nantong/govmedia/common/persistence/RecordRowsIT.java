package cn.gov.nantong.govmedia.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/** Rows from PostgreSQL mapped to records by column name, as the repositories use it. */
@IntegrationTest
class RecordRowsIT {

    enum Colour { RED, GREEN }

    record Flat(long id, String displayName, Colour colour, @Nullable Colour other, boolean published, int sortOrder,
                @Nullable LocalDate decidedOn, List<Colour> colours, List<String> tags) {
    }

    @Autowired
    DatabaseClient db;

    @Test
    void columnsInSnakeCaseFillTheComponentsWithEnumsListsAndNulls() {
        StepVerifier.create(db.sql("""
                        select 7::bigint as id, '王敏' as display_name, 'GREEN' as colour, null::text as other,
                               null::boolean as published, 3 as sort_order, date '2026-12-04' as decided_on,
                               array['RED', 'GREEN'] as colours, null::text[] as tags""")
                        .map(RecordRows.of(Flat.class)).one())
                .assertNext(flat -> assertThat(flat).isEqualTo(new Flat(7, "王敏", Colour.GREEN, null, false, 3,
                        LocalDate.of(2026, Month.DECEMBER, 4), List.of(Colour.RED, Colour.GREEN), List.of())))
                .verifyComplete();
    }

    @Test
    void aComponentWithoutItsColumnFailsLoudly() {
        StepVerifier.create(db.sql("select 7::bigint as id").map(RecordRows.of(Flat.class)).one())
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("display_name"))
                .verify();
    }

    @Test
    void componentNamesBecomeSnakeCaseColumns() {
        assertThat(RecordRows.column("competentAuthorityId")).isEqualTo("competent_authority_id");
        assertThat(RecordRows.column("ipv6Supported")).isEqualTo("ipv6_supported");
        assertThat(RecordRows.column("id")).isEqualTo("id");
    }
}
