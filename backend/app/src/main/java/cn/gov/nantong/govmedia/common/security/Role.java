package cn.gov.nantong.govmedia.common.security;

/** The roles of domain.md; tokens carry them in the configurable roles claim. */
public enum Role {
    CITY_ADMIN, SUPERVISOR, OPERATOR, REVIEWER, DEPUTY_LEADER, PRINCIPAL_LEADER, HANDLER, AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles that see the whole city whatever organization they sit in. */
    public boolean cityWide() {
        return this == CITY_ADMIN || this == AUDITOR;
    }
}
