package cn.gov.nantong.govmedia.workbench;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.audit.RecentActivity;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** 工作台 · 近期动态: what people of the caller's subtree did lately, so a day starts with what changed. */
@RestController
@Tag(name = "workbench")
class RecentActivityController {

    private static final int SHOWN = 10;

    private final AuditLog audit;
    private final OrganizationScopes scopes;

    RecentActivityController(AuditLog audit, OrganizationScopes scopes) {
        this.audit = audit;
        this.scopes = scopes;
    }

    @GetMapping("/api/v1/workbench/recent-activity")
    @Operation(operationId = "listRecentActivity", summary = "近期动态",
            description = "Every staff role: the 10 latest changes of the last 30 days made by people of the caller's "
                    + "organization subtree (who, what, which object; never the content).")
    Flux<RecentActivity> recent() {
        return scopes.current().flatMapMany(scope -> audit.recent(scope.path(), SHOWN));
    }
}
