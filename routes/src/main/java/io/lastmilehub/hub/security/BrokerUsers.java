package io.lastmilehub.hub.security;

import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.hub.config.InvalidSettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * The systems outside the hub that may connect to the broker's acceptor ({@code lastmile.broker.users}), each for one
 * tenant. Passwords are configured and compared as {@link Secrets}.
 */
@Component
public class BrokerUsers {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerUsers.class);

    private final Map<String, HubProperties.BrokerUser> users;

    public BrokerUsers(HubProperties properties) {
        this.users = properties.broker().users();
        users.forEach((user, settings) -> {
            String key = "lastmile.broker.users." + user;
            if (settings.tenant() == null || !properties.tenants().containsKey(settings.tenant())) {
                throw new InvalidSettingException(key + ".tenant", String.valueOf(settings.tenant()),
                        "not a tenant of lastmile.tenants");
            }
            if (settings.password() == null || settings.password().isBlank()) {
                throw new InvalidSettingException(key + ".password", "", "a broker user needs a password");
            }
        });
    }

    /** The tenant of the user, if the password is the user's. */
    public Optional<String> tenantOf(String user, String password) {
        return Optional.ofNullable(user == null ? null : users.get(user))
                .filter(settings -> Secrets.matches(password, settings.password()))
                .map(HubProperties.BrokerUser::tenant);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnAboutClearTextPasswords() {
        users.forEach((user, settings) -> {
            if (!settings.password().startsWith(Secrets.HASHED)) {
                LOG.warn("Demo credential: broker user '{}' (tenant '{}') connects with password {} (configured in "
                        + "clear; use sha256:<hex> outside a demo)", user, settings.tenant(), settings.password());
            }
        });
    }
}
