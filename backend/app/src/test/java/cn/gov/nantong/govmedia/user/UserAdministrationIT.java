package cn.gov.nantong.govmedia.user;

import static cn.gov.nantong.govmedia.user.IdentityRows.text;
import static cn.gov.nantong.govmedia.user.IdentityRows.texts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.common.security.Role;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

/** User administration over the identity provider's users: who may do what, to whom, and what the provider then reads. */
@IntegrationTest
class UserAdministrationIT {

    private static final String RD_SUPERVISOR = TestTokens.user("rd-supervisor", "RD-GOV-OFFICE", "SUPERVISOR");
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Autowired
    WebTestClient web;

    private WebTestClient.ResponseSpec send(String token, String method, String uri, Object body) {
        var request = web.method(HttpMethod.valueOf(method)).uri(uri).headers(h -> h.setBearerAuth(token));
        return (body == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body)).exchange();
    }

    private WebTestClient.ResponseSpec create(String token, String username, String organizationCode, String... roles) {
        return send(token, "POST", "/api/v1/users", Map.of("username", username, "displayName", "王敏",
                "organizationId", Organizations.idOf(organizationCode), "roles", List.of(roles)));
    }

    private UserWithOneTimePassword created(String username, String organizationCode, String... roles) {
        return create(TestTokens.cityAdmin(), username, organizationCode, roles).expectStatus().isCreated()
                .expectBody(UserWithOneTimePassword.class).returnResult().getResponseBody();
    }

    private UserResponse action(long id, String action) {
        return send(TestTokens.cityAdmin(), "POST", "/api/v1/users/" + id + "/" + action, null).expectStatus().isOk()
                .expectBody(UserResponse.class).returnResult().getResponseBody();
    }

    private static List<String> auditActions(long id) {
        return texts("select action from audit_events where entity_type = 'user' and entity_id = ? order by id", String.valueOf(id));
    }

    @Test
    void aCreatedUserGetsAOneTimePasswordThatIsStoredOnlyAsAHashAndMustBeChanged() {
        String body = create(TestTokens.cityAdmin(), "cc-edu-li", "CC-EDU", "OPERATOR").expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).doesNotContain("hash", "totp", "{bcrypt}");
        UserWithOneTimePassword created = created("cc-edu-zhao", "CC-EDU", "OPERATOR", "REVIEWER");

        String password = created.oneTimePassword();
        assertThat(password).hasSize(16).containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]")
                .containsPattern("[^A-Za-z0-9]").isNotEqualTo(created("cc-edu-sun", "CC-EDU", "OPERATOR").oneTimePassword());
        UserResponse user = created.user();
        assertThat(user.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(user.mustChangePassword()).isTrue();
        assertThat(user.mfaEnrolled()).isFalse();
        assertThat(user.organization().code()).isEqualTo("CC-EDU");
        assertThat(user.organization().name()).isEqualTo("南通市崇川区教育体育局");
        String hash = text("select password_hash from identity.users where id = ?", user.id());
        assertThat(hash).startsWith("{bcrypt}$2a$");
        assertThat(ENCODER.matches(password, hash)).isTrue();
        assertThat(text("select must_change_password::text || ' ' || created_by from identity.users where id = ?", user.id()))
                .isEqualTo("true city-admin");
        assertThat(auditActions(user.id())).containsExactly("USER_CREATED");
        assertThat(text("select after_state::text from audit_events where entity_type = 'user' and entity_id = ?",
                String.valueOf(user.id()))).contains("cc-edu-zhao").doesNotContain(password, "{bcrypt}");

        create(TestTokens.cityAdmin(), "cc-edu-zhao", "CC-HEALTH", "OPERATOR").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("USERNAME_TAKEN");
    }

    @Test
    void aSupervisorSeesOnlyTheUsersOfItsOwnSubtree() {
        UserResponse chongchuan = created("cc-edu-zhou", "CC-EDU", "OPERATOR").user();
        created("rd-culture-wu", "RD-CULTURE", "OPERATOR");

        send(RD_SUPERVISOR, "GET", "/api/v1/users/" + chongchuan.id(), null).expectStatus().isNotFound();
        send(RD_SUPERVISOR, "GET", "/api/v1/users/987654321", null).expectStatus().isNotFound();
        send(RD_SUPERVISOR, "POST", "/api/v1/users/" + chongchuan.id() + "/disable", null).expectStatus().isNotFound();
        send(RD_SUPERVISOR, "GET", "/api/v1/users?size=200", null).expectStatus().isOk().expectBody()
                .jsonPath("$.items[*].username").value(names -> assertThat(names.toString())
                        .contains("rd-culture-wu").doesNotContain("cc-edu-zhou"));
        send(TestTokens.ccSupervisor(), "GET", "/api/v1/users?q=ZHOU&role=OPERATOR&status=ACTIVE&organizationId="
                + Organizations.idOf("CC-GOV"), null).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1).jsonPath("$.items[0].username").isEqualTo("cc-edu-zhou");
        create(RD_SUPERVISOR, "cc-edu-qian", "CC-EDU", "OPERATOR").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("organizationId");
    }

    @Test
    void onlyACityAdminGrantsOrTouchesTheCityWideRoles() {
        create(TestTokens.ccSupervisor(), "cc-office-admin", "CC-GOV-OFFICE", "CITY_ADMIN").expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("ROLE_NOT_GRANTABLE");
        UserResponse operator = created("cc-edu-feng", "CC-EDU", "OPERATOR").user();
        send(TestTokens.ccSupervisor(), "PATCH", "/api/v1/users/" + operator.id(), Map.of("roles", List.of("AUDITOR"), "version", 0))
                .expectStatus().isForbidden().expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("审计员"));

        IdentityRows.insertUser("city-admin", "NT-GOV-OFFICE", "CITY_ADMIN");
        long admin = Long.parseLong(text("select id from identity.users where username = 'city-admin'"));
        String citySupervisor = TestTokens.user("nt-supervisor", "NT-GOV-OFFICE", "SUPERVISOR");
        send(citySupervisor, "POST", "/api/v1/users/" + admin + "/password-reset", null).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("USER_NOT_MODIFIABLE");
        send(TestTokens.cityAdmin(), "POST", "/api/v1/users/" + admin + "/disable", null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("OWN_ACCOUNT");
        assertThat(text("select enabled::text from identity.users where id = ?", admin)).isEqualTo("true");
    }

    @Test
    void rolesMustFitTheOrganization() {
        create(TestTokens.cityAdmin(), "cc-edu-supervisor", "CC-EDU", "OPERATOR", "SUPERVISOR").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("ROLE_NOT_FIT_FOR_ORGANIZATION")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("roles[1]")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("政府办公室"))
                .jsonPath("$.errors[0].messageEn").value(message -> assertThat((String) message).contains("government office"));
        create(TestTokens.cityAdmin(), "cc-office-auditor", "CC-GOV-OFFICE", "AUDITOR").expectStatus().isEqualTo(422);
        create(TestTokens.cityAdmin(), "nt-edu-office-li", "NT-EDU-OFFICE", "OPERATOR").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("内设机构"));
        created("nt-office-auditor", "NT-GOV-OFFICE", "AUDITOR");
        created("cc-office-supervisor", "CC-GOV-OFFICE", "SUPERVISOR");
        create(TestTokens.cityAdmin(), "Bad Name", "CC-EDU", "OPERATOR").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("username")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("小写字母"));
    }

    @Test
    @Tag("6.1")
    void art6ADepartmentsDesignatedOfficeSupervisesTheDepartmentsOwnNewMediaAndNoMore() {
        create(TestTokens.cityAdmin(), "nt-edu-office-sun", "NT-EDU-OFFICE", "SUPERVISOR").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("指定"));
        long office = Organizations.idOf("NT-EDU-OFFICE");
        send(TestTokens.cityAdmin(), "PATCH", "/api/v1/organizations/" + Organizations.idOf("CC-EDU"),
                Map.of("competentAuthorityId", office)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("AUTHORITY_OUTSIDE_DEPARTMENT").jsonPath("$.article").isEqualTo("Art 6");
        send(TestTokens.cityAdmin(), "PATCH", "/api/v1/organizations/" + Organizations.idOf("NT-EDU"),
                Map.of("competentAuthorityId", office)).expectStatus().isOk()
                .expectBody().jsonPath("$.competentAuthorityName").isEqualTo("南通市教育局办公室");

        created("nt-edu-office-sun", "NT-EDU-OFFICE", "SUPERVISOR");
        String departmentOffice = TestTokens.user("nt-edu-office-sun", "NT-EDU-OFFICE", "SUPERVISOR");
        send(departmentOffice, "GET", "/api/v1/organizations/" + Organizations.idOf("NT-EDU"), null).expectStatus().isOk();
        send(departmentOffice, "GET", "/api/v1/organizations/" + Organizations.idOf("CC-EDU"), null).expectStatus().isNotFound();
        send(departmentOffice, "GET", "/api/v1/organizations/" + Organizations.idOf("NT-GOV-OFFICE"), null).expectStatus().isNotFound();
    }

    @Test
    void anUpdateWithAStaleVersionIsRefused() {
        UserResponse user = created("cc-edu-chen", "CC-EDU", "OPERATOR").user();
        UserResponse renamed = send(TestTokens.ccSupervisor(), "PATCH", "/api/v1/users/" + user.id(),
                Map.of("displayName", " 陈静 ", "roles", List.of("OPERATOR", "REVIEWER"), "version", user.version()))
                .expectStatus().isOk().expectBody(UserResponse.class).returnResult().getResponseBody();
        assertThat(renamed.displayName()).isEqualTo("陈静");
        assertThat(renamed.roles()).containsExactly(Role.OPERATOR, Role.REVIEWER);
        assertThat(renamed.version()).isEqualTo(user.version() + 1);
        send(TestTokens.ccSupervisor(), "PATCH", "/api/v1/users/" + user.id(), Map.of("displayName", "陈", "version", user.version()))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("STALE_VERSION");
        assertThat(auditActions(user.id())).containsExactly("USER_CREATED", "USER_UPDATED");
    }

    @Test
    void unlockResetAndDisableChangeWhatTheIdentityProviderReads() {
        UserWithOneTimePassword created = created("cc-edu-yang", "CC-EDU", "OPERATOR");
        long id = created.user().id();
        IdentityRows.execute("update identity.users set locked_until = now() + interval '15 minutes', must_change_password = false"
                + " where id = ?", id);
        send(TestTokens.cityAdmin(), "GET", "/api/v1/users?status=LOCKED", null).expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].username").isEqualTo("cc-edu-yang").jsonPath("$.items[0].lockedUntil").exists();

        assertThat(action(id, "unlock").status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(text("select locked_until from identity.users where id = ?", id)).isNull();
        assertThat(texts("select event from identity.login_events where username = 'cc-edu-yang'")).containsExactly("UNLOCKED");

        UserWithOneTimePassword reset = send(TestTokens.ccSupervisor(), "POST", "/api/v1/users/" + id + "/password-reset", null)
                .expectStatus().isOk().expectBody(UserWithOneTimePassword.class).returnResult().getResponseBody();
        assertThat(reset.oneTimePassword()).hasSize(16).isNotEqualTo(created.oneTimePassword());
        assertThat(reset.user().mustChangePassword()).isTrue();
        String hash = text("select password_hash from identity.users where id = ?", id);
        assertThat(ENCODER.matches(reset.oneTimePassword(), hash)).isTrue();
        assertThat(ENCODER.matches(created.oneTimePassword(), hash)).isFalse();
        assertThat(texts("select event from identity.login_events where username = 'cc-edu-yang' order by id"))
                .containsExactly("UNLOCKED", "PASSWORD_RESET");

        assertThat(action(id, "disable").status()).isEqualTo(UserStatus.DISABLED);
        assertThat(text("select enabled::text from identity.users where id = ?", id)).isEqualTo("false");
        assertThat(action(id, "enable").status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(auditActions(id)).containsExactly("USER_CREATED", "USER_UNLOCKED", "USER_PASSWORD_RESET", "USER_DISABLED",
                "USER_ENABLED");
    }

    @Test
    void otherRolesAreRefused() {
        long id = created("cc-edu-xu", "CC-EDU", "OPERATOR").user().id();
        send(TestTokens.ccOperator(), "GET", "/api/v1/users", null).expectStatus().isForbidden();
        send(TestTokens.ccOperator(), "GET", "/api/v1/users/" + id, null).expectStatus().isForbidden();
        create(TestTokens.ccOperator(), "cc-edu-he", "CC-EDU", "OPERATOR").expectStatus().isForbidden();
        send(TestTokens.auditor(), "POST", "/api/v1/users/" + id + "/disable", null).expectStatus().isForbidden();
        assertThat(auditActions(id)).containsExactly("USER_CREATED");
    }
}
