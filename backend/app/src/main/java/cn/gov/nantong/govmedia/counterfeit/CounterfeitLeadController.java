package cn.gov.nantong.govmedia.counterfeit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Art 30: leads staff found, the request to 网信 / 公安 and its outcome, the platform's takedown followed to its confirmation. */
@RestController
@RequestMapping("/api/v1/counterfeits")
@Tag(name = "counterfeits")
class CounterfeitLeadController {

    private static final String WRITERS = "hasAnyRole('OPERATOR', 'SUPERVISOR', 'CITY_ADMIN')";

    private final CounterfeitLeadService leads;
    private final CounterfeitFollowUpService followUp;

    CounterfeitLeadController(CounterfeitLeadService leads, CounterfeitFollowUpService followUp) {
        this.leads = leads;
        this.followUp = followUp;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITERS)
    @Operation(operationId = "openCounterfeitInvestigation", summary = "新建假冒账号线索",
            description = "Staff open an investigation on a fake they found, without a public report, for an organization in "
                    + "their subtree. OPERATOR, SUPERVISOR, CITY_ADMIN. Audited.")
    Mono<CounterfeitResponse> open(@Valid @RequestBody CounterfeitLeadRequest request) {
        return leads.open(request);
    }

    @PostMapping("/{id}/verdict")
    @PreAuthorize(WRITERS)
    @Operation(operationId = "decideCounterfeitLead", summary = "线索核查结论",
            description = "OPERATOR, SUPERVISOR, CITY_ADMIN. The verdict on a lead staff opened (a public report's is given on the submission, 409). CONFIRMED_FAKE "
                    + "writes the letter to the platform, reports to the competent authority, registers the fake and sets the "
                    + "takedown deadline. A stale version is a 409. Audited.")
    Mono<CounterfeitResponse> verdict(@Parameter(example = "3") @PathVariable long id, @Valid @RequestBody VerdictRequest request) {
        return leads.verdict(id, request);
    }

    @GetMapping("/{id}/referrals")
    @Operation(operationId = "listCounterfeitReferrals", summary = "商请网信、公安协同处理记录",
            description = "Oldest first. Any administrator role; 404 outside the caller's subtree.")
    Mono<List<CounterfeitReferral>> referrals(@Parameter(example = "3") @PathVariable long id) {
        return followUp.referrals(id);
    }

    @PostMapping("/{id}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITERS)
    @Operation(operationId = "addCounterfeitReferral", summary = "登记商请网信、公安协同处理",
            description = "OPERATOR, SUPERVISOR, CITY_ADMIN. Not for an account found not to be fake (409). Audited.")
    Mono<CounterfeitReferral> refer(@Parameter(example = "3") @PathVariable long id, @Valid @RequestBody ReferralRequest request) {
        return followUp.refer(id, request);
    }

    @PutMapping("/{id}/referrals/{referralId}/outcome")
    @PreAuthorize(WRITERS)
    @Operation(operationId = "recordCounterfeitReferralOutcome", summary = "登记协同处理结果",
            description = "Dated on or after the request. A stale version is a 409. Audited.")
    Mono<CounterfeitReferral> outcome(@Parameter(example = "3") @PathVariable long id,
                                      @Parameter(example = "1") @PathVariable long referralId,
                                      @Valid @RequestBody ReferralOutcomeRequest request) {
        return followUp.outcome(id, referralId, request);
    }

    @PutMapping("/{id}/takedown-deadline")
    @PreAuthorize(WRITERS)
    @Operation(operationId = "setCounterfeitTakedownDeadline", summary = "调整关停期限",
            description = "A confirmed fake whose takedown is not yet confirmed (else 409); today or later. Audited.")
    Mono<CounterfeitResponse> deadline(@Parameter(example = "3") @PathVariable long id,
                                       @Valid @RequestBody TakedownDeadlineRequest request) {
        return followUp.deadline(id, request);
    }

    @PutMapping("/{id}/takedown-confirmation")
    @PreAuthorize(WRITERS)
    @Operation(operationId = "confirmCounterfeitTakedown", summary = "确认平台已关停",
            description = "Ends the follow-up of a confirmed fake: when staff checked it is gone, with a note. Audited.")
    Mono<CounterfeitResponse> confirm(@Parameter(example = "3") @PathVariable long id,
                                      @Valid @RequestBody TakedownConfirmationRequest request) {
        return followUp.confirmTakedown(id, request);
    }
}
