package cn.gov.nantong.govmedia.duty;

import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** For other features: who is on duty at an organization (Art 29.2), so that an incident reaches a person. */
@Component
public class DutyRoster {

    private final DutyRepository repository;

    DutyRoster(DutyRepository repository) {
        this.repository = repository;
    }

    /** The person on duty at {@code at} with their phone, e.g. "王敏 13812345678"; empty when nobody is. */
    public Mono<String> personOnDuty(long organizationId, OffsetDateTime at) {
        return repository.personOnDuty(organizationId, at);
    }
}
