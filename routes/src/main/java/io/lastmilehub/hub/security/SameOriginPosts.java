package io.lastmilehub.hub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a console form posted from another site. A browser that logged in to the console with HTTP Basic sends the
 * credentials with any request to it, also one a foreign page makes it send; browsers name that page's origin in
 * {@code Origin} (and say {@code Sec-Fetch-Site: cross-site}), so a post whose origin is not the console's own is
 * answered 403. Clients that are not browsers send neither header and are let through: they hold the key themselves.
 */
public class SameOriginPosts extends OncePerRequestFilter {

    private static final String CROSS_SITE = "{\"error\":\"forbidden\",\"message\":"
            + "\"a console form may only be posted from the console itself\"}";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isSafe(request.getMethod()) && isForeign(request)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getOutputStream().write(CROSS_SITE.getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isSafe(String method) {
        return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method)
                || HttpMethod.OPTIONS.matches(method);
    }

    private static boolean isForeign(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        try {
            String host = request.getHeader(HttpHeaders.HOST);
            return host == null || !host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }
}
