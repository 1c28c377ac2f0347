package io.lastmilehub.hub.reporting;

import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.model.Depot;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The headline KPIs of each tenant's day so far as Prometheus gauges, tagged with the tenant: on-time rate,
 * first-attempt rate, deliveries, and the average minutes from received to delivered. Today is the day of the
 * tenant's first depot. One aggregation per tenant every {@code lastmile.reporting.gauge-refresh}; a scrape only
 * reads the last figures (NaN for a rate over nothing). Every hub instance refreshes its own, without a lock: each
 * instance is scraped on its own and must show the figures, and the refresh only reads.
 */
@Component
class KpiGauges implements SchedulingConfigurer {

    static final String ON_TIME_RATE = "lastmile.kpi.on.time.rate";
    static final String FIRST_ATTEMPT_RATE = "lastmile.kpi.first.attempt.rate";
    static final String DELIVERIES_TODAY = "lastmile.kpi.deliveries.today";
    static final String DELIVERY_MINUTES = "lastmile.kpi.delivery.time.average.minutes";
    private static final Logger LOG = LoggerFactory.getLogger(KpiGauges.class);

    private final HubProperties hub;
    private final FleetRegistry fleets;
    private final KpiQueries queries;
    private final ReportingProperties properties;
    private final Clock clock;
    private final Map<String, Today> today = new ConcurrentHashMap<>();

    KpiGauges(HubProperties hub, FleetRegistry fleets, KpiQueries queries, ReportingProperties properties,
              MeterRegistry meters, Clock clock) {
        this.hub = hub;
        this.fleets = fleets;
        this.queries = queries;
        this.properties = properties;
        this.clock = clock;
        for (String tenant : hub.tenants().keySet()) {
            today.put(tenant, Today.NONE);
            gauge(meters, tenant, ON_TIME_RATE, Today::onTimeRate, "delivered inside the window / with a window");
            gauge(meters, tenant, FIRST_ATTEMPT_RATE, Today::firstAttemptRate,
                    "delivered at the first attempt / first attempts");
            gauge(meters, tenant, DELIVERIES_TODAY, Today::deliveries, "stops delivered on their planned day");
            gauge(meters, tenant, DELIVERY_MINUTES, Today::averageMinutes, "received to delivered, average");
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::refresh, properties.gaugeRefresh());
    }

    /** Computes every tenant's figures of today again. */
    void refresh() {
        for (String tenant : hub.tenants().keySet()) {
            try {
                LocalDate day = LocalDate.now(clock.withZone(zoneOf(tenant)));
                KpiFilter filter = new KpiFilter(tenant, day, day, null, null, null, null, null, null, Grouping.DAY,
                        KpiQuery.DEFAULT_ETA_MARGIN_MINUTES);
                KpiQueries.Figures figures = queries.figures(filter).get(day);
                today.put(tenant, figures == null ? Today.NONE : Today.of(figures));
            } catch (RuntimeException e) {
                LOG.warn("KPI gauges of tenant {} not refreshed: {}", tenant, e.toString());
            }
        }
    }

    private void gauge(MeterRegistry meters, String tenant, String name, ToDoubleFunction<Today> value,
                       String description) {
        Gauge.builder(name, () -> value.applyAsDouble(today.get(tenant))).tag("tenant", tenant)
                .description(description).register(meters);
    }

    private ZoneId zoneOf(String tenant) {
        return fleets.fleetOf(tenant).depots().stream().findFirst().map(Depot::getZoneId).map(ZoneId::of)
                .orElse(ZoneId.of("UTC"));
    }

    /** One tenant's figures of today. */
    private record Today(double onTimeRate, double firstAttemptRate, double deliveries, double averageMinutes) {

        static final Today NONE = new Today(Double.NaN, Double.NaN, 0, Double.NaN);

        static Today of(KpiQueries.Figures figures) {
            return new Today(orNaN(figures.onTime().rate()),
                    orNaN(figures.firstAttempt(Map.of()).rate()), figures.onTime().delivered(),
                    orNaN(figures.delivery().averageMinutes()));
        }

        private static double orNaN(Double value) {
            return value == null ? Double.NaN : value;
        }
    }
}
