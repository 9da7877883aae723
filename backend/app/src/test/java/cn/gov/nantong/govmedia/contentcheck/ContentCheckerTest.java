package cn.gov.nantong.govmedia.contentcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The automatic checks of Art 17-21, each finding at its place in the text. */
class ContentCheckerTest {

    private static final Lexicons.Snapshot LEXICONS = Lexicons.compile(1, List.of(
            new Lexicons.Term(LexiconKind.BANNED, "翻墙软件", null),
            new Lexicons.Term(LexiconKind.WORDING_ERROR, "南通市长", "南通市市长"),
            new Lexicons.Term(LexiconKind.ADVERTISING, "限时抢购", null),
            new Lexicons.Term(LexiconKind.OPINION, "我觉得", "使用客观表述"),
            new Lexicons.Term(LexiconKind.SENSITIVE_TOPIC, "台风", null),
            new Lexicons.Term(LexiconKind.APPROVED_SOURCE, "新华社", null)));

    private static ContentCheckResult check(String body) {
        return ContentChecker.check(new ContentCheckRequest("标题", body, ContentCheckRequest.Origin.ORIGINAL, null, null), LEXICONS);
    }

    @Test
    @Tag("19.1")
    void art19LexiconHitsCarryTheirPositionAndSuggestion() {
        String body = "今天南通市长出席会议。";
        ContentCheckResult result = check(body);
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.type()).isEqualTo(FindingType.WORDING_ERROR);
            assertThat(finding.severity()).isEqualTo(Finding.Severity.BLOCKER);
            assertThat(body.substring(finding.start(), finding.end())).isEqualTo("南通市长");
            assertThat(finding.suggestion()).isEqualTo("南通市市长");
            assertThat(finding.article()).isEqualTo("Art 19");
        });
        assertThat(result.blockers()).isEqualTo(1);
    }

    @Test
    @Tag("19.3")
    @Tag("19.4")
    void art19AdvertisingOpinionAndCommercialLinks() {
        ContentCheckResult result = check("我觉得这次限时抢购不错，详见 https://shop.example.com/deal ，政策见 https://www.nantong.gov.cn/a.html");
        assertThat(result.findings()).extracting(Finding::type)
                .containsExactly(FindingType.PERSONAL_OPINION, FindingType.ADVERTISING, FindingType.COMMERCIAL_LINK);
        assertThat(result.blockers()).isEqualTo(1);
        assertThat(result.warnings()).isEqualTo(2);
    }

    @Test
    @Tag("20.2")
    void art20PersonalDataIsABlockerWithADeidentifiedVersion() {
        ContentCheckResult result = check("请联系 13812345678。");
        assertThat(result.findings()).singleElement().extracting(Finding::type).isEqualTo(FindingType.PERSONAL_DATA);
        assertThat(result.deidentifiedBody()).isEqualTo("请联系 138****5678。");
    }

    @Test
    @Tag("17.4")
    void art17SensitiveTopicsMarkTheContentMajor() {
        assertThat(check("今年第5号台风将影响我市").sensitiveTopic()).isTrue();
        assertThat(check("今年秋季运动会顺利举行").sensitiveTopic()).isFalse();
    }

    @Test
    @Tag("21.1")
    void art21RepostsNeedAnApprovedSource() {
        ContentCheckResult none = ContentChecker.check(new ContentCheckRequest("t", "正文", ContentCheckRequest.Origin.REPOST, " ", null), LEXICONS);
        ContentCheckResult unknown = ContentChecker.check(new ContentCheckRequest("t", "正文", ContentCheckRequest.Origin.REPOST, "某自媒体", null), LEXICONS);
        ContentCheckResult approved = ContentChecker.check(new ContentCheckRequest("t", "正文", ContentCheckRequest.Origin.REPOST, "新华社", null), LEXICONS);
        assertThat(none.blockers()).isEqualTo(1);
        assertThat(unknown.findings()).singleElement().extracting(Finding::message).asString().contains("某自媒体");
        assertThat(approved.findings()).isEmpty();
    }

    @Test
    void cleanContentHasNoFindings() {
        assertThat(check("南通市市长出席秋季运动会开幕式。").findings()).isEmpty();
    }
}
