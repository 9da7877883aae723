package cn.gov.nantong.govmedia.securityrecord;

import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What the three kinds of security record share: the business date, when a document review falls due (the reminder
 * period, 30 days by default) and when a device in use is overdue for its check (90 days by default), and the checks of
 * the organization a new record belongs to.
 */
@Component
class SecurityRecordRules {

    private final OrganizationDirectory organizations;
    private final CurrentUsers users;
    private final Clock clock;
    private final int reminderDays;
    private final int deviceCheckDays;

    SecurityRecordRules(OrganizationDirectory organizations, CurrentUsers users, Clock clock,
                        @Value("${govmedia.security-records.reminder-days:30}") int reminderDays,
                        @Value("${govmedia.security-records.device-check-days:90}") int deviceCheckDays) {
        this.organizations = organizations;
        this.users = users;
        this.clock = clock;
        this.reminderDays = reminderDays;
        this.deviceCheckDays = deviceCheckDays;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The last day of the reminder period: a document to review by then is DUE_SOON. */
    LocalDate reminderEnd() {
        return today().plusDays(reminderDays);
    }

    /** A device in use last checked before this day is OVERDUE. */
    LocalDate checkedSince() {
        return today().minusDays(deviceCheckDays);
    }

    int reminderDays() {
        return reminderDays;
    }

    int deviceCheckDays() {
        return deviceCheckDays;
    }

    Mono<String> username() {
        return users.current().map(CurrentUser::username);
    }

    /** The id of a new record's organization: given, and within the caller's subtree (400 otherwise). */
    Mono<Long> organization(@Nullable Long organizationId) {
        if (organizationId == null) {
            return Mono.error(ApiProblemException.invalidField("organizationId", "NotNull", "请选择单位", "organizationId is required"));
        }
        return organizations.visible(organizationId)
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("organizationId", "Exists",
                        "单位不存在或不在您的管辖范围内", "the organization does not exist or is outside your scope")))
                .map(organization -> organization.id());
    }

    /** A stale version of a record (409), or none given (400). */
    static Mono<Long> version(@Nullable Long version) {
        return version == null ? Mono.error(ApiProblemException.invalidField("version", "NotNull", "修改时须提供读取到的版本号",
                "version is required when changing a record")) : Mono.just(version);
    }
}
