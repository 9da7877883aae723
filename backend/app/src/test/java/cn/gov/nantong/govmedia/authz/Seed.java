package cn.gov.nantong.govmedia.authz;

import static org.awaitility.Awaitility.await;

import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.TestDatabase;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One object of every kind the operations address by id, all in 崇川区教育体育局 (CC-EDU) or city-wide, created through
 * the API where it can be, so they are what the app itself makes. Values are keyed by the path segment before the id.
 */
final class Seed {

    static final String MISSING_ID = "987654321";
    static final String MISSING_TRACKING_NUMBER = "TS2099123199999";

    private final WebTestClient web;
    private final Map<String, String> values = new HashMap<>();

    private Seed(WebTestClient web) {
        this.web = web;
    }

    static Map<String, String> create(WebTestClient web) {
        return new Seed(web).all();
    }

    private Map<String, String> all() {
        String operator = TestTokens.ccOperator();
        long ccEdu = Organizations.idOf("CC-EDU");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        values.put("organizations", String.valueOf(ccEdu));
        values.put("sign-off-designations", String.valueOf(ccEdu));
        long account = id("""
                insert into accounts (platform, name, host_organization_id, operator_type, operator_name, responsible_person,
                                      status, status_changed_on, activated_on)
                select 'WECHAT_OFFICIAL', '崇川教育', id, 'IN_HOUSE', '办公室', '王敏', 'ACTIVE', current_date, current_date
                  from organizations where code = 'CC-EDU' returning id""");
        values.put("accounts", String.valueOf(account));
        Map<String, Object> details = new HashMap<>(Map.of("platform", "WEIBO", "name", "崇川教育微博", "hostOrganizationId", ccEdu,
                "certificationSubject", "南通市崇川区教育体育局", "operatorType", "IN_HOUSE", "operatorName", "崇川区教育体育局办公室",
                "responsiblePerson", "王敏", "responsiblePhone", "051385123456", "functions", List.of("INFORMATION")));
        long filing = post(operator, "/api/v1/filings", Map.of("type", "OPEN", "account", details));
        values.put("filings", String.valueOf(filing));
        values.put("deliveries", String.valueOf(id("insert into sync_outbox (kind, filing_id, idempotency_key, payload, status) "
                + "values ('FILING', " + filing + ", 'authz-matrix', '{}', 'DEAD') returning id")));
        Map<?, ?> receipt = (Map<?, ?>) send(null, HttpMethod.POST, "/api/public/v1/complaints", Map.of("kind", "CONSULTATION",
                "accountId", account, "title", "孩子转学需要哪些材料？", "content", "请问从海门转学到崇川区需要哪些材料？"));
        values.put("trackingNumber", String.valueOf(receipt.get("trackingNumber")));
        values.put("complaints", String.valueOf(id("select id from complaints where tracking_number = '" + receipt.get("trackingNumber") + "'")));
        values.put("photos", String.valueOf(id("insert into submission_photos (complaint_id, position, media_type, byte_size, width, "
                + "height, sha256) values (" + values.get("complaints") + ", 1, 'image/png', 8, 1, 1, repeat('0', 64)) returning id")));
        id("insert into photo_chunks (storage_key, seq, bytes) select storage_key, 0, '\\x89504e470d0a1a0a'::bytea "
                + "from submission_photos where id = " + values.get("photos") + " returning seq");
        values.put("faqs", String.valueOf(post(operator, "/api/v1/faqs", Map.of("question", "孩子转学需要哪些材料？",
                "answer", "请携带户口簿和学籍证明办理。", "organizationId", ccEdu, "published", true))));
        values.put("review-tickets", String.valueOf(post(operator, "/api/v1/review-tickets", Map.of("accountId", account,
                "title", "崇川区中小学秋季运动会开幕", "body", "崇川区中小学秋季运动会在区体育中心开幕。", "bodyFormat", "TEXT",
                "classification", "GENERAL", "origin", "ORIGINAL", "plannedAt", OffsetDateTime.now().plusDays(2).toString()))));
        values.put("repost-tasks", String.valueOf(((Map<?, ?>) ((Map<?, ?>) send(TestTokens.ccSupervisor(), HttpMethod.POST,
                "/api/v1/repost-tasks", Map.of("title", "学习贯彻全会精神", "sourceUrl", "https://www.news.cn/politics/c_1.htm",
                        "deadline", today.plusDays(3).toString(), "accountIds", List.of(account)))).get("task")).get("id")));
        values.put("rumour-rebuttals", String.valueOf(post(operator, "/api/v1/rumour-rebuttals", Map.of("accountId", account,
                "organizationId", ccEdu, "title", "关于“崇川区中小学延期开学”的辟谣", "rumour", "网传崇川区中小学延期开学。",
                "truth", "经核实，崇川区中小学教学秩序正常。", "verdict", "FALSE", "evidence", "区教育体育局工作通知。"))));
        long staff = post(operator, "/api/v1/staff", Map.of("name", "王敏", "organizationId", ccEdu, "position", "新媒体编辑",
                "trainedOn", "2026-03-15"));
        values.put("staff", String.valueOf(staff));
        send(operator, HttpMethod.PUT, "/api/v1/accounts/" + account + "/credential-holders", Map.of("staffIds", List.of(staff)));
        send(operator, HttpMethod.POST, "/api/v1/staff/" + staff + "/departure", Map.of("departedOn", today.toString()));
        values.put("credential-rotation-tasks", String.valueOf(id("select max(id) from credential_rotation_tasks")));
        Object user = send(TestTokens.cityAdmin(), HttpMethod.POST, "/api/v1/users", Map.of("username", "cc-edu-seeded",
                "displayName", "王敏", "organizationId", ccEdu, "roles", List.of("OPERATOR")));
        values.put("users", String.valueOf(((Map<?, ?>) ((Map<?, ?>) user).get("user")).get("id")));
        values.put("measures", String.valueOf(post(TestTokens.ccSupervisor(), "/api/v1/measures", Map.of("type", "WARNING",
                "accountId", account, "basis", "连续两周未更新", "decidedOn", today.toString()))));
        values.put("rectifications", String.valueOf(post(TestTokens.syncClient(), "/api/sync/v1/inspection-findings", Map.of(
                "findingId", "JS-F-AUTHZ-1", "accountId", account, "category", "NO_UPDATE_TWO_WEEKS", "description", "两周内未更新",
                "foundOn", today.toString(), "rectificationDeadline", today.plusDays(14).toString()))));
        values.put("spot-checks", String.valueOf(post(TestTokens.cityAdmin(), "/api/v1/spot-checks", Map.of("quarter", "2026-Q4", "seed", 1))));
        values.put("supervision-notices", String.valueOf(post(TestTokens.cityAdmin(), "/api/v1/supervision/notices",
                Map.of("kind", "ASSESSMENT", "year", 2026))));
        values.put("jobs", String.valueOf(post(TestTokens.cityAdmin(), "/api/v1/supervision/jobs", Map.of("kind", "ASSESSMENT_NOTICE",
                "year", 2026, "format", "HTML"))));
        values.put("duty-shifts", String.valueOf(post(operator, "/api/v1/duty-shifts", Map.of("organizationId", ccEdu,
                "startsAt", today.atTime(8, 30).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString(),
                "endsAt", today.plusDays(1).atTime(8, 30).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString(),
                "personOnDuty", "王敏", "phone", "13812345678"))));
        Object incident = send(operator, HttpMethod.POST, "/api/v1/incidents", Map.of("hostOrganizationId", ccEdu, "kind", "PUBLIC_OPINION",
                "grade", "MAJOR", "title", "网传某校食堂食品安全问题", "description", "微博话题阅读量超过 50 万",
                "discoveredAt", OffsetDateTime.now().minusMinutes(10).toString()));
        values.put("incidents", String.valueOf(((Map<?, ?>) ((Map<?, ?>) incident).get("incident")).get("id")));
        values.put("grade", "MAJOR");
        values.put("security-documents", String.valueOf(post(operator, "/api/v1/security-documents", Map.of("organizationId", ccEdu,
                "kind", "SECURITY_RULES", "title", "政务新媒体安全管理制度", "versionLabel", "V1.0",
                "approvedOn", today.minusDays(30).toString(), "nextReviewOn", today.plusYears(1).toString()))));
        values.put("security-devices", String.valueOf(post(operator, "/api/v1/security-devices", Map.of("organizationId", ccEdu,
                "holder", "王敏", "kind", "COMPUTER", "assetNumber", "CCJT-2026-001", "status", "IN_USE"))));
        long app = id("""
                insert into accounts (platform, name, host_organization_id, operator_type, operator_name, responsible_person,
                                      status, status_changed_on, activated_on, ipv6_supported)
                select 'MOBILE_APP', '崇川教育 App', id, 'IN_HOUSE', '办公室', '王敏', 'ACTIVE', current_date, current_date, true
                  from organizations where code = 'CC-EDU' returning id""");
        values.put("security-checks", String.valueOf(post(operator, "/api/v1/security-checks", Map.of("accountId", app,
                "checkedOn", today.toString(), "checkedBy", "区大数据局", "summary", "应用、操作系统、数据库检查",
                "findings", List.of(Map.of("area", "DATABASE", "description", "数据库端口对公网开放",
                        "rectificationDeadline", today.plusDays(10).toString()))))));
        long lead = post(operator, "/api/v1/counterfeits", Map.of("platform", "DOUYIN", "name", "崇川教育发布",
                "impersonatedOrganizationId", ccEdu, "lead", "日常巡查中发现"));
        values.put("counterfeits", String.valueOf(lead));
        send(operator, HttpMethod.POST, "/api/v1/counterfeits/" + lead + "/verdict", Map.of("verdict", "CONFIRMED_FAKE",
                "reason", "冒用我局名义", "version", 0)); // a confirmed fake: its letter can be read
        values.put("referrals", String.valueOf(post(operator, "/api/v1/counterfeits/" + lead + "/referrals", Map.of(
                "agency", "CYBERSPACE_ADMINISTRATION", "requestedOn", today.toString(), "request", "函请区网信办协调平台关停"))));
        values.put("commendations", String.valueOf(post(TestTokens.ccSupervisor(), "/api/v1/commendations", Map.of("year",
                today.getYear(), "kind", "UNIT", "organizationId", ccEdu, "reason", "全年原创发布 312 篇", "decidedOn", today.toString()))));
        values.put("checklist-items", String.valueOf(id("select min(id) from checklist_items")));
        values.put("assessment-items", String.valueOf(id("select min(id) from assessment_items")));
        values.put("terms", String.valueOf(id("select min(id) from lexicon_terms")));
        values.put("kind", text("select kind from lexicon_terms where id = " + values.get("terms")));
        values.put("year", "2026");
        long event = id("select min(id) from audit_events");
        values.put("audit-events", String.valueOf(event));
        // its inclusion proof is readable once the sealer (every 250 ms) has put it into the signed tree
        await().atMost(Duration.ofSeconds(10)).until(() -> id("select count(*) from audit_leaves where event_id = " + event) == 1);
        return values;
    }

    private long post(String token, String uri, Map<String, Object> body) {
        Object id = send(token, HttpMethod.POST, uri, body) instanceof Map<?, ?> created ? created.get("id") : null;
        if (id == null) {
            throw new IllegalStateException("seeding " + uri + " gave no id");
        }
        return ((Number) id).longValue();
    }

    private Object send(String token, HttpMethod method, String uri, Object body) {
        var result = web.method(method).uri(uri).headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectBody(Object.class).returnResult();
        if (!result.getStatus().is2xxSuccessful()) {
            throw new IllegalStateException("seeding " + method + " " + uri + " answered " + result.getStatus() + ": "
                    + result.getResponseBody());
        }
        return result.getResponseBody();
    }

    private static long id(String sql) {
        return Long.parseLong(text(sql));
    }

    private static String text(String sql) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            if (!row.next() || row.getString(1) == null) {
                throw new IllegalStateException("seeding found nothing: " + sql);
            }
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
