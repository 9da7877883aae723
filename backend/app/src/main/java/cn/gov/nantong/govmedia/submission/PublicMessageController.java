package cn.gov.nantong.govmedia.submission;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "public-interaction")
class PublicMessageController {

    private final PublicMessageRepository messages;

    PublicMessageController(PublicMessageRepository messages) {
        this.messages = messages;
    }

    @GetMapping("/api/public/v1/messages")
    @Operation(operationId = "listPublicMessages", summary = "公开的留言与答复",
            description = "Anonymous. Messages, consultations, complaints and suggestions the host published after moderation "
                    + "(Art 24), newest first, with their replies; ID, card, mobile and e-mail numbers and the submitter's name are "
                    + "masked; no tracking number or contact. Rate-limited per client address and X-Device-Id (429 with Retry-After).")
    Mono<PageResponse<PublicMessage>> list(@Parameter(description = "Only those to this organization", example = "19")
                                           @RequestParam(required = false) Long organizationId,
                                           @Parameter(example = "1") @RequestParam(required = false) Integer page,
                                           @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return PageResponse.of(messages.page(organizationId, request), messages.count(organizationId), request);
    }
}
