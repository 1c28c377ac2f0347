package io.lastmilehub.hub.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The API, the operations console and the SOAP services need a tenant's key; published schemas, the API's OpenAPI
 * description (with Swagger UI) and the health checks are public, and so are the device intake, which accepts only
 * devices bound to a vehicle (and checks their secrets), the carriers' webhooks, which are signed, and the tracking
 * page, whose unguessable token is its key. The metrics need the metrics collector's own credential.
 */
@Configuration
public class SecurityConfig {

    private static final String API_UNAUTHORIZED =
            "{\"error\":\"unauthorized\",\"message\":\"a valid X-Api-Key header (or Basic tenant:key) is required\"}";
    private static final String METRICS_UNAUTHORIZED = "{\"error\":\"unauthorized\",\"message\":"
            + "\"HTTP Basic with the metrics credential (lastmile.metrics) is required\"}";
    private static final String SOAP_UNAUTHORIZED = "{\"error\":\"unauthorized\",\"message\":"
            + "\"HTTP Basic with the tenant and one of its API keys (or a WS-Security UsernameToken) is required\"}";

    /** The KPI dashboard page (ReportDashboardController), a page a browser logs in to with HTTP Basic. */
    private static final String DASHBOARD = "/api/v1/reports/dashboard";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, TenantDirectory tenants) throws Exception {
        return http
                .securityMatcher("/api/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyAuthenticationFilter(tenants), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("TENANT"))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    if (DASHBOARD.equals(request.getRequestURI())) {
                        // A browser opening the dashboard asks for the tenant and key; API clients see no prompt.
                        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"LastMile Hub\"");
                    }
                    unauthorized(response, API_UNAUTHORIZED);
                }))
                .build();
    }

    /**
     * The operations console: pages a browser logs in to with HTTP Basic (the tenant id and one of its keys), or that
     * a client opens with {@code X-Api-Key}, as the API. Its forms post only from the console's own pages
     * ({@link SameOriginPosts}).
     */
    @Bean
    @Order(0)
    SecurityFilterChain consoleSecurity(HttpSecurity http, TenantDirectory tenants) throws Exception {
        return http
                .securityMatcher("/console/**", "/console")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyAuthenticationFilter(tenants), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new SameOriginPosts(), ApiKeyAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasRole("TENANT"))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"LastMile Hub\"");
                    unauthorized(response, API_UNAUTHORIZED);
                }))
                .build();
    }

    /**
     * The SOAP services (CXF servlet): HTTP Basic with a tenant's id and API key is checked here, a wrong one answers
     * 401. Calls without it go on to CXF, whose WS-Security interceptor then demands a UsernameToken, so no call is
     * anonymous. The WSDL and its schemas ({@code ?wsdl}, {@code ?xsd=}) are published contracts and public, like
     * {@code /schema/}.
     */
    @Bean
    @Order(2)
    SecurityFilterChain soapSecurity(HttpSecurity http, TenantDirectory tenants) throws Exception {
        return http
                // The CXF servlet's own path: an MVC pattern would match within the DispatcherServlet only.
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/soap/**"))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .anonymous(AbstractHttpConfigurer::disable)
                .authenticationManager(new ProviderManager(new TenantKeyAuthenticationProvider(tenants)))
                // The status itself, not sendError: an error dispatch would meet the closed chain below (403).
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"LastMile Hub\"");
                    unauthorized(response, SOAP_UNAUTHORIZED);
                }))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }

    /**
     * The Prometheus metrics: HTTP Basic with the credential of {@link MetricsProperties}, nobody else. They name no
     * order or customer, but they show every tenant's traffic, so a tenant's key does not open them.
     */
    @Bean
    @Order(3)
    SecurityFilterChain metricsSecurity(HttpSecurity http, MetricsCredential credential) throws Exception {
        return http
                .securityMatcher("/actuator/prometheus")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(new ProviderManager(credential))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"LastMile Hub metrics\"");
                    unauthorized(response, METRICS_UNAUTHORIZED);
                }))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(MetricsCredential.ROLE))
                .build();
    }

    /**
     * Public: what describes the hub's interfaces, not its data (the canonical schemas, the OpenAPI description and
     * Swagger UI), the health checks a load balancer or Kubernetes probes, and the endpoints that check a key of
     * their own (the class comment).
     */
    @Bean
    @Order(4)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/schema/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                        "/swagger-ui.html", "/swagger-ui/**", "/actuator/health/**", "/actuator/health",
                        "/devices/**", "/track/**", "/carriers/*/webhooks")
                .csrf(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }

    /**
     * Anything not named above is closed, so a new endpoint is never public by accident. An error dispatch (Spring's
     * {@code /error} rendering a failure of a request its own chain let through) is let through, so that a client sees
     * the failure's status instead of a 403.
     */
    @Bean
    @Order(5)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    /** 401 in the hub's JSON error format, written here: a sendError would meet the closed chain (403). */
    private static void unauthorized(HttpServletResponse response, String body) throws IOException {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
