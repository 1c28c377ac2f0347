package io.lastmilehub.hub.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * On the endpoints that take a raw message, request parameters are those of the query string only. Asked for its
 * parameters, Tomcat would otherwise read a body sent as {@code application/x-www-form-urlencoded} (curl's default) as
 * form fields and consume it: Spring Security's firewall asks, refuses a field name with a line break in it, and the
 * message never reaches the controller. Runs before the security chains.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RawBodyRequests extends OncePerRequestFilter {

    private static final List<PathPattern> RAW_ENDPOINTS = List.of("/api/v1/inbound/**", "/carriers/*/webhooks",
                    "/devices/**", "/api/v1/telematics/**", "/soap/**").stream()
            .map(PathPatternParser.defaultInstance::parse).toList();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(
                request.getContextPath().length()));
        return RAW_ENDPOINTS.stream().noneMatch(pattern -> pattern.matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new QueryParametersOnly(request), response);
    }

    private static final class QueryParametersOnly extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        QueryParametersOnly(HttpServletRequest request) {
            super(request);
            parameters = Collections.unmodifiableMap(parse(request.getQueryString()));
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        private static Map<String, String[]> parse(String query) {
            Map<String, String[]> parsed = new LinkedHashMap<>();
            if (query == null || query.isEmpty()) {
                return parsed;
            }
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                parsed.merge(name, new String[] {value}, QueryParametersOnly::concat);
            }
            return parsed;
        }

        private static String[] concat(String[] first, String[] second) {
            String[] both = new String[first.length + second.length];
            System.arraycopy(first, 0, both, 0, first.length);
            System.arraycopy(second, 0, both, first.length, second.length);
            return both;
        }

        /** A malformed escape stays as sent: the endpoint's own decoder then names what is wrong. */
        private static String decode(String text) {
            try {
                return URLDecoder.decode(text, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return text;
            }
        }
    }
}
