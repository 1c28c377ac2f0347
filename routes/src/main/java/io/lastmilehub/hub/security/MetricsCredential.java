package io.lastmilehub.hub.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic for the metrics collector: its user and password of {@link MetricsProperties}, compared as
 * {@link Secrets}. A tenant's key does not open the metrics, which describe every tenant's traffic.
 */
@Component
public class MetricsCredential implements AuthenticationProvider {

    /** The role the metrics chain asks for. */
    static final String ROLE = "METRICS";
    private static final Logger LOG = LoggerFactory.getLogger(MetricsCredential.class);

    private final MetricsProperties settings;

    public MetricsCredential(MetricsProperties settings) {
        this.settings = settings;
    }

    @Override
    public Authentication authenticate(Authentication presented) {
        Object password = presented.getCredentials();
        if (!settings.configured() || !settings.username().equals(presented.getName())
                || !Secrets.matches(password == null ? null : password.toString(), settings.password())) {
            throw new BadCredentialsException("not the metrics credential");
        }
        return UsernamePasswordAuthenticationToken.authenticated(presented.getName(), null,
                AuthorityUtils.createAuthorityList("ROLE_" + ROLE));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @EventListener(ApplicationReadyEvent.class)
    void logTheCredentialsState() {
        if (!settings.configured()) {
            LOG.info("No metrics credential (lastmile.metrics.username and password): nobody reads "
                    + "/actuator/prometheus");
        } else if (!settings.password().startsWith(Secrets.HASHED)) {
            LOG.warn("Demo credential: metrics user '{}' reads /actuator/prometheus with password {} (configured in "
                    + "clear; use sha256:<hex> outside a demo)", settings.username(), settings.password());
        }
    }
}
