package cn.gov.nantong.govmedia.rumour;

import cn.gov.nantong.govmedia.common.document.RichText;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A published rebuttal as a schema.org ClaimReview (JSON-LD), so search engines and aggregators can read it. */
@Schema(name = "ClaimReview", description = "schema.org ClaimReview（JSON-LD）")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ClaimReview(
        @JsonProperty("@context") @Schema(name = "@context", example = "https://schema.org") String context,
        @JsonProperty("@type") @Schema(name = "@type", example = "ClaimReview") String type,
        @Schema(example = "https://mp.weixin.qq.com/s/abc123") String url,
        @Schema(example = "关于“崇川区中小学延期至12月开学”的辟谣") String name,
        @Schema(example = "网传“崇川区中小学因流感停课，延期至12月10日开学”。") String claimReviewed,
        @Schema(example = "经核实，崇川区中小学教学秩序正常，未作出停课或延期开学的决定。") String reviewBody,
        Claim itemReviewed,
        Rating reviewRating,
        Organization author,
        @Schema(example = "2026-11-28T09:00:00+08:00") OffsetDateTime datePublished,
        @Schema(example = "zh-CN") String inLanguage) {

    static ClaimReview of(PublicRebuttal r) {
        List<CreativeWork> appearances = r.rumourAppearances().stream().map(CreativeWork::new).toList();
        Claim claim = new Claim("Claim", appearances.isEmpty() ? null : appearances,
                appearances.isEmpty() ? null : appearances.get(0));
        return new ClaimReview("https://schema.org", "ClaimReview", r.url(), r.title(), r.rumour(), RichText.text(r.truth()), claim,
                new Rating("Rating", r.verdict().ratingValue, Verdict.BEST, Verdict.WORST, r.verdict().alternateName),
                new Organization("GovernmentOrganization", r.organizationName()), r.publishedAt(), "zh-CN");
    }

    @Schema(name = "Claim")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Claim(@JsonProperty("@type") @Schema(name = "@type", example = "Claim") String type,
                 @Schema(description = "谣言出现的位置") @Nullable List<CreativeWork> appearance,
                 @Schema(description = "已知最早出现的位置") @Nullable CreativeWork firstAppearance) {
    }

    @Schema(name = "CreativeWork")
    record CreativeWork(@JsonProperty("@type") @Schema(name = "@type", example = "CreativeWork") String type,
                        @Schema(example = "https://weibo.com/1234567890/Abc123") String url) {
        CreativeWork(String url) {
            this("CreativeWork", url);
        }
    }

    @Schema(name = "Rating")
    record Rating(@JsonProperty("@type") @Schema(name = "@type", example = "Rating") String type,
                  @Schema(example = "1") int ratingValue,
                  @Schema(example = "5") int bestRating,
                  @Schema(example = "1") int worstRating,
                  @Schema(example = "谣言") String alternateName) {
    }

    @Schema(name = "GovernmentOrganization")
    record Organization(@JsonProperty("@type") @Schema(name = "@type", example = "GovernmentOrganization") String type,
                        @Schema(example = "南通市崇川区教育体育局") String name) {
    }
}
