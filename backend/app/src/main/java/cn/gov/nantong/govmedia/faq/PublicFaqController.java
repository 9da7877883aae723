package cn.gov.nantong.govmedia.faq;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The FAQ knowledge base as the public sees it (Art 24): searched before a consultation is submitted. */
@RestController
@Tag(name = "public-interaction")
class PublicFaqController {

    private final FaqService faqs;

    PublicFaqController(FaqService faqs) {
        this.faqs = faqs;
    }

    @GetMapping("/api/public/v1/faqs")
    @Operation(operationId = "searchFaqs", summary = "搜索咨询答问库", description = "Anonymous. Published entries, best "
            + "matches first (pg_trgm: substring and similarity, works for Chinese). The mobile client shows them before a "
            + "consultation is submitted. Rate-limited per client address and X-Device-Id (429 with Retry-After).")
    Mono<PageResponse<PublicFaq>> searchFaqs(@Parameter(example = "转学") @RequestParam(required = false) @Size(max = 100) String q,
                                             @Parameter(example = "19") @RequestParam(required = false) Long organizationId,
                                             @Parameter(example = "1") @RequestParam(required = false) Integer page,
                                             @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return faqs.search(q, organizationId, PageRequest.of(page, size));
    }
}
