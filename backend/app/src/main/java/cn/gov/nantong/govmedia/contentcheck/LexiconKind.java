package cn.gov.nantong.govmedia.contentcheck;

/** The lexicons CITY_ADMIN maintains, and what a hit in each means. */
public enum LexiconKind {
    BANNED(FindingType.BANNED_WORD, Finding.Severity.BLOCKER, "含禁用词“%s”"),
    SENSITIVE(FindingType.SENSITIVE_WORD, Finding.Severity.WARNING, "含敏感词“%s”，请确认"),
    WORDING_ERROR(FindingType.WORDING_ERROR, Finding.Severity.BLOCKER, "“%s”为严重表述错误"),
    ADVERTISING(FindingType.ADVERTISING, Finding.Severity.BLOCKER, "含商业广告用语“%s”"),
    OPINION(FindingType.PERSONAL_OPINION, Finding.Severity.WARNING, "含个人观点或情绪化表述“%s”"),
    SENSITIVE_TOPIC(FindingType.SENSITIVE_TOPIC, Finding.Severity.INFO, "涉及重大敏感事项“%s”，须按重大敏感信息审核"),
    APPROVED_SOURCE(FindingType.REPOST_SOURCE, Finding.Severity.INFO, "“%s”为可转载来源"),
    SECRET(FindingType.POSSIBLE_SECRET, Finding.Severity.WARNING, "含密级或涉密标志“%s”，可能涉及国家秘密，须经保密审查（《办法》第二十八条）");

    final FindingType type;
    final Finding.Severity severity;
    final String message;

    LexiconKind(FindingType type, Finding.Severity severity, String message) {
        this.type = type;
        this.severity = severity;
        this.message = message;
    }
}
