package cn.gov.nantong.govmedia.user;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.security.Role;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.common.web.FieldViolation;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import cn.gov.nantong.govmedia.organization.OrganizationSummary;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

/**
 * User administration for the identity provider: CITY_ADMIN city-wide, SUPERVISOR within its subtree (others' users
 * answer 404). Every change is one transaction with its audit event; passwords are hashed before it starts.
 */
@Service
class UserService {

    private static final String ENTITY = "user";

    private final UserRepository repository;
    private final OrganizationScopes scopes;
    private final OrganizationDirectory organizations;
    private final CurrentUsers users;
    private final OneTimePasswords passwords;
    private final AuditLog audit;
    private final TransactionalOperator transaction;

    UserService(UserRepository repository, OrganizationScopes scopes, OrganizationDirectory organizations, CurrentUsers users,
                OneTimePasswords passwords, AuditLog audit, TransactionalOperator transaction) {
        this.repository = repository;
        this.scopes = scopes;
        this.organizations = organizations;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.transaction = transaction;
    }

    Mono<PageResponse<UserResponse>> list(UserFilter filter, PageRequest page) {
        return scopes.current().flatMap(scope -> PageResponse.of(repository.page(filter, scope, page), repository.count(filter, scope), page));
    }

    Mono<UserResponse> get(long id) {
        return scopes.current().flatMap(scope -> repository.findInScope(id, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("用户", "User")));
    }

    Mono<UserWithOneTimePassword> create(CreateUserRequest request) {
        return users.current().flatMap(caller -> UserGuard.mayGrant(caller, request.roles())
                .then(organizations.visible(request.organizationId()))
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("organizationId", "Exists",
                        "单位不存在或不在您的管辖范围内", "the organization does not exist or is outside your scope")))
                .flatMap(organization -> checkFit(request.roles(), organization)
                        .then(checkUsernameFree(request.username()))
                        .then(passwords.issue())
                        .flatMap(issued -> transaction.transactional(
                                repository.insert(request, organization.code(), issued.hash(), caller.username())
                                        .flatMap(this::get)
                                        .flatMap(created -> audit.record("USER_CREATED", ENTITY, created.id(), null, created)
                                                .thenReturn(new UserWithOneTimePassword(created, issued.password())))))));
    }

    Mono<UserResponse> update(long id, UpdateUserRequest request) {
        return modifiable(id).flatMap(context -> {
            CurrentUser caller = context.getT1();
            UserResponse before = context.getT2();
            if (request.version() != before.version()) {
                return Mono.error(staleVersion());
            }
            List<Role> roles = request.roles() == null ? before.roles() : request.roles().stream().distinct().toList();
            String displayName = request.displayName() == null ? before.displayName() : request.displayName().trim();
            Mono<Void> checks = new HashSet<>(roles).equals(new HashSet<>(before.roles())) ? Mono.empty()
                    : UserGuard.notSelf(caller, before, "修改", "change the roles of")
                    .then(UserGuard.mayGrant(caller, roles))
                    .then(organizations.visible(before.organization().id()).flatMap(organization -> checkFit(roles, organization)));
            return checks.then(change(before, "USER_UPDATED", user -> repository.update(id, displayName, roles, before.version())
                    .flatMap(rows -> rows == 0 ? Mono.error(staleVersion()) : Mono.just(rows))));
        });
    }

    Mono<UserResponse> disable(long id) {
        return modifiable(id).flatMap(context -> UserGuard.notSelf(context.getT1(), context.getT2(), "停用", "disable")
                .then(change(context.getT2(), "USER_DISABLED", user -> repository.setEnabled(id, false)
                        .then(repository.revokeAuthorizations(user.username())))));
    }

    Mono<UserResponse> enable(long id) {
        return modifiable(id).flatMap(context -> change(context.getT2(), "USER_ENABLED", user -> repository.setEnabled(id, true)));
    }

    /** Clears the lock-out; the UNLOCKED login event restarts the identity provider's count of failed logins. */
    Mono<UserResponse> unlock(long id) {
        return modifiable(id).flatMap(context -> change(context.getT2(), "USER_UNLOCKED", user -> repository.unlock(id)
                .then(repository.recordLoginEvent(user.username(), "UNLOCKED"))));
    }

    Mono<UserWithOneTimePassword> resetPassword(long id) {
        return modifiable(id).flatMap(context -> passwords.issue().flatMap(issued -> change(context.getT2(),
                "USER_PASSWORD_RESET", user -> repository.replacePassword(id, issued.hash())
                        .then(repository.recordLoginEvent(user.username(), "PASSWORD_RESET"))
                        .then(repository.revokeAuthorizations(user.username())))
                .map(after -> new UserWithOneTimePassword(after, issued.password()))));
    }

    /** The caller and a user in their scope (404 otherwise) whom they may change. */
    private Mono<Tuple2<CurrentUser, UserResponse>> modifiable(long id) {
        return Mono.zip(users.current(), get(id))
                .flatMap(context -> UserGuard.mayModify(context.getT1(), context.getT2()).thenReturn(context));
    }

    /** Runs the write, reads the user again and records the audit event, all in one transaction. */
    private Mono<UserResponse> change(UserResponse before, String action, Function<UserResponse, Mono<?>> write) {
        return transaction.transactional(write.apply(before)
                .then(get(before.id()))
                .flatMap(after -> audit.record(action, ENTITY, before.id(), before, after).thenReturn(after)));
    }

    private Mono<Void> checkFit(List<Role> roles, OrganizationSummary organization) {
        return organizations.isDesignatedAuthority(organization.id()).flatMap(designated -> checkFit(roles, organization,
                RoleFit.violations(roles, new RoleFit.Place(organization.type(), organization.level(), designated))));
    }

    private static Mono<Void> checkFit(List<Role> roles, OrganizationSummary organization, List<FieldViolation> violations) {
        return violations.isEmpty() ? Mono.empty() : Mono.error(ApiProblemException.unprocessable("ROLE_NOT_FIT_FOR_ORGANIZATION",
                "角色与所在单位不符", "Role does not fit the organization",
                organization.name() + "的用户不能担任所选角色：" + violations.get(0).message(),
                "users of " + organization.code() + " cannot hold the chosen role: " + violations.get(0).messageEn(),
                null, violations));
    }

    private Mono<Void> checkUsernameFree(String username) {
        return repository.usernameTaken(username).flatMap(taken -> taken ? Mono.error(ApiProblemException.conflict("USERNAME_TAKEN",
                "用户名 " + username + " 已被使用", "username " + username + " is taken")) : Mono.empty());
    }

    private static ApiProblemException staleVersion() {
        return ApiProblemException.stale("用户已被他人修改", "the user was changed by someone else");
    }
}
