package cn.gov.nantong.govmedia.complaint;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The request bodies of the staff workflow; each carries the version read (409 when stale). */
final class ComplaintActions {

    private ComplaintActions() {
    }

    @Schema(description = "审核（公开或隐藏） / moderation: publish, or hide with a reason")
    record ModerationRequest(
            @Schema(example = "PUBLISH") @NotNull Action action,
            @Schema(description = "Required to hide", example = "含有广告内容") @Size(max = 500) @Nullable String reason,
            @Schema(example = "0") @NotNull @PositiveOrZero Long version) {

        enum Action { PUBLISH, HIDE }
    }

    @Schema(description = "转送业务部门 / forward to the business department that must answer")
    record ForwardRequest(
            @Schema(example = "23") @NotNull @Positive Long organizationId,
            @Schema(description = "Answer due within this many working days", example = "5") @NotNull @Min(1) @Max(60)
            Integer dueInWorkingDays,
            @Schema(example = "请核实转学材料要求后答复") @Size(max = 1000) @Nullable String note,
            @Schema(example = "1") @NotNull @PositiveOrZero Long version) {
    }

    @Schema(description = "答复（公开） / the public reply; personal data is masked automatically")
    record ReplyRequest(
            @Schema(example = "请携带户口簿和学籍证明到区教育体育局办理。") @NotBlank @Size(max = 5000) String reply,
            @Schema(example = "2") @NotNull @PositiveOrZero Long version) {
    }

    @Schema(description = "办结或重新办理 / close or reopen")
    record StepRequest(
            @Schema(example = "答复后群众无异议") @Size(max = 500) @Nullable String reason,
            @Schema(example = "3") @NotNull @PositiveOrZero Long version) {
    }

    @Schema(description = "提交人联系方式（仅办理单位可见，每次读取均记录） / the submitter's contact")
    record ContactResponse(@Schema(example = "张先生") @Nullable String name, @Schema(example = "13912345678") @Nullable String phone) {
    }
}
