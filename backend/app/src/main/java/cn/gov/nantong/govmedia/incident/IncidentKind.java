package cn.gov.nantong.govmedia.incident;

/** What happened (Art 23, 29, 30). The security kinds veto the host's year in the assessment (Art 32). */
public enum IncidentKind {
    HARMFUL_CONTENT(true), ACCOUNT_COMPROMISE(true), DATA_LEAK(true), PUBLIC_OPINION(false), EMERGENCY(false),
    PLATFORM_OUTAGE(false), COUNTERFEIT_FOUND(false);

    private final boolean security;

    IncidentKind(boolean security) {
        this.security = security;
    }

    boolean security() {
        return security;
    }

    /** 舆情 and emergencies need an authoritative response and running updates (Art 23). */
    public boolean needsResponse() {
        return this == PUBLIC_OPINION || this == EMERGENCY;
    }
}
