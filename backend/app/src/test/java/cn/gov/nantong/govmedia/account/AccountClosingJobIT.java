package cn.gov.nantong.govmedia.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

/** Art 16: a closing account closes by itself the day after its announcement's last full day, exactly once. */
@IntegrationTest
class AccountClosingJobIT {

    @Autowired
    AccountClosingJob job;

    @Test
    @Tag("16.3")
    void closesAccountsWhoseAnnouncementEndedAndOnlyThose() throws Exception {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into accounts (platform, name, host_organization_id, operator_type, operator_name, responsible_person,
                                          status, closing_as, closes_on, status_changed_on)
                    select 'WEIBO', '到期关停', id, 'IN_HOUSE', '办公室', '王敏', 'CLOSING', 'CLOSED', date '2026-12-21', date '2026-11-30'
                      from organizations where code = 'CC-EDU'
                    union all
                    select 'DOUYIN', '到期注销', id, 'IN_HOUSE', '办公室', '王敏', 'CLOSING', 'CANCELLED', date '2026-12-18', date '2026-11-30'
                      from organizations where code = 'CC-EDU'
                    union all
                    select 'KUAISHOU', '仍在公告', id, 'IN_HOUSE', '办公室', '王敏', 'CLOSING', 'CLOSED', date '2026-12-22', date '2026-11-30'
                      from organizations where code = 'CC-EDU'""");
        }
        StepVerifier.create(job.closeDue(LocalDate.of(2026, 12, 22))).expectNext(2L).verifyComplete();
        StepVerifier.create(job.closeDue(LocalDate.of(2026, 12, 22))).expectNext(0L).verifyComplete();

        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select name, status, ended_on from accounts order by name")) {
            StringBuilder seen = new StringBuilder();
            while (rows.next()) {
                seen.append(rows.getString(1)).append('=').append(rows.getString(2)).append(' ').append(rows.getString(3)).append(';');
            }
            // the announcement's last day (12-22) is a full day of it: that account closes tomorrow
            assertThat(seen.toString()).isEqualTo("仍在公告=CLOSING null;到期关停=CLOSED 2026-12-22;到期注销=CANCELLED 2026-12-19;");
        }
    }
}
