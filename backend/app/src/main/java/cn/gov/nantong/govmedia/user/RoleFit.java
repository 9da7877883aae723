package cn.gov.nantong.govmedia.user;

import cn.gov.nantong.govmedia.common.security.Role;
import cn.gov.nantong.govmedia.common.web.FieldViolation;
import cn.gov.nantong.govmedia.organization.OrganizationLevel;
import cn.gov.nantong.govmedia.organization.OrganizationType;
import java.util.ArrayList;
import java.util.List;

/**
 * Which roles a user may hold in which kind of organization. City-wide roles belong to the city government office;
 * supervising belongs to a competent authority (Art 6): a government office, or a department's office or section the
 * department designated; the work on accounts belongs to an organization that may host one, so never to an internal unit
 * (Art 12), which leaves internal units other than a designated authority without users.
 */
final class RoleFit {

    private RoleFit() {
    }

    /** An organization as role fit sees it: {@code designatedAuthority} when some organization names it its competent authority. */
    record Place(OrganizationType type, OrganizationLevel level, boolean designatedAuthority) {
    }

    /** One violation per role that does not fit, on the field {@code roles[i]}. */
    static List<FieldViolation> violations(List<Role> roles, Place place) {
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            Role role = roles.get(i);
            if (!fits(role, place)) {
                violations.add(new FieldViolation("roles[" + i + "]", "RoleFit", reasonZh(role), reasonEn(role)));
            }
        }
        return violations;
    }

    static boolean fits(Role role, Place place) {
        return switch (role) {
            case CITY_ADMIN, AUDITOR -> place.type() == OrganizationType.GOVERNMENT_OFFICE && place.level() == OrganizationLevel.CITY;
            case SUPERVISOR -> place.type() == OrganizationType.GOVERNMENT_OFFICE
                    || place.type() == OrganizationType.INTERNAL_UNIT && place.designatedAuthority();
            case OPERATOR, REVIEWER, DEPUTY_LEADER, PRINCIPAL_LEADER, HANDLER -> place.type() != OrganizationType.INTERNAL_UNIT;
        };
    }

    private static String reasonZh(Role role) {
        return switch (role) {
            case CITY_ADMIN -> "市级管理员（CITY_ADMIN）只能设在市政府办公室";
            case AUDITOR -> "审计员（AUDITOR）只能设在市政府办公室";
            case SUPERVISOR -> "主管单位角色（SUPERVISOR）只能设在政府办公室，或被本部门指定为主管单位的办公室、处室（《办法》第六条）";
            default -> "内设机构不能开设政务新媒体，" + role.name() + " 角色的用户应设在其所属单位（《办法》第十二条）";
        };
    }

    private static String reasonEn(Role role) {
        return switch (role) {
            case CITY_ADMIN, AUDITOR -> role.name() + " is only for users of the city government office";
            case SUPERVISOR -> "SUPERVISOR is only for users of a competent authority (Art 6): a government office, "
                    + "or a department's office or section the department designated";
            default -> "an internal unit cannot host accounts (Art 12): put " + role.name()
                    + " users in the organization the unit belongs to";
        };
    }
}
