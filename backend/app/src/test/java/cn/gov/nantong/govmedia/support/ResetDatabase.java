package cn.gov.nantong.govmedia.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test class the same starting point: no data but the seeded organization tree, whatever
 * classes ran before. Runs after Flyway (the Spring context starts first), on the test thread.
 */
public class ResetDatabase implements BeforeAllCallback {

    private static final String[] SEEDS = {
            "db/migration/V3__seed_nantong_organizations.sql", "db/migration/V29_1__account_obligation_defaults.sql",
            "db/migration/V5__seed_holidays_2019_2026.sql",
            "db/migration/V11__seed_lexicons.sql", "db/migration/V33_1__seed_secret_lexicon.sql", "db/migration/V21_1__seed_checklist.sql",
            "db/migration/V21_3__seed_assessment_scheme.sql", "db/migration/V31_1__security_incident_veto.sql",
            "db/migration/V39__spot_check_veto_not_zeroing.sql", "db/migration/V41_1__seed_weekly_and_original_items.sql"};

    /** Attempts at the reset: a background job of the running app may read the tables while they are truncated. */
    private static final int ATTEMPTS = 5;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        org.springframework.test.context.junit.jupiter.SpringExtension.getApplicationContext(context);
        for (int attempt = 1; ; attempt++) {
            try {
                reset();
                return;
            } catch (SQLException e) {
                // 40P01: the truncate's exclusive locks met a job's reads in the other order; PostgreSQL aborted the reset
                if (!"40P01".equals(e.getSQLState()) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void reset() throws SQLException, IOException {
        try (Connection connection = TestDatabase.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("truncate table audit_events, audit_unsealed, audit_leaves, audit_tree_nodes, audit_tree_heads, organizations, calendar_years, calendar_days, staff, accounts, filings, "
                        + "filing_changes, reconciliation_reports, lexicon_terms, lexicon_state, publications, review_tickets, "
                        + "rumour_rebuttals, rumour_rebuttal_complaints, complaints, "
                        + "complaint_idempotency_keys, submission_photos, photo_chunks, faqs, counterfeit_accounts, counterfeit_investigations, activity_snapshots, measures, "
                        + "checklist_items, spot_checks, supervision_jobs, spot_check_accounts, spot_check_findings, inspection_findings, assessment_items, "
                        + "job_locks, identity.users, identity.login_events restart identity cascade");
                statement.execute("alter sequence audit_events_id_seq restart");
                statement.execute("alter sequence filing_changes_id_seq restart");
                for (String seed : SEEDS) {
                    statement.execute(read(seed));
                }
            }
            connection.commit();
        }
    }

    private static String read(String seed) throws IOException {
        try (InputStream in = ResetDatabase.class.getClassLoader().getResourceAsStream(seed)) {
            if (in == null) {
                throw new IOException("seed script missing: " + seed);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
