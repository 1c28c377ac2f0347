package io.lastmilehub.hub.tracking;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.web.Outages;
import io.lastmilehub.hub.web.RawBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Answers device reports ({@code GET} or {@code POST /devices/<protocol>}) before Spring Security's chains and Spring
 * MVC. A device sends a position every few seconds, and in a profile of 16 devices reporting, the generic request
 * handling around the report (handler lookup, argument resolution, content negotiation, the security chain of a
 * public endpoint) cost twice what taking the position did. Nothing is lost by skipping it: these endpoints are
 * public to the security chains, each report proves its device itself ({@link DeviceReports}), and the body limit
 * ({@code BoundedRequestBodies}) and the HTTP metrics (this request is tagged {@code /devices/{protocol}}) come
 * before this filter. Anything else on the path goes on to Spring MVC, as before.
 */
public class DeviceReportFilter extends OncePerRequestFilter {

    static final String PATH_PATTERN = "/devices/{protocol}";
    private static final Pattern PROTOCOL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final String PREFIX = "/devices/";

    private final DeviceReports reports;
    private final ObjectMapper json;

    public DeviceReportFilter(DeviceReports reports, ObjectMapper json) {
        this.reports = reports;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "POST".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String protocol = protocolOf(request);
        if (protocol == null) {
            chain.doFilter(request, response);
            return;
        }
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(observation -> observation.setPathPattern(PATH_PATTERN));
        RawBody body = new RawBody(request.getInputStream().readAllBytes(), request.getContentType());
        ResponseEntity<Object> answer;
        try {
            answer = reports.report(protocol, request.getQueryString(), body,
                    request.getHeader(HttpHeaders.AUTHORIZATION), null);
        } catch (RuntimeException e) {
            if (!Outages.isOutage(e)) {
                throw e; // the error page answers 500, as for any endpoint
            }
            answer = Outages.answer(null);
        }
        write(answer, response);
    }

    /** The protocol named by a path of exactly {@code /devices/<name>}, or null. */
    private static String protocolOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        String name = path.substring(PREFIX.length());
        return PROTOCOL.matcher(name).matches() ? name : null;
    }

    private void write(ResponseEntity<Object> answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.getStatusCode().value());
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Object body = answer.getBody();
        if (body == null) {
            response.setContentLength(0);
            return;
        }
        byte[] bytes = body instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                : json.writeValueAsBytes(body);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
