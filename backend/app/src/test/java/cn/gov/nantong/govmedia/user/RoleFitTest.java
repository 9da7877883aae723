package cn.gov.nantong.govmedia.user;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.common.security.Role;
import cn.gov.nantong.govmedia.common.web.FieldViolation;
import cn.gov.nantong.govmedia.organization.OrganizationLevel;
import cn.gov.nantong.govmedia.organization.OrganizationType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Art 6 and 12 applied to users: which roles each kind of organization can hold. */
class RoleFitTest {

    private static Set<Role> fitting(OrganizationType type, OrganizationLevel level) {
        return fitting(new RoleFit.Place(type, level, false));
    }

    private static Set<Role> fitting(RoleFit.Place place) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (RoleFit.fits(role, place)) {
                roles.add(role);
            }
        }
        return roles;
    }

    @Test
    void theCityGovernmentOfficeHoldsEveryRole() {
        assertThat(fitting(OrganizationType.GOVERNMENT_OFFICE, OrganizationLevel.CITY)).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    @Tag("6.3")
    void aCountyGovernmentOfficeSupervisesButHasNoCityWideRole() {
        assertThat(fitting(OrganizationType.GOVERNMENT_OFFICE, OrganizationLevel.COUNTY))
                .doesNotContain(Role.CITY_ADMIN, Role.AUDITOR).contains(Role.SUPERVISOR, Role.OPERATOR);
    }

    @Test
    @Tag("6.3")
    void art6HostOrganizationsWorkOnAccountsButDoNotSupervise() {
        for (OrganizationType host : List.of(OrganizationType.DEPARTMENT, OrganizationType.ZONE_COMMITTEE, OrganizationType.GOVERNMENT)) {
            assertThat(fitting(host, OrganizationLevel.COUNTY)).containsExactlyInAnyOrder(Role.OPERATOR, Role.REVIEWER,
                    Role.DEPUTY_LEADER, Role.PRINCIPAL_LEADER, Role.HANDLER);
            assertThat(fitting(host, OrganizationLevel.CITY)).doesNotContain(Role.CITY_ADMIN, Role.AUDITOR, Role.SUPERVISOR);
        }
    }

    @Test
    @Tag("12.4")
    void art12InternalUnitsHaveNoUsers() {
        assertThat(fitting(OrganizationType.INTERNAL_UNIT, OrganizationLevel.CITY)).isEmpty();
    }

    @Test
    @Tag("6.1")
    void art6ADepartmentsDesignatedOfficeSupervisesAndNothingElse() {
        assertThat(fitting(new RoleFit.Place(OrganizationType.INTERNAL_UNIT, OrganizationLevel.CITY, true)))
                .containsExactly(Role.SUPERVISOR);
    }

    @Test
    void eachUnfitRoleIsReportedOnItsOwnFieldInBothLanguages() {
        List<FieldViolation> violations = RoleFit.violations(List.of(Role.OPERATOR, Role.SUPERVISOR, Role.CITY_ADMIN),
                new RoleFit.Place(OrganizationType.DEPARTMENT, OrganizationLevel.COUNTY, false));
        assertThat(violations).extracting(FieldViolation::field).containsExactly("roles[1]", "roles[2]");
        assertThat(violations.get(0).message()).contains("政府办公室", "第六条");
        assertThat(violations.get(1).messageEn()).contains("city government office");
    }
}
