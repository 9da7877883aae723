package cn.gov.nantong.govmedia.contentcheck;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The automatic checks of Art 17-21 over one piece of content, given the compiled lexicons. Pure and fast. */
final class ContentChecker {

    private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9.\\-]+(?::[0-9]+)?(?:/[^\\s\"'<>，。、；！？（）]*)?");
    /** Government sites and the designated outlets; links elsewhere may be commercial pages (Art 19). */
    private static final Set<String> TRUSTED_DOMAINS = Set.of("gov.cn", "news.cn", "xinhuanet.com", "people.com.cn",
            "cctv.com", "cctv.cn", "chinadaily.com.cn", "jschina.com.cn", "ntjoy.com", "12371.cn", "qstheory.cn");

    private ContentChecker() {
    }

    static ContentCheckResult check(ContentCheckRequest request, Lexicons.Snapshot lexicons) {
        List<Finding> findings = new ArrayList<>();
        String title = request.title() == null ? "" : request.title();
        scan("TITLE", title, lexicons, findings);
        scan("BODY", request.body(), lexicons, findings);
        if (request.origin() == ContentCheckRequest.Origin.REPOST) {
            checkSource(request, lexicons, findings);
        }
        List<PersonalData.Match> titleData = PersonalData.find(title);
        List<PersonalData.Match> bodyData = PersonalData.find(request.body());
        int blockers = (int) findings.stream().filter(f -> f.severity() == Finding.Severity.BLOCKER).count();
        int warnings = (int) findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
        boolean sensitive = findings.stream().anyMatch(f -> f.type() == FindingType.SENSITIVE_TOPIC);
        boolean secret = findings.stream().anyMatch(f -> f.type() == FindingType.POSSIBLE_SECRET);
        return new ContentCheckResult(findings, blockers, warnings, sensitive, secret, PersonalData.mask(title, titleData),
                PersonalData.mask(request.body(), bodyData));
    }

    private static void scan(String field, String text, Lexicons.Snapshot lexicons, List<Finding> findings) {
        if (text.isEmpty()) {
            return;
        }
        if (lexicons.terms() > 0) {
            lexicons.automaton().parseText(text, (begin, end, terms) -> {
                for (Lexicons.Term term : terms) {
                    LexiconKind kind = term.kind();
                    findings.add(new Finding(kind.type, kind.severity, field, begin, end, term.term(), term.suggestion(),
                            kind.type.article(), kind.message.formatted(term.term())));
                }
            });
        }
        for (PersonalData.Match match : PersonalData.find(text)) {
            Finding.Severity severity = match.kind() == PersonalData.Kind.EMAIL ? Finding.Severity.WARNING : Finding.Severity.BLOCKER;
            findings.add(new Finding(FindingType.PERSONAL_DATA, severity, field, match.start(), match.end(), match.text(),
                    match.kind().suggestion + "：" + match.masked(), FindingType.PERSONAL_DATA.article(),
                    "含" + match.kind().label + "（《办法》第二十条）"));
        }
        Matcher url = URL.matcher(text);
        while (url.find()) {
            String host = host(url.group());
            if (host != null && !trusted(host)) {
                findings.add(new Finding(FindingType.COMMERCIAL_LINK, Finding.Severity.WARNING, field, url.start(), url.end(),
                        url.group(), "改用政府网站或权威媒体链接", FindingType.COMMERCIAL_LINK.article(),
                        "链接指向非政府网站“" + host + "”，不得链接商业网页（《办法》第十九条）"));
            }
        }
        findings.sort((a, b) -> a.field().equals(b.field()) ? Integer.compare(a.start(), b.start()) : a.field().compareTo(b.field()));
    }

    private static void checkSource(ContentCheckRequest request, Lexicons.Snapshot lexicons, List<Finding> findings) {
        String source = request.sourceName() == null ? "" : request.sourceName().trim();
        if (source.isEmpty()) {
            findings.add(new Finding(FindingType.REPOST_SOURCE, Finding.Severity.BLOCKER, "SOURCE", 0, 0, "", "注明转载来源",
                    FindingType.REPOST_SOURCE.article(), "转载须注明来源（《办法》第二十一条）"));
        } else if (!lexicons.approvedSources().contains(source)) {
            findings.add(new Finding(FindingType.REPOST_SOURCE, Finding.Severity.BLOCKER, "SOURCE", 0, source.length(), source,
                    "只转载党政机关和指定媒体发布的信息", FindingType.REPOST_SOURCE.article(),
                    "“" + source + "”不在可转载来源名单内（《办法》第二十一条）"));
        }
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean trusted(String host) {
        return TRUSTED_DOMAINS.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain));
    }
}
