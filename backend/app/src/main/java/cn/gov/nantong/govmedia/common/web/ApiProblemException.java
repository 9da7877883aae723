package cn.gov.nantong.govmedia.common.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A refusal the API explains: status, a stable code, Chinese and English text, and the article it rests on. */
public class ApiProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String titleZh;
    private final String titleEn;
    private final String detailZh;
    private final String detailEn;
    private final String article;
    private final List<FieldViolation> errors;

    private ApiProblemException(HttpStatus status, String code, String titleZh, String titleEn, String detailZh,
                                String detailEn, String article, List<FieldViolation> errors) {
        super(code + ": " + detailEn, null, false, false);
        this.status = status;
        this.code = code;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.detailZh = detailZh;
        this.detailEn = detailEn;
        this.article = article;
        this.errors = errors;
    }

    public static ApiProblemException notFound(String entityZh, String entityEn) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "NOT_FOUND", "资源不存在", "Not found",
                entityZh + "不存在或无权访问", entityEn + " does not exist or is not visible to you", null, null);
    }

    /** The caller's role may see the object but not do this to it (403), with the reason. */
    public static ApiProblemException forbidden(String code, String detailZh, String detailEn) {
        return new ApiProblemException(HttpStatus.FORBIDDEN, code, "无权执行此操作", "Forbidden", detailZh, detailEn, null, null);
    }

    /** Someone else changed the object since the caller read it (409 STALE_VERSION): what happened, in both languages. */
    public static ApiProblemException stale(String whatHappenedZh, String whatHappenedEn) {
        return conflict("STALE_VERSION", whatHappenedZh + "，请刷新后重试", whatHappenedEn + "; reload and retry");
    }

    public static ApiProblemException conflict(String code, String detailZh, String detailEn) {
        return new ApiProblemException(HttpStatus.CONFLICT, code, "与现有数据冲突", "Conflict", detailZh, detailEn, null, null);
    }

    public static ApiProblemException conflict(String code, String article, String detailZh, String detailEn) {
        return new ApiProblemException(HttpStatus.CONFLICT, code, "与现有数据冲突", "Conflict", detailZh, detailEn, article, null);
    }

    /** A business rule of the measures was broken (422), citing the article. */
    public static ApiProblemException rule(String code, String article, String detailZh, String detailEn) {
        return new ApiProblemException(HttpStatus.UNPROCESSABLE_CONTENT, code, "违反管理规定", "Rule violated",
                detailZh, detailEn, article, null);
    }

    /** A single field is invalid for a reason the annotations cannot see (400). */
    public static ApiProblemException invalidField(String field, String code, String messageZh, String messageEn) {
        return new ApiProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "请求参数校验失败",
                "Validation failed", "请求中有 1 个字段无效", "1 field(s) in the request are invalid", null,
                List.of(new FieldViolation(field, code, messageZh, messageEn)));
    }

    /** A single part of the request is larger than allowed (413), named like a field. */
    public static ApiProblemException tooLarge(String field, String messageZh, String messageEn) {
        return new ApiProblemException(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "请求体过大", "Payload too large",
                messageZh, messageEn, null, List.of(new FieldViolation(field, "MaxSize", messageZh, messageEn)));
    }

    /** Several fields (or rows of an upload) are invalid; nothing was stored (422). */
    public static ApiProblemException invalidRows(String detailZh, String detailEn, List<FieldViolation> errors) {
        return unprocessable("INVALID_ROWS", "导入内容有误", "Invalid rows", detailZh, detailEn, null, errors);
    }

    /** A request that is well formed but cannot be carried out as it stands, with the reasons listed (422). */
    public static ApiProblemException unprocessable(String code, String titleZh, String titleEn, String detailZh, String detailEn,
                                                    String article, List<FieldViolation> errors) {
        return new ApiProblemException(HttpStatus.UNPROCESSABLE_CONTENT, code, titleZh, titleEn, detailZh, detailEn, article, errors);
    }

    public Problem toProblem() {
        return new Problem(Problem.TYPE_BASE + code.toLowerCase().replace('_', '-'), titleZh, status.value(),
                detailZh, null, code, titleEn, detailEn, article, null, errors);
    }

    public HttpStatus status() {
        return status;
    }
}
