package cn.gov.nantong.govmedia.common.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/** Every error raised in a controller becomes RFC 9457 problem details. */
@RestControllerAdvice
class ApiExceptionHandler {

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final ProblemMapper mapper;

    ApiExceptionHandler(ProblemMapper mapper) {
        this.mapper = mapper;
    }

    @ExceptionHandler(Throwable.class)
    ResponseEntity<Problem> handle(Throwable error, ServerWebExchange exchange) {
        Problem problem = mapper.map(error, exchange);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status()).contentType(PROBLEM_JSON);
        if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.header(HttpHeaders.RETRY_AFTER, ProblemMapper.RETRY_AFTER_SECONDS);
        }
        return response.body(problem);
    }
}
