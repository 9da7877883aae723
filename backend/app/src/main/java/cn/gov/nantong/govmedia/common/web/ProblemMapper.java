package cn.gov.nantong.govmedia.common.web;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerErrorException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.pool.PoolAcquireTimeoutException;
import tools.jackson.databind.DatabindException;

/** The one place that decides how an exception reads to the caller. Never leaks a stack trace. */
@Component
public class ProblemMapper {

    /** Retry-After of a 503: about the time a restarting database or a busy pool needs. */
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(ProblemMapper.class);
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private final MessageSource messages;

    ProblemMapper(MessageSource messages) {
        this.messages = messages;
    }

    public Problem map(Throwable error, ServerWebExchange exchange) {
        Problem problem = toProblem(error);
        String requestId = RequestIds.of(exchange);
        if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            log.warn("requestId={} {} {} answered 503: {} (root cause: {})", requestId, exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), error.getClass().getSimpleName(), NestedExceptionUtils.getMostSpecificCause(error).toString());
        } else if (problem.status() >= 500) {
            log.error("requestId={} {} {} failed", requestId, exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), error);
        } else {
            log.info("requestId={} refused with {} {} ({})", requestId, problem.status(), problem.code(), error.getClass().getSimpleName());
        }
        return problem.withContext(exchange.getRequest().getPath().value(), requestId);
    }

    private Problem toProblem(Throwable error) {
        if (error instanceof ApiProblemException api) {
            return api.toProblem();
        }
        if (error instanceof WebExchangeBindException bind) {
            return validation(bind.getFieldErrors().stream().map(this::violation).toList());
        }
        if (error instanceof HandlerMethodValidationException methodValidation) {
            return validation(methodValidation.getParameterValidationResults().stream()
                    .flatMap(result -> result.getResolvableErrors().stream().map(e -> violation(result, e)))
                    .toList());
        }
        if (error instanceof AccessDeniedException || error instanceof AuthorizationDeniedException) {
            return simple(HttpStatus.FORBIDDEN, "FORBIDDEN", "无权执行此操作", "Forbidden",
                    "您的角色无权执行此操作", "Your role may not perform this operation");
        }
        if (error instanceof AuthenticationServiceException) {
            return simple(HttpStatus.SERVICE_UNAVAILABLE, "IDENTITY_PROVIDER_UNAVAILABLE", "身份认证服务暂不可用",
                    "Identity provider unavailable", "暂时无法校验访问令牌，请稍后重试",
                    "The access token cannot be checked right now; retry later");
        }
        if (error instanceof OptimisticLockingFailureException) {
            return simple(HttpStatus.CONFLICT, "STALE_VERSION", "数据已被他人修改", "Conflict",
                    "数据已被他人修改，请刷新后重试", "The record was changed by someone else; reload and retry");
        }
        if (error instanceof DuplicateKeyException || error instanceof DataIntegrityViolationException) {
            return simple(HttpStatus.CONFLICT, "CONFLICT", "与现有数据冲突", "Conflict",
                    "请求与现有数据冲突", "The request conflicts with existing data");
        }
        if (error instanceof DataBufferLimitException) {
            return simple(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "请求体过大", "Payload too large",
                    "请求体或其中一部分超过允许的大小", "The body or one of its parts exceeds the allowed size");
        }
        if (error instanceof DecodingException) {
            // a multipart body the reader cannot split (no boundary, broken framing, too many parts)
            return simple(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "请求体格式错误", "Malformed request body",
                    "请求体不是有效的 multipart/form-data 表单", "The body is not a valid multipart/form-data form");
        }
        if (error instanceof ServerExchangeRejectedException) {
            return simple(HttpStatus.BAD_REQUEST, "REQUEST_REJECTED", "请求被拒绝", "Request rejected",
                    "请求地址或请求头含有不允许的字符（如 ..、;、%00）", "The address or a header contains characters that are not allowed (such as .., ; or %00)");
        }
        if (databaseUnavailable(error)) {
            return simple(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE", "服务暂不可用", "Service unavailable",
                    "数据库暂时不可用，请稍后重试", "The database is temporarily unavailable; retry later");
        }
        if (error instanceof ResponseStatusException status) {
            return fromStatus(status);
        }
        return simple(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "服务器内部错误", "Internal error",
                "服务器处理请求时出错，请凭请求编号联系管理员", "The server failed; quote the request id to the administrator");
    }

    private Problem fromStatus(ResponseStatusException error) {
        HttpStatusCode status = error.getStatusCode();
        if (error instanceof PayloadTooLargeException || status.value() == 413) {
            return simple(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "请求体过大", "Payload too large",
                    "请求体超过允许的大小", "The request body exceeds the allowed size");
        }
        if (error instanceof ServerWebInputException input) {
            if (input instanceof MissingRequestValueException missing) {
                return validation(List.of(new FieldViolation(missing.getName(), "Required",
                        "缺少必填参数", "required parameter is missing")));
            }
            DatabindException binding = cause(input, DatabindException.class);
            if (binding != null && !binding.getPath().isEmpty()) {
                String field = binding.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
                return validation(List.of(new FieldViolation(field, "TypeMismatch", "类型或取值不正确",
                        "has the wrong type or an unknown value")));
            }
            if (hasCause(input, DecodingException.class)) {
                return simple(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "请求体格式错误", "Malformed request body",
                        "请求体不是有效的 JSON，或字段类型不符", "The body is not valid JSON or a field has the wrong type");
            }
            String parameter = input.getMethodParameter() == null ? null : input.getMethodParameter().getParameterName();
            if (parameter != null) {
                return validation(List.of(new FieldViolation(parameter, "TypeMismatch",
                        "参数格式不正确", "the parameter has the wrong format")));
            }
            return simple(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "请求无效", "Bad request",
                    "请求无效", "The request is invalid");
        }
        if (error instanceof MethodNotAllowedException) {
            return simple(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "不支持的请求方法", "Method not allowed",
                    "此地址不支持该请求方法", "This address does not support the method");
        }
        if (error instanceof UnsupportedMediaTypeStatusException) {
            return simple(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "不支持的内容类型",
                    "Unsupported media type", "请以 application/json 提交", "Send application/json");
        }
        if (error instanceof NotAcceptableStatusException) {
            return simple(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "无法提供所需格式", "Not acceptable",
                    "无法以所请求的格式应答", "The requested representation is not available");
        }
        if (status.value() == 404 || missingPathVariable(error)) {
            return simple(HttpStatus.NOT_FOUND, "NOT_FOUND", "资源不存在", "Not found",
                    "请求的地址或资源不存在", "No such address or resource");
        }
        HttpStatus resolved = HttpStatus.resolve(status.value());
        String reason = resolved == null ? "Error" : resolved.getReasonPhrase();
        return simple(resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved, "HTTP_" + status.value(),
                "请求未能完成", reason, "请求未能完成", reason);
    }

    /** A path segment that decodes to blank leaves its @PathVariable "missing", which Spring reports as a 500. */
    private static boolean missingPathVariable(ResponseStatusException error) {
        return error instanceof ServerErrorException serverError && serverError.getMethodParameter() != null
                && serverError.getMethodParameter().hasParameterAnnotation(PathVariable.class);
    }

    public Problem simple(HttpStatus status, String code, String titleZh, String titleEn, String detailZh, String detailEn) {
        return new Problem(Problem.TYPE_BASE + code.toLowerCase().replace('_', '-'), titleZh, status.value(),
                detailZh, null, code, titleEn, detailEn, null, null, null);
    }

    private Problem validation(List<FieldViolation> errors) {
        return new Problem(Problem.TYPE_BASE + "validation-failed", "请求参数校验失败", 400,
                "请求中有 " + errors.size() + " 个字段无效", null, "VALIDATION_FAILED", "Validation failed",
                errors.size() + " field(s) in the request are invalid", null, null, errors);
    }

    private FieldViolation violation(FieldError error) {
        String code = error.getCode() == null ? "Invalid" : error.getCode();
        return new FieldViolation(error.getField(), code, text(error, ZH), text(error, EN));
    }

    private FieldViolation violation(ParameterValidationResult result, MessageSourceResolvable error) {
        String field = error instanceof FieldError fieldError ? fieldError.getField()
                : result.getMethodParameter().getParameterName();
        String[] codes = error.getCodes();
        String code = codes == null || codes.length == 0 ? "Invalid" : codes[codes.length - 1];
        return new FieldViolation(field, code, text(error, ZH), text(error, EN));
    }

    private String text(MessageSourceResolvable error, Locale locale) {
        return messages.getMessage(error, locale);
    }

    private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /**
     * The database cannot be reached right now: a transient failure, a failed connect (server down or restarting), a
     * broken connection or transaction, or no pooled connection free within the acquire timeout. Callers get a 503 with Retry-After.
     */
    private static boolean databaseUnavailable(Throwable error) {
        return hasCause(error, TransientDataAccessException.class) || hasCause(error, DataAccessResourceFailureException.class)
                || hasCause(error, R2dbcNonTransientResourceException.class) || hasCause(error, R2dbcTransientResourceException.class)
                || hasCause(error, PoolAcquireTimeoutException.class)
                || hasCause(error, CannotCreateTransactionException.class) || hasCause(error, TransactionSystemException.class);
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
