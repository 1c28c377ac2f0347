package io.lastmilehub.hub.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** HTTP Basic for tenants: the user is the tenant id, the password one of its API keys. */
public class TenantKeyAuthenticationProvider implements AuthenticationProvider {

    private final TenantDirectory tenants;

    public TenantKeyAuthenticationProvider(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @Override
    public Authentication authenticate(Authentication presented) {
        Object key = presented.getCredentials();
        if (!tenants.authenticates(presented.getName(), key == null ? null : key.toString())) {
            throw new BadCredentialsException("not a key of this tenant");
        }
        return UsernamePasswordAuthenticationToken.authenticated(presented.getName(), null,
                AuthorityUtils.createAuthorityList("ROLE_TENANT"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
