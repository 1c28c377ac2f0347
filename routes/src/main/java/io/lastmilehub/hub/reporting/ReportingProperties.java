package io.lastmilehub.hub.reporting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reporting, under {@code lastmile.reporting.*} (docs/reporting.md).
 *
 * @param harshSpeedKmh the speed, in km/h, above which a vehicle's position counts as harsh speed: each passage from
 *                      at or below it to above it is one harsh speed event of the vehicle's day (a delivery van in
 *                      town has no business above 90 km/h)
 * @param gaugeRefresh  how often the Prometheus gauges of the headline KPIs (today's, per tenant) are computed again;
 *                      a scrape only reads the last figures
 */
@ConfigurationProperties("lastmile.reporting")
public record ReportingProperties(@DefaultValue("90") double harshSpeedKmh,
                                  @DefaultValue("5m") Duration gaugeRefresh) {
}
