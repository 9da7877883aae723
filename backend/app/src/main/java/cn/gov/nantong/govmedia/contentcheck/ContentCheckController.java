package cn.gov.nantong.govmedia.contentcheck;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "content-checks")
class ContentCheckController {

    private final ContentChecks checks;

    ContentCheckController(ContentChecks checks) {
        this.checks = checks;
    }

    @PostMapping("/api/v1/content-checks")
    @Operation(operationId = "checkContent", summary = "内容自动检查（试运行）",
            description = "Banned and sensitive words, serious wording errors, advertising and commercial links, personal "
                    + "opinion, personal data (with a de-identified version), repost sources, sensitive topics. Nothing is "
                    + "stored. Any administrator role.")
    Mono<ContentCheckResult> check(@Valid @RequestBody ContentCheckRequest request) {
        return checks.check(request);
    }
}
