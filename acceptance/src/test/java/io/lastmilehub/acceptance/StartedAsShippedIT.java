package io.lastmilehub.acceptance;

import io.lastmilehub.acceptance.support.AcceptanceTest;
import io.lastmilehub.acceptance.support.HubClient;
import io.lastmilehub.acceptance.support.HubProcess;
import io.lastmilehub.acceptance.support.Orders;
import io.lastmilehub.acceptance.support.Repository;
import jakarta.jms.JMSSecurityException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hub as a new user starts it: {@code java -jar} in a directory that holds a copy of {@code config/} and nothing
 * else, no property but the ports. A start-up crash of the shipped configuration, like issue 11's
 * NullPointerException on the empty default of {@code lastmile.edi.extra-partner-dirs}, fails here (and every other
 * case on the shared hub): the hub never reports UP, and the failure shows its log.
 */
@AcceptanceTest
class StartedAsShippedIT {

    @Test
    void startedFromACopyOfConfigItIsUpAndTakesTheReadmesFirstOrder(HubProcess hub) throws IOException {
        HubClient client = new HubClient(hub);

        HttpResponse<String> health = client.getPublic("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(HubClient.json(health).path("status").asText()).isEqualTo("UP");

        HttpResponse<String> first = client.post("/api/v1/inbound/shopify", HubClient.JSON,
                Repository.sampleBytes("ecommerce/shopify-order.json"));
        assertThat(Orders.accepted(first)).startsWith("ord-");

        try (Stream<Path> made = Files.list(hub.runDirectory())) {
            assertThat(made.map(path -> path.getFileName().toString()))
                    .as("the hub keeps everything under ./data").containsExactlyInAnyOrder("config", "data");
        }
    }

    @Test
    void aSettingThatCannotWorkStopsTheStartWithOneLineAndANonZeroExit() {
        HubProcess.Refusal refusal = HubProcess.startRefused("--lastmile.edi.extra-partner-dirs=partners-nowhere");

        assertThat(refusal.exitStatus()).as(refusal.log()).isNotZero().isNotEqualTo(-1);
        assertThat(refusal.log()).contains("lastmile.edi.extra-partner-dirs: 'partners-nowhere': no such directory");
    }

    @Test
    void anAnonymousJmsClientIsRefusedByTheBroker(HubProcess hub) {
        assertThatThrownBy(() -> new ActiveMQConnectionFactory(hub.brokerUrl()).createConnection().close())
                .isInstanceOf(JMSSecurityException.class);
    }
}
