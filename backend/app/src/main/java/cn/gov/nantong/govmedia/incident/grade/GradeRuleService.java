package cn.gov.nantong.govmedia.incident.grade;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** The deadlines of the four grades, kept as data a city administrator changes; recorded incidents keep theirs. */
@Service
class GradeRuleService {

    private final GradeRuleRepository repository;
    private final AuditLog audit;

    GradeRuleService(GradeRuleRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    Mono<List<GradeRule>> all() {
        return repository.all().collectList();
    }

    @Transactional
    public Mono<GradeRule> update(IncidentGrade grade, GradeRuleUpdate update) {
        return repository.find(grade).flatMap(before -> repository.update(grade, update)
                .switchIfEmpty(Mono.error(ApiProblemException.stale("分级时限已被他人修改", "the grade was changed by someone else")))
                .flatMap(after -> audit.record("UPDATE", "incident_grade", grade.name(), before, after).thenReturn(after)));
    }
}
