package cn.gov.nantong.govmedia.user;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR')")
@Tag(name = "users")
class UserController {

    private static final String WHO = " CITY_ADMIN city-wide; SUPERVISOR for users of its subtree (others answer 404).";

    private final UserService service;

    UserController(UserService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "listUsers", summary = "用户列表（分页、筛选）", description = "Users of the caller's subtree." + WHO)
    Mono<PageResponse<UserResponse>> list(
            @Parameter(description = "该单位及其下级单位的用户", example = "19") @RequestParam(required = false) Long organizationId,
            @Parameter(description = "用户名或姓名包含的文字", example = "王") @RequestParam(required = false) @Size(max = 100) String q,
            @Parameter(example = "OPERATOR") @RequestParam(required = false) Role role,
            @Parameter(example = "ACTIVE") @RequestParam(required = false) UserStatus status,
            @Parameter(description = "Page number from 1", example = "1") @RequestParam(required = false) Integer page,
            @Parameter(description = "1 to 200", example = "20") @RequestParam(required = false) Integer size,
            @Parameter(description = "field,asc|desc; fields: username, displayName, createdAt, updatedAt", example = "username,asc")
            @RequestParam(required = false) String sort) {
        return service.list(new UserFilter(organizationId, q, role, status),
                PageRequest.of(page, size, sort, UserRepository.SORTABLE, UserRepository.DEFAULT_ORDER));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getUser", summary = "用户详情", description = "Never carries the password hash or the TOTP secret." + WHO)
    Mono<UserResponse> get(@Parameter(example = "12") @PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createUser", summary = "新建用户（生成一次性密码）",
            description = "Answers the user with a one-time password, shown only this once; the user must change it at the first"
                    + " login. Roles must fit the organization (422); only a CITY_ADMIN grants CITY_ADMIN or AUDITOR (403);"
                    + " a taken username is 409. Audited." + WHO)
    Mono<UserWithOneTimePassword> create(@Valid @RequestBody CreateUserRequest request) {
        return service.create(request);
    }

    @PatchMapping("/{id}")
    @Operation(operationId = "updateUser", summary = "修改用户姓名或角色",
            description = "Fields left out keep their value; a stale version is 409. Nobody changes their own roles (422)."
                    + " Audited." + WHO)
    Mono<UserResponse> update(@Parameter(example = "12") @PathVariable long id, @Valid @RequestBody UpdateUserRequest request) {
        return service.update(id, request);
    }

    @PostMapping("/{id}/disable")
    @Operation(operationId = "disableUser", summary = "停用用户",
            description = "The identity provider refuses the user's logins and their sessions end; nobody disables their own"
                    + " account (422). Audited." + WHO)
    Mono<UserResponse> disable(@Parameter(example = "12") @PathVariable long id) {
        return service.disable(id);
    }

    @PostMapping("/{id}/enable")
    @Operation(operationId = "enableUser", summary = "启用用户", description = "Lets a disabled user log in again. Audited." + WHO)
    Mono<UserResponse> enable(@Parameter(example = "12") @PathVariable long id) {
        return service.enable(id);
    }

    @PostMapping("/{id}/unlock")
    @Operation(operationId = "unlockUser", summary = "解除锁定",
            description = "Ends a lock-out after failed logins and restarts the count of failures. Audited." + WHO)
    Mono<UserResponse> unlock(@Parameter(example = "12") @PathVariable long id) {
        return service.unlock(id);
    }

    @PostMapping("/{id}/password-reset")
    @Operation(operationId = "resetUserPassword", summary = "重置密码（生成一次性密码）",
            description = "Replaces the password with a one-time password, shown only this once, which must be changed at the next"
                    + " login; the user's sessions end. Audited." + WHO)
    Mono<UserWithOneTimePassword> resetPassword(@Parameter(example = "12") @PathVariable long id) {
        return service.resetPassword(id);
    }
}
