package cn.gov.nantong.govmedia.contentcheck;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.cluster.ClusterNotifications;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Lexicon edits: audited, and in force at once here and, through a cluster notification, on every other instance. */
@Service
class LexiconService {

    private final LexiconRepository repository;
    private final Lexicons lexicons;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final ClusterNotifications notifications;

    LexiconService(LexiconRepository repository, Lexicons lexicons, CurrentUsers users, AuditLog audit,
                   ClusterNotifications notifications) {
        this.repository = repository;
        this.lexicons = lexicons;
        this.users = users;
        this.audit = audit;
        this.notifications = notifications;
    }

    Mono<PageResponse<LexiconTerm>> list(LexiconKind kind, @Nullable String q, PageRequest page) {
        return PageResponse.of(repository.page(kind, q, page), repository.count(kind, q), page);
    }

    @Transactional
    Mono<LexiconTerm> add(LexiconKind kind, LexiconTermRequest request) {
        return users.current().map(CurrentUser::username)
                .flatMap(actor -> repository.insert(kind, request.term().trim(), request.suggestion(), actor))
                .switchIfEmpty(Mono.error(ApiProblemException.conflict("TERM_EXISTS", "词库中已有该词", "the term is already in the lexicon")))
                .flatMap(term -> bump().then(audit.record("ADD", "lexicon_term", term.id(), null, term)).thenReturn(term))
                .flatMap(term -> lexicons.reload().thenReturn(term));
    }

    @Transactional
    Mono<Void> remove(LexiconKind kind, long id) {
        return repository.delete(kind, id)
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("词条", "Term")))
                .flatMap(term -> bump().then(audit.record("REMOVE", "lexicon_term", id, term, null)))
                .then(lexicons.reload()).then();
    }

    private Mono<Void> bump() {
        return repository.bumpVersion().then(notifications.publish(Lexicons.TOPIC));
    }
}
