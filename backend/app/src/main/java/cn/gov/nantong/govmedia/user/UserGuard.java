package cn.gov.nantong.govmedia.user;

import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.Role;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * What a caller may do to users beyond seeing them: only a CITY_ADMIN hands out or touches the city-wide roles (a
 * SUPERVISOR would otherwise raise someone above its own reach), and nobody shuts their own account out.
 */
final class UserGuard {

    private static final Set<Role> CITY_ROLES = EnumSet.of(Role.CITY_ADMIN, Role.AUDITOR);

    private UserGuard() {
    }

    static Mono<Void> mayGrant(CurrentUser caller, Collection<Role> roles) {
        if (caller.has(Role.CITY_ADMIN) || roles.stream().noneMatch(CITY_ROLES::contains)) {
            return Mono.empty();
        }
        return Mono.error(ApiProblemException.forbidden("ROLE_NOT_GRANTABLE",
                "只有市级管理员可以授予市级管理员（CITY_ADMIN）或审计员（AUDITOR）角色",
                "only a CITY_ADMIN may grant the CITY_ADMIN or AUDITOR role"));
    }

    static Mono<Void> mayModify(CurrentUser caller, UserResponse target) {
        if (caller.has(Role.CITY_ADMIN) || target.roles().stream().noneMatch(CITY_ROLES::contains)) {
            return Mono.empty();
        }
        return Mono.error(ApiProblemException.forbidden("USER_NOT_MODIFIABLE",
                "只有市级管理员可以修改市级管理员或审计员的账户", "only a CITY_ADMIN may change a CITY_ADMIN or AUDITOR user"));
    }

    /** Refuses a change of the caller's own account that could shut them out (disabling it, changing its roles). */
    static Mono<Void> notSelf(CurrentUser caller, UserResponse target, String whatZh, String whatEn) {
        if (!caller.username().equals(target.username())) {
            return Mono.empty();
        }
        return Mono.error(ApiProblemException.unprocessable("OWN_ACCOUNT", "不能对本人账户执行此操作",
                "Not on your own account", "不能" + whatZh + "本人的账户，请由其他管理员操作",
                "you cannot " + whatEn + " your own account; ask another administrator", null, null));
    }
}
