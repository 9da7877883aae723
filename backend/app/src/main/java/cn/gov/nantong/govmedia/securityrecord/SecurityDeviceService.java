package cn.gov.nantong.govmedia.securityrecord;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Art 27.3: the register of devices used to log in, each with its holder and its last check. */
@Service
class SecurityDeviceService {

    private static final String ENTITY = "security_device";

    private final SecurityDeviceRepository repository;
    private final SecurityRecordRules rules;
    private final OrganizationScopes scopes;
    private final AuditLog audit;

    SecurityDeviceService(SecurityDeviceRepository repository, SecurityRecordRules rules, OrganizationScopes scopes, AuditLog audit) {
        this.repository = repository;
        this.rules = rules;
        this.scopes = scopes;
        this.audit = audit;
    }

    Mono<PageResponse<SecurityDevice>> list(@Nullable Long organizationId, SecurityDevice.@Nullable Kind kind,
                                            SecurityDevice.@Nullable Status status, @Nullable String q, @Nullable DueState dueState,
                                            PageRequest page) {
        var filter = new SecurityDeviceRepository.Filter(organizationId, kind, status, q, dueState, rules.checkedSince());
        return scopes.current().flatMap(scope -> PageResponse.of(repository.page(filter, scope, page), repository.count(filter, scope), page));
    }

    Mono<SecurityDevice> get(long id) {
        return scopes.current().flatMap(scope -> repository.findInScope(id, rules.checkedSince(), scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("登录终端", "Device")));
    }

    @Transactional
    public Mono<SecurityDevice> add(SecurityDeviceRequest request) {
        return Mono.zip(rules.organization(request.organizationId()), rules.username())
                .flatMap(c -> repository.insert(c.getT1(), request, c.getT2()))
                .onErrorMap(DataIntegrityViolationException.class, SecurityDeviceService::duplicate)
                .flatMap(this::get)
                .flatMap(device -> audit.record("CREATE", ENTITY, device.id(), null, device).thenReturn(device));
    }

    /** Changes the holder, the status or the asset number, or records a check (lastCheckedOn). */
    @Transactional
    public Mono<SecurityDevice> update(long id, SecurityDeviceRequest request) {
        return get(id).flatMap(before -> SecurityRecordRules.version(request.version())
                .flatMap(version -> repository.update(id, request, version))
                .onErrorMap(DataIntegrityViolationException.class, SecurityDeviceService::duplicate)
                .flatMap(rows -> rows == 0 ? Mono.error(ApiProblemException.stale("终端已被他人修改", "the device was changed by someone else"))
                        : get(id))
                .flatMap(after -> audit.record("UPDATE", ENTITY, id, before, after).thenReturn(after)));
    }

    private static ApiProblemException duplicate(DataIntegrityViolationException e) {
        return ApiProblemException.conflict("ASSET_NUMBER_TAKEN", "Art 27.3", "本单位已登记该资产编号的终端",
                "the organization already registered a device with this asset number");
    }
}
