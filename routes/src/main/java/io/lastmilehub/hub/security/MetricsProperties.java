package io.lastmilehub.hub.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The credential a metrics collector (Prometheus) presents, with HTTP Basic, to read {@code /actuator/prometheus}
 * (docs/observability.md). Without both, nobody reads the metrics.
 *
 * @param username the user name the metrics collector sends
 * @param password the metrics collector's password, in clear (demo only) or as {@code sha256:<hex>}
 */
@ConfigurationProperties("lastmile.metrics")
public record MetricsProperties(String username, String password) {

    /** Whether a credential is configured at all. */
    public boolean configured() {
        return username != null && !username.isBlank() && password != null && !password.isBlank();
    }
}
