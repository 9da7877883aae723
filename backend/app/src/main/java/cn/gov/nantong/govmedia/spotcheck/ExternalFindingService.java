package cn.gov.nantong.govmedia.spotcheck;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.rectification.RectificationTasks;
import cn.gov.nantong.govmedia.spotcheck.ExternalFindingViews.Finding;
import cn.gov.nantong.govmedia.spotcheck.ExternalFindingViews.Request;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * Art 32.8: the city office enters the findings of national and provincial checks with their source. Each becomes a
 * rectification task of the account's host; a veto item counts as a national or provincial veto in the assessment
 * (Art 32.3), unlike a veto found by the city's own spot check. Audited.
 */
@Service
class ExternalFindingService {

    private final ExternalFindingRepository repository;
    private final ChecklistRepository checklist;
    private final RectificationTasks rectifications;
    private final AuditLog audit;
    private final Clock clock;

    ExternalFindingService(ExternalFindingRepository repository, ChecklistRepository checklist, RectificationTasks rectifications,
                           AuditLog audit, Clock clock) {
        this.repository = repository;
        this.checklist = checklist;
        this.rectifications = rectifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Mono<Finding> enter(Request request) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        if (request.foundOn().isAfter(today)) {
            throw ApiProblemException.invalidField("foundOn", "PastOrPresent", "发现日期不能晚于今天", "foundOn cannot be in the future");
        }
        if (request.rectificationDeadline().isBefore(request.foundOn())) {
            throw ApiProblemException.invalidField("rectificationDeadline", "NotBeforeFound", "整改期限不能早于发现日期",
                    "the rectification deadline cannot be before foundOn");
        }
        Mono<Long> host = repository.host(request.accountId())
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("accountId", "Exists", "账号不存在", "no such account")));
        Mono<ChecklistItem> item = checklist.activeByCode(request.itemCode())
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("itemCode", "Exists", "检查项不存在或已停用",
                        "no active checklist item with this code")));
        String findingId = request.source().prefix + request.reference().trim();
        return Mono.zip(host, item).flatMap(c -> rectifications.open(new RectificationTasks.LocalTask(findingId, request.accountId(),
                        c.getT1(), c.getT2().code(), c.getT2().veto(), request.description().trim(), request.foundOn(),
                        request.rectificationDeadline(), request.source().name())))
                .onErrorMap(DataIntegrityViolationException.class, e -> ApiProblemException.conflict("EXTERNAL_FINDING_EXISTS", "Art 32",
                        "该来源下编号为“" + request.reference().trim() + "”的问题已录入",
                        "a finding with this reference was already entered for this source"))
                .flatMap(repository::find)
                .flatMap(finding -> audit.record("ENTER", "inspection_finding", finding.id(), null, finding).thenReturn(finding));
    }

    Mono<PageResponse<Finding>> list(PageRequest page) {
        return PageResponse.of(repository.page(page.size(), page.offset()), repository.count(), page);
    }
}
