package cn.gov.nantong.govmedia.spotcheck;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Keeps the checklist: codes are unique, changes need the current version, every change is audited. */
@Service
class ChecklistService {

    private final ChecklistRepository repository;
    private final AuditLog audit;

    ChecklistService(ChecklistRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    Mono<List<ChecklistItem>> list() {
        return repository.all().collectList();
    }

    @Transactional
    Mono<ChecklistItem> create(ChecklistItemRequest request) {
        return repository.insert(request)
                .onErrorMap(DataIntegrityViolationException.class, e -> codeTaken())
                .flatMap(item -> audit.record("CREATE", "checklist_item", item.id(), null, item).thenReturn(item));
    }

    @Transactional
    Mono<ChecklistItem> update(long id, ChecklistItemRequest request) {
        return repository.find(id)
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("检查项", "Checklist item")))
                .flatMap(before -> repository.update(id, request)
                        .switchIfEmpty(Mono.error(ApiProblemException.stale("检查项已被他人修改", "the item was changed by someone else")))
                        .onErrorMap(DataIntegrityViolationException.class, e -> codeTaken())
                        .flatMap(after -> audit.record("UPDATE", "checklist_item", id, before, after).thenReturn(after)));
    }

    private static ApiProblemException codeTaken() {
        return ApiProblemException.conflict("CHECKLIST_CODE_TAKEN", "检查项代码已存在", "the checklist code is already used");
    }
}
