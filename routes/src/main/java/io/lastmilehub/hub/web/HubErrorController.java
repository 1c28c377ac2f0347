package io.lastmilehub.hub.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * Renders the errors that never reached a controller advice (raised by Tomcat, a servlet filter, the security chains
 * or the CXF servlet, then dispatched to {@code /error}) in the hub's JSON error format, in place of Spring Boot's
 * {@code {"timestamp","status","error","message","path"}}. The status tells the reason; the exception's message, which
 * may quote the payload or name Java types, is never shown.
 */
@Controller
public class HubErrorController implements ErrorController {

    private final ObjectMapper json;

    public HubErrorController(ObjectMapper json) {
        this.json = json;
    }

    /** Written directly, so that no Accept header can turn the error into a 406. */
    @RequestMapping("${server.error.path:/error}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatusCode status = HttpStatusCode.valueOf(statusOf(request));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ApiError.of(status, reason(status, request)));
    }

    private static int statusOf(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code && code >= 400 ? code : HttpStatus.INTERNAL_SERVER_ERROR.value();
    }

    private static String reason(HttpStatusCode status, HttpServletRequest request) {
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return "no such endpoint: " + request.getMethod() + " "
                    + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        }
        if (status.value() == HttpStatus.PAYLOAD_TOO_LARGE.value()) {
            return "the body is larger than the hub takes";
        }
        if (status.is5xxServerError()) {
            return "the hub could not process the request; the failure is in its log";
        }
        return ApiError.reasonPhrase(status);
    }
}
