package cn.gov.nantong.govmedia.sync;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Whether filings go to the province at all, so the pages can say so instead of showing a queue that never moves. */
@RestController
@Tag(name = "sync-admin")
class SyncStatusController {

    @Schema(description = "省级报送状态 / whether delivery to the provincial filing-check system is switched on")
    record SyncStatus(
            @Schema(description = "False while no provincial system is configured (GOVMEDIA_PROVINCE_BASE_URL)", example = "false")
            boolean deliveryEnabled,
            @Schema(example = "省级报送未开启：尚未配置省级备案检查系统地址，审核通过的备案暂存为“待报送”，配置后自动补报。")
            String message) {
    }

    private final ProvinceProperties province;

    SyncStatusController(ProvinceProperties province) {
        this.province = province;
    }

    @GetMapping("/api/v1/sync/status")
    @Operation(operationId = "getSyncStatus", summary = "省级报送是否开启",
            description = "Every staff role: the filing pages show it beside filings waiting for delivery.")
    Mono<SyncStatus> status() {
        return Mono.just(province.enabled()
                ? new SyncStatus(true, "省级报送已开启：审核通过的备案自动报送至省级备案检查系统。")
                : new SyncStatus(false, "省级报送未开启：尚未配置省级备案检查系统地址，审核通过的备案暂存为“待报送”，配置后自动补报。"));
    }
}
