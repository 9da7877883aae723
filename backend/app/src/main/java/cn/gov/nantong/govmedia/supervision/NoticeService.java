package cn.gov.nantong.govmedia.supervision;

import cn.gov.nantong.govmedia.assessment.AssessmentNotice;
import cn.gov.nantong.govmedia.assessment.AssessmentViews.Result;
import cn.gov.nantong.govmedia.assessment.Assessments;
import cn.gov.nantong.govmedia.assessment.Commendation;
import cn.gov.nantong.govmedia.assessment.CommendationKind;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.security.Role;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckNotice;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckRepository;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckService;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.Finding;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.SpotCheck;
import cn.gov.nantong.govmedia.supervision.NoticeViews.AssessmentContent;
import cn.gov.nantong.govmedia.supervision.NoticeViews.Detail;
import cn.gov.nantong.govmedia.supervision.NoticeViews.Kind;
import cn.gov.nantong.govmedia.supervision.NoticeViews.Notice;
import cn.gov.nantong.govmedia.supervision.NoticeViews.Problem;
import cn.gov.nantong.govmedia.supervision.NoticeViews.Ranking;
import cn.gov.nantong.govmedia.supervision.NoticeViews.ReleaseRequest;
import cn.gov.nantong.govmedia.supervision.NoticeViews.SampledAccount;
import cn.gov.nantong.govmedia.supervision.NoticeViews.SpotCheckContent;
import cn.gov.nantong.govmedia.supervision.NoticeViews.UnitCommendation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Art 32.6: releases the spot-check and assessment notices to the public. A release stores a snapshot of the notice
 * without personal data (account and organization names, items and results; no free-text descriptions, no persons, no
 * usernames), once per check or year. Audited.
 */
@Service
class NoticeService {

    private final NoticeRepository notices;
    private final SpotCheckService spotChecks;
    private final SpotCheckRepository spotCheckRows;
    private final Assessments assessments;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final JsonMapper json;

    NoticeService(NoticeRepository notices, SpotCheckService spotChecks, SpotCheckRepository spotCheckRows, Assessments assessments,
                  CurrentUsers users, AuditLog audit, JsonMapper json) {
        this.notices = notices;
        this.spotChecks = spotChecks;
        this.spotCheckRows = spotCheckRows;
        this.assessments = assessments;
        this.users = users;
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    Mono<Detail> release(ReleaseRequest request) {
        return users.current().flatMap(user -> switch (request.kind()) {
            case SPOT_CHECK -> releaseSpotCheck(required(request.spotCheckId(), "spotCheckId", "抽查"), user);
            case ASSESSMENT -> releaseAssessment(required(request.year(), "year", "考核年度"), user);
        }).onErrorMap(DataIntegrityViolationException.class, e -> ApiProblemException.conflict("NOTICE_RELEASED", "Art 32",
                        "该通报已公开发布", "this notice has been released already"))
                .flatMap(notices::find).map(this::detail)
                .flatMap(detail -> audit.record("RELEASE", "published_notice", detail.id(), null, detail).thenReturn(detail));
    }

    private Mono<Long> releaseSpotCheck(long id, CurrentUser user) {
        if (!user.has(Role.CITY_ADMIN) && !user.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("CITY_ADMIN and SUPERVISOR release spot-check notices");
        }
        return spotChecks.get(id)
                .onErrorMap(ApiProblemException.class, e -> ApiProblemException.invalidField("spotCheckId", "Exists", "抽查不存在",
                        "no spot check with this id"))
                .flatMap(check -> !"CLOSED".equals(check.status())
                        ? Mono.error(ApiProblemException.conflict("SPOT_CHECK_OPEN", "Art 32", "抽查尚未结束，结束后才能公开通报",
                                "the spot check is still open; its notice is released once it is closed"))
                        : spotCheckRows.findings(id).collectList().flatMap(findings -> notices.insert(Kind.SPOT_CHECK, String.valueOf(id),
                                check.organizationId(), SpotCheckNotice.title(check), check.quarter(),
                                json.writeValueAsString(spotCheckContent(check, findings)), user.username())));
    }

    private Mono<Long> releaseAssessment(int year, CurrentUser user) {
        if (!user.has(Role.CITY_ADMIN)) {
            throw new AccessDeniedException("only CITY_ADMIN releases the city's assessment notice");
        }
        assessments.checkYear(year, "year");
        return Mono.zip(assessments.results(year), assessments.commendations(year), notices.cityRoot())
                .flatMap(t -> notices.insert(Kind.ASSESSMENT, String.valueOf(year), t.getT3(), AssessmentNotice.title(year),
                        String.valueOf(year), json.writeValueAsString(assessmentContent(year, t.getT1(), t.getT2())), user.username()));
    }

    Mono<PageResponse<Notice>> list(@Nullable Kind kind, PageRequest page) {
        return PageResponse.of(notices.page(kind, page.size(), page.offset()), notices.count(kind), page);
    }

    Mono<Detail> get(long id) {
        return notices.find(id).map(this::detail).switchIfEmpty(Mono.error(ApiProblemException.notFound("通报", "Notice")));
    }

    private Detail detail(NoticeRepository.Stored stored) {
        Notice n = stored.notice();
        return new Detail(n.id(), n.kind(), n.title(), n.period(), n.organizationName(), n.releasedAt(),
                n.kind() == Kind.SPOT_CHECK ? json.readValue(stored.content(), SpotCheckContent.class) : null,
                n.kind() == Kind.ASSESSMENT ? json.readValue(stored.content(), AssessmentContent.class) : null);
    }

    static SpotCheckContent spotCheckContent(SpotCheck check, List<Finding> findings) {
        Map<Long, cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.SampledAccount> byId = check.accounts().stream()
                .collect(Collectors.toMap(a -> a.accountId(), Function.identity()));
        List<SampledAccount> accounts = check.accounts().stream().map(a -> new SampledAccount(a.position() + 1, a.accountName(),
                a.platform(), a.hostOrganizationName(), a.stratumName(), a.findings(), a.result())).toList();
        List<Problem> problems = findings.stream().map(f -> new Problem(byId.get(f.accountId()).accountName(),
                byId.get(f.accountId()).hostOrganizationName(), f.itemName(), f.veto(), f.rectificationDeadline())).toList();
        long failed = accounts.stream().filter(a -> "FAIL".equals(a.result())).count();
        return new SpotCheckContent(check.quarter(), check.cityWide(), check.population(), check.samplePercent(), check.seed(),
                accounts.size() - failed, failed, accounts, problems);
    }

    static AssessmentContent assessmentContent(int year, List<Result> results, List<Commendation> commendations) {
        List<Result> ordered = new ArrayList<>(results);
        ordered.sort(Comparator.comparingInt(Result::score).reversed().thenComparing(Result::organizationName));
        List<Ranking> rankings = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Result r = ordered.get(i);
            rankings.add(new Ranking(i + 1, r.organizationName(), r.score(), r.maxScore(), r.vetoed()));
        }
        List<UnitCommendation> units = commendations.stream().filter(c -> c.kind() == CommendationKind.UNIT)
                .map(c -> new UnitCommendation(c.organizationName(), c.reason(), c.decidedOn())).toList();
        return new AssessmentContent(year, rankings, units);
    }

    private static <T> T required(@Nullable T value, String field, String nameZh) {
        if (value == null) {
            throw ApiProblemException.invalidField(field, "NotNull", nameZh + "不能为空", field + " is required for this kind of notice");
        }
        return value;
    }
}
