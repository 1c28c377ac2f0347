package io.lastmilehub.hub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Authenticates a request by its {@code X-Api-Key} header, or by HTTP Basic with the tenant as user name and one of
 * its API keys as password (what SAP HTTP ports and many ERPs can send). The principal's name is the tenant id.
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Api-Key";

    private final TenantDirectory tenants;

    public ApiKeyAuthenticationFilter(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String apiKey = request.getHeader(HEADER);
        Optional<String> tenant = apiKey != null ? tenants.tenantForKey(apiKey)
                : basicCredentials(request.getHeader("Authorization"));
        tenant.ifPresent(id -> SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(id, null,
                        AuthorityUtils.createAuthorityList("ROLE_TENANT"))));
        chain.doFilter(request, response);
    }

    /** The tenant of Basic credentials whose password is that tenant's key; empty for anything else. */
    private Optional<String> basicCredentials(String authorization) {
        return BasicCredentials.of(authorization).flatMap(credentials -> tenants.tenantForKey(credentials.password())
                .filter(credentials.user()::equals));
    }
}
