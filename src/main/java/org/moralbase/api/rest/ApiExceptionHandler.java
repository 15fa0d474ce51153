package org.moralbase.api.rest;

import java.util.List;
import java.util.Map;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.models.ModelNotFoundException;
import org.moralbase.study.StudyNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error of an API controller as an RFC 9457 problem detail: a refusal naming a field ("Title: 1–200
 * characters") as 400 with {@code field}, an import's problems with line and field, a study one may not see as 404,
 * a role one lacks as 403; Spring MVC's own errors (a malformed body, 413 for an upload too large, 405, …) through
 * {@link ResponseEntityExceptionHandler}.
 */
// for every handler, not only this package's: a wrong method (405) or an unreadable request fails before a handler
// is chosen; the API's controllers and springdoc's are the application's only Spring MVC handlers
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail refused(IllegalArgumentException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, e.getMessage());
        fieldOf(e.getMessage()).ifPresent(field -> problem.setProperty("field", field));
        return problem;
    }

    @ExceptionHandler(ImportException.class)
    ProblemDetail importRefused(ImportException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("The file was not imported");
        List<Map<String, Object>> problems = e.problems().stream()
                .map(p -> {
                    Map<String, Object> one = new java.util.LinkedHashMap<>();
                    one.put("file", p.file());
                    one.put("line", p.line());
                    if (p.element() >= 0) {
                        one.put("element", p.element());
                    }
                    one.put("field", p.field());
                    one.put("reason", p.reason());
                    one.put("message", p.message());
                    return one;
                })
                .toList();
        problem.setProperty("problems", problems);
        problem.setProperty("truncated", e.truncated());
        return problem;
    }

    @ExceptionHandler({
        StudyNotFoundException.class,
        ModelNotFoundException.class,
        NotFound.class,
        org.moralbase.webhooks.WebhookNotFoundException.class,
        org.moralbase.annotation.ProjectNotFoundException.class,
        org.moralbase.participation.ParticipantErasure.NoSuchParticipantException.class
    })
    ProblemDetail notFound(RuntimeException e) {
        return Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "The token's account may not do this.");
    }

    /** A body that is not JSON or does not fit the request's record: which field, without the parser's internals. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Body: not the JSON this request takes");
        Throwable cause = e.getCause();
        Throwable root = cause;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IllegalArgumentException refusal && refusal.getMessage() != null) {
            // a record refused its values in its constructor, in our words ("Code: lower-case letters, …")
            problem.setDetail(refusal.getMessage());
            fieldOf(refusal.getMessage()).ifPresent(field -> problem.setProperty("field", field));
        } else if (cause instanceof DatabindException bad && !bad.getPath().isEmpty()) {
            String field = bad.getPath().getLast().getPropertyName();
            if (field != null) {
                problem.setProperty("field", field);
                problem.setDetail(field + ": missing or not a value of the right type");
            }
        }
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A multipart body past the upload limit, refused by the container while it streams in: our limit, in words. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "The file is larger than the limit of "
                        + ImportLimits.size(ImportLimits.withDefaults().maxBytes()) + "; nothing was imported");
        problem.setTitle("The file was not imported");
        return handleExceptionInternal(e, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
    }

    /** "Title: 1–200 characters" names the field Title; a message without a short lead-in names none. */
    static java.util.Optional<String> fieldOf(String message) {
        if (message == null) {
            return java.util.Optional.empty();
        }
        int colon = message.indexOf(':');
        if (colon < 1 || colon > 40 || message.substring(0, colon).contains(".")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(message.substring(0, colon));
    }

    @ExceptionHandler(SecondFactorRequired.class)
    ProblemDetail secondFactor(SecondFactorRequired e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, e.getMessage());
        problem.setProperty("field", "code");
        return problem;
    }

    /** A token asked for with the password of an account with a second factor, without its right code. */
    static final class SecondFactorRequired extends RuntimeException {
        SecondFactorRequired(String message) {
            super(message);
        }
    }

    /** A resource other than a study that the caller cannot see or that does not exist. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
