package cn.gov.nantong.govmedia.authz;

import cn.gov.nantong.govmedia.support.TestTokens;
import java.util.List;

/**
 * Who calls: nobody (no token), a token that must be refused, one of the demo users or the provincial client.
 * {@code role} is null for the first two kinds; {@code organization} is the caller's organization code.
 */
record Caller(String name, String token, String role, String organization) {

    boolean anonymous() {
        return token == null;
    }

    boolean badToken() {
        return token != null && role == null;
    }

    /** The callers every operation is tried with; the staff ones sit in 崇川区 (CC) or in the city office. */
    static List<Caller> all() {
        return List.of(
                new Caller("no token", null, null, null),
                new Caller("expired token", TestTokens.expired(), null, null),
                new Caller("token of another issuer", TestTokens.fromOtherIssuer(), null, null),
                new Caller("token signed by an unknown key", TestTokens.signedByStranger(), null, null),
                new Caller("city-admin", TestTokens.cityAdmin(), "CITY_ADMIN", "NT-GOV-OFFICE"),
                new Caller("auditor", TestTokens.auditor(), "AUDITOR", "NT-GOV-OFFICE"),
                new Caller("cc-supervisor", TestTokens.ccSupervisor(), "SUPERVISOR", "CC-GOV-OFFICE"),
                new Caller("cc-operator", TestTokens.ccOperator(), "OPERATOR", "CC-EDU"),
                staff("cc-reviewer", "CC-EDU", "REVIEWER"),
                staff("cc-deputy", "CC-EDU", "DEPUTY_LEADER"),
                staff("cc-principal", "CC-EDU", "PRINCIPAL_LEADER"),
                staff("cc-handler", "CC-HEALTH", "HANDLER"),
                new Caller("provincial-sync", TestTokens.syncClient(), Matrix.SYNC_CLIENT, null));
    }

    /** Staff of 如东县 (RD), outside the subtree of every seeded object, and a second auditor who owns no job. */
    static List<Caller> outsiders() {
        return List.of(
                new Caller("rd-operator", TestTokens.rdOperator(), "OPERATOR", "RD-CULTURE"),
                staff("rd-supervisor", "RD-GOV-OFFICE", "SUPERVISOR"),
                staff("rd-reviewer", "RD-CULTURE", "REVIEWER"),
                staff("rd-deputy", "RD-CULTURE", "DEPUTY_LEADER"),
                staff("rd-principal", "RD-CULTURE", "PRINCIPAL_LEADER"),
                staff("rd-handler", "RD-CULTURE", "HANDLER"),
                staff("auditor-2", "NT-GOV-OFFICE", "AUDITOR"));
    }

    private static Caller staff(String username, String organization, String role) {
        return new Caller(username, TestTokens.user(username, organization, role), role, organization);
    }

    @Override
    public String toString() {
        return name;
    }
}
