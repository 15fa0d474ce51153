package org.moralbase.api.rest;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Any other request under {@code /api/v1} (but springdoc's): a 405 problem detail when the path is an endpoint's with another method, else
 * 404. Without it the request would fall through to Vaadin, whose servlet answers every path no controller takes.
 */
@RestController
@Hidden
class UnknownPathController {

    private static final String NOT_SPRINGDOC =
            "{first:(?!swagger-ui$|docs$|openapi\\.json$).+}"; // one segment: a capture never spans a /

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnknownPathController(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    // not springdoc's description and page, which are resources served after every controller
    @RequestMapping({"/api/v1/" + NOT_SPRINGDOC, "/api/v1/" + NOT_SPRINGDOC + "/**"})
    void unknown(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        Set<String> allowed = new TreeSet<>();
        mappings.getObject().getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType() != UnknownPathController.class
                    && info.getPathPatternsCondition() != null
                    && info.getPathPatternsCondition().getMatchingCondition(request) != null) {
                info.getMethodsCondition().getMethods().forEach(m -> allowed.add(m.name()));
            }
        });
        if (!allowed.isEmpty()) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
        }
        throw new ApiExceptionHandler.NotFound(
                "No such endpoint: " + request.getMethod() + " " + request.getRequestURI() + " (see /api/v1/docs)");
    }
}
