package cn.gov.nantong.govmedia.user;

import cn.gov.nantong.govmedia.common.security.Role;
import cn.gov.nantong.govmedia.common.web.FieldViolation;
import cn.gov.nantong.govmedia.organization.OrganizationLevel;
import cn.gov.nantong.govmedia.organization.OrganizationType;
import java.util.ArrayList;
import java.util.List;

/**
 * Which roles a user may hold in which kind of organization. City-wide roles belong to the city government office;
 * supervising belongs to a government office, the competent authority of its level (Art 6); the work on accounts belongs
 * to an organization that may host one, so never to an internal unit (Art 12), which leaves internal units without users.
 */
final class RoleFit {

    private RoleFit() {
    }

    /** One violation per role that does not fit, on the field {@code roles[i]}. */
    static List<FieldViolation> violations(List<Role> roles, OrganizationType type, OrganizationLevel level) {
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            Role role = roles.get(i);
            if (!fits(role, type, level)) {
                violations.add(new FieldViolation("roles[" + i + "]", "RoleFit", reasonZh(role), reasonEn(role)));
            }
        }
        return violations;
    }

    static boolean fits(Role role, OrganizationType type, OrganizationLevel level) {
        return switch (role) {
            case CITY_ADMIN, AUDITOR -> type == OrganizationType.GOVERNMENT_OFFICE && level == OrganizationLevel.CITY;
            case SUPERVISOR -> type == OrganizationType.GOVERNMENT_OFFICE;
            case OPERATOR, REVIEWER, DEPUTY_LEADER, PRINCIPAL_LEADER, HANDLER -> type != OrganizationType.INTERNAL_UNIT;
        };
    }

    private static String reasonZh(Role role) {
        return switch (role) {
            case CITY_ADMIN -> "市级管理员（CITY_ADMIN）只能设在市政府办公室";
            case AUDITOR -> "审计员（AUDITOR）只能设在市政府办公室";
            case SUPERVISOR -> "主管单位角色（SUPERVISOR）只能设在政府办公室（《办法》第六条）";
            default -> "内设机构不能开设政务新媒体，" + role.name() + " 角色的用户应设在其所属单位（《办法》第十二条）";
        };
    }

    private static String reasonEn(Role role) {
        return switch (role) {
            case CITY_ADMIN, AUDITOR -> role.name() + " is only for users of the city government office";
            case SUPERVISOR -> "SUPERVISOR is only for users of a government office, the competent authority (Art 6)";
            default -> "an internal unit cannot host accounts (Art 12): put " + role.name()
                    + " users in the organization the unit belongs to";
        };
    }
}
