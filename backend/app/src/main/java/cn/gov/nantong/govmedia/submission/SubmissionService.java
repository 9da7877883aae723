package cn.gov.nantong.govmedia.submission;

import cn.gov.nantong.govmedia.account.AccountRegister;
import cn.gov.nantong.govmedia.account.AccountStatus;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.calendar.WorkingDayCalendar;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.complaint.AuditSnapshot;
import cn.gov.nantong.govmedia.complaint.ComplaintKind;
import cn.gov.nantong.govmedia.complaint.ComplaintProperties;
import cn.gov.nantong.govmedia.complaint.Moderation;
import cn.gov.nantong.govmedia.complaint.PlainText;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import cn.gov.nantong.govmedia.photo.CleanPhoto;
import cn.gov.nantong.govmedia.photo.Photos;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The public side of Art 24, 29, 30: submissions with tracking number and query token, and the status look-up. */
@Service
class SubmissionService {

    private static final String ENTITY = "complaint";
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,100}$");
    private static final Pattern TRACKING = Pattern.compile("^TS[0-9]{13,14}$");

    private final SubmissionRepository repository;
    private final AccountRegister accounts;
    private final OrganizationDirectory organizations;
    private final WorkingDayCalendar calendar;
    private final QueryTokens tokens;
    private final ComplaintProperties properties;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final Photos photos;

    SubmissionService(SubmissionRepository repository, AccountRegister accounts, OrganizationDirectory organizations,
                      WorkingDayCalendar calendar, QueryTokens tokens, ComplaintProperties properties, AuditLog audit, JsonMapper json,
                      Clock clock, Photos photos) {
        this.repository = repository;
        this.accounts = accounts;
        this.organizations = organizations;
        this.calendar = calendar;
        this.tokens = tokens;
        this.properties = properties;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.photos = photos;
    }

    @Transactional
    public Mono<ResponseEntity<SubmissionReceipt>> submit(SubmitComplaintRequest request, List<CleanPhoto> photos,
                                                          @Nullable String idempotencyKey, String clientAddress) {
        Clean clean = Clean.of(request);
        if (idempotencyKey == null) {
            return fresh(request, clean, photos, null, null, clientAddress);
        }
        if (!KEY.matcher(idempotencyKey).matches()) {
            return Mono.error(ApiProblemException.invalidField("Idempotency-Key", "Pattern", "须为 1 到 100 个可见 ASCII 字符",
                    "must be 1 to 100 visible ASCII characters"));
        }
        String requestHash = QueryTokens.sha256(json.writeValueAsString(request)
                + photos.stream().map(photo -> "|" + photo.sha256()).collect(Collectors.joining()));
        return repository.claimKey(idempotencyKey, requestHash).flatMap(claimed -> claimed
                ? fresh(request, clean, photos, idempotencyKey, requestHash, clientAddress)
                : repository.key(idempotencyKey).flatMap(existing -> {
                    if (!existing.requestHash().equals(requestHash) || existing.complaintId() == null) {
                        return Mono.error(ApiProblemException.unprocessable("IDEMPOTENCY_KEY_REUSED", "幂等键已用于其他请求",
                                "Idempotency key reused", "同一 Idempotency-Key 已用于内容不同的提交，请为新的提交使用新的键",
                                "this Idempotency-Key was used with a different body; use a new key for a new submission", null, null));
                    }
                    return repository.byId(existing.complaintId()).map(stored -> created(receipt(stored,
                            tokens.forIdempotentRequest(idempotencyKey, requestHash), false)));
                }));
    }

    private Mono<ResponseEntity<SubmissionReceipt>> fresh(SubmitComplaintRequest request, Clean clean, List<CleanPhoto> photos,
                                                          @Nullable String key,
                                                          @Nullable String requestHash, String clientAddress) {
        String clientHash = QueryTokens.sha256("client:" + clientAddress);
        String contentHash = QueryTokens.sha256(request.kind() + "|" + request.accountId() + "|" + request.organizationId() + "|"
                + clean.title() + "|" + clean.content());
        OffsetDateTime since = OffsetDateTime.now(clock).minus(properties.duplicateWindow());
        Mono<ResponseEntity<SubmissionReceipt>> duplicate = repository.duplicateOf(clientHash, contentHash, since)
                .flatMap(first -> (key == null ? Mono.<Void>empty() : repository.releaseKey(key))
                        .thenReturn(ResponseEntity.ok(receipt(first, null, true))));
        return duplicate.switchIfEmpty(Mono.defer(() -> target(request).flatMap(targetId -> {
            LocalDate today = LocalDate.now(clock);
            String token = key == null ? tokens.random() : tokens.forIdempotentRequest(key, requestHash);
            return Mono.zip(repository.nextNumber(), calendar.plus(today, properties.replyWorkingDays()))
                    .flatMap(context -> {
                        String number = "TS" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%06d", context.getT1());
                        SubmitComplaintRequest.Contact contact = request.contact();
                        SubmitComplaintRequest.Suspect suspect = request.suspect();
                        return repository.insert(new SubmissionRepository.NewComplaint(number, QueryTokens.sha256(token), request.kind(),
                                request.accountId(), targetId, clean.title(), clean.content(),
                                contact == null || blankToNull(contact.name()) == null ? null : PlainText.line("contact.name", contact.name()),
                                contact == null ? null : blankToNull(contact.phone()), clean.errorUrl(),
                                suspect == null ? null : suspect.platform().name(), clean.suspectName(), clean.suspectLink(),
                                context.getT2().date(), clientHash, contentHash, today, photos.size()));
                    })
                    .flatMap(id -> (request.kind() == ComplaintKind.COUNTERFEIT_REPORT ? repository.openInvestigation(id) : Mono.<Void>empty())
                            .then(key == null ? Mono.<Void>empty() : repository.attachKey(key, id))
                            .then(photos.isEmpty() ? Mono.<Void>empty() : this.photos.attach(id, photos))
                            .then(repository.byId(id)))
                    .flatMap(stored -> audit.record("SUBMIT", ENTITY, stored.id(), null, new AuditSnapshot(stored.status().name(),
                                    Moderation.PENDING.name(), null, null, stored.dueOn(), null))
                            .thenReturn(created(receipt(stored, token, false))));
        })));
    }

    Mono<ComplaintStatusView> status(String trackingNumber, @Nullable String token) {
        Mono<ComplaintStatusView> notFound = Mono.error(ApiProblemException.notFound("受理编号或查询码有误，该件", "Submission"));
        return authorized(trackingNumber, token)
                .flatMap(stored -> photos.of(stored.id(), stored.photoCount()).map(stored::view))
                .switchIfEmpty(notFound);
    }

    /** A photo of the submission, for its submitter only: the same token and the same 404 as the status. */
    Mono<ResponseEntity<Flux<DataBuffer>>> photo(String trackingNumber, @Nullable String token, long photoId) {
        return authorized(trackingNumber, token)
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("受理编号或查询码有误，该件", "Submission")))
                .flatMap(stored -> photos.serve(stored.id(), photoId));
    }

    private Mono<SubmissionRepository.Stored> authorized(String trackingNumber, @Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 100 || !TRACKING.matcher(trackingNumber).matches()) {
            return Mono.empty();
        }
        return repository.byTrackingNumber(trackingNumber).filter(stored -> QueryTokens.matches(token, stored.tokenHash()));
    }

    private Mono<Long> target(SubmitComplaintRequest request) {
        if ((request.accountId() == null) == (request.organizationId() == null)) {
            return Mono.error(ApiProblemException.invalidField("accountId", "ExactlyOne", "须且只能填写 accountId 或 organizationId 之一",
                    "give exactly one of accountId and organizationId"));
        }
        if (request.kind() == ComplaintKind.ERROR_REPORT && request.errorUrl() == null) {
            return Mono.error(ApiProblemException.invalidField("errorUrl", "NotNull", "纠错须填写错误内容的网址",
                    "an error report needs the address of the wrong content"));
        }
        if (request.kind() == ComplaintKind.COUNTERFEIT_REPORT && request.suspect() == null) {
            return Mono.error(ApiProblemException.invalidField("suspect", "NotNull", "假冒举报须填写疑似假冒账号的平台和名称",
                    "a counterfeit report needs the suspect account's platform and name"));
        }
        if (request.accountId() != null) {
            return accounts.byId(request.accountId())
                    .filter(a -> a.status() == AccountStatus.ACTIVE || a.status() == AccountStatus.CLOSING)
                    .map(a -> a.hostOrganizationId())
                    .switchIfEmpty(Mono.error(ApiProblemException.invalidField("accountId", "Exists", "账号不存在或未开通",
                            "no such active account")));
        }
        return organizations.byId(request.organizationId()).map(o -> o.id())
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("organizationId", "Exists", "单位不存在",
                        "no such organization")));
    }

    private SubmissionReceipt receipt(SubmissionRepository.Stored stored, @Nullable String token, boolean duplicate) {
        String message = duplicate ? "已收到内容相同的提交，请使用首次提交时获得的查询码查询办理进度"
                : "已收到您的提交，请凭受理编号和查询码查询办理进度；查询码只显示这一次";
        return new SubmissionReceipt(stored.trackingNumber(), token, duplicate, stored.dueOn(), stored.createdAt(), message);
    }

    private static ResponseEntity<SubmissionReceipt> created(SubmissionReceipt receipt) {
        return ResponseEntity.status(HttpStatus.CREATED).body(receipt);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The request's text fields as they are stored: plain text, control characters refused. */
    private record Clean(String title, String content, @Nullable String errorUrl, @Nullable String suspectName,
                         @Nullable String suspectLink) {

        static Clean of(SubmitComplaintRequest r) {
            return new Clean(PlainText.line("title", r.title()), PlainText.text("content", r.content()),
                    PlainText.line("errorUrl", r.errorUrl()),
                    r.suspect() == null ? null : PlainText.line("suspect.name", r.suspect().name()),
                    r.suspect() == null ? null : PlainText.line("suspect.link", r.suspect().link()));
        }
    }
}
