package cn.gov.nantong.govmedia.supervision;

import cn.gov.nantong.govmedia.common.GovMediaProperties;
import cn.gov.nantong.govmedia.supervision.JobLeases.Claimed;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * On every instance: takes over the supervision jobs whose instance stopped (a QUEUED job nobody claimed, a RUNNING
 * job whose lease ran out) and runs them again from the start, as their creator; fails those that were already run
 * {@code attempts} times. Running again is safe: notices are only read and rendered, and a sample is stored in the
 * same transaction as its job's success.
 */
@Component
class JobSweeper {

    private static final Logger log = LoggerFactory.getLogger(JobSweeper.class);
    private static final int BATCH = 4;

    private final JobLeases leases;
    private final JobRunner runner;
    private final GovMediaProperties.Security claims;
    private final int attempts;

    JobSweeper(JobLeases leases, JobRunner runner, GovMediaProperties properties,
               @Value("${govmedia.supervision.job-attempts:3}") int attempts) {
        this.leases = leases;
        this.runner = runner;
        this.claims = properties.security();
        this.attempts = attempts;
    }

    @Scheduled(fixedDelayString = "${govmedia.supervision.job-sweep:PT10S}", initialDelayString = "${govmedia.supervision.job-sweep:PT10S}")
    void scheduled() {
        sweep().subscribe(null, error -> log.warn("supervision job sweep failed; the next one repeats it", error));
    }

    /** One sweep; answers how many jobs this instance took over. */
    Mono<Long> sweep() {
        String claim = runner.newClaim();
        return leases.giveUp(runner.lease(), attempts)
                .doOnNext(id -> log.warn("supervision job {} failed: its instances stopped", id))
                .thenMany(leases.claimAbandoned(claim, runner.lease(), attempts, BATCH))
                .doOnNext(job -> {
                    log.info("supervision job {} taken over from a stopped instance", job.id());
                    runner.start(job.id(), claim, job.request(), ReactiveSecurityContextHolder.withAuthentication(creator(job)));
                })
                .count();
    }

    /** The creator's identity as the token that started the job carried it, so the run has the same roles and scope. */
    private JwtAuthenticationToken creator(Claimed job) {
        Jwt token = Jwt.withTokenValue("supervision-job-" + job.id()).header("alg", "none").subject(job.createdBy())
                .claims(values -> {
                    values.put(claims.rolesClaim(), job.creatorRoles());
                    if (job.creatorOrganization() != null) {
                        values.put(claims.organizationClaim(), job.creatorOrganization());
                    }
                })
                .build();
        List<SimpleGrantedAuthority> roles = job.creatorRoles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        return new JwtAuthenticationToken(token, roles, job.createdBy());
    }
}
