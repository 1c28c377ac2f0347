package io.lastmilehub.acceptance;

import io.lastmilehub.acceptance.support.HubClient;
import io.lastmilehub.acceptance.support.HubLogOnFailure;
import io.lastmilehub.acceptance.support.HubProcess;
import io.lastmilehub.acceptance.support.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 202 means durable: a hub of its own is stopped (SIGTERM) and later killed (kill -9) right after it accepted
 * orders, and started again on the same ./data; every accepted order is still there, and a message sent again is
 * still a duplicate of the order it made.
 */
@ExtendWith(HubLogOnFailure.class)
class RestartIT {

    @Test
    void acceptedOrdersSurviveAStopAndAKillAndAMessageSentAgainIsStillADuplicate() {
        try (HubProcess hub = HubProcess.startShipped()) {
            HubClient client = new HubClient(hub);
            byte[] shopOrder = Orders.shopifyNumbered(8001);
            String shopOrderId = Orders.accepted(client.post("/api/v1/inbound/shopify", HubClient.JSON, shopOrder));
            String canonicalId = Orders.accepted(client.postJson("/api/v1/inbound/canonical-json",
                    Orders.canonicalJson("restart-1", 45.4180, -75.6900, LocalDate.now(Orders.OTTAWA))));

            hub.stop();
            // Stopped while the intake was still at work: the database must close after the consumers, not before.
            assertThat(hub.lastRunLog()).doesNotContain("Database is already closed");
            hub.start();

            assertStored(client, "after SIGTERM", List.of(shopOrderId, canonicalId));
            assertDuplicate(client, shopOrder, shopOrderId);
            byte[] lastOrder = Orders.shopifyNumbered(8002);
            String lastOrderId = Orders.accepted(client.post("/api/v1/inbound/shopify", HubClient.JSON, lastOrder));

            hub.kill();
            hub.start();

            assertStored(client, "after kill -9", List.of(shopOrderId, canonicalId));
            assertStored(client, "accepted (202) just before kill -9", List.of(lastOrderId));
            assertDuplicate(client, lastOrder, lastOrderId);
            assertDuplicate(client, shopOrder, shopOrderId);
        }
    }

    private static void assertStored(HubClient client, String when, List<String> orderIds) {
        for (String orderId : orderIds) {
            HttpResponse<String> order = client.get("/api/v1/orders/" + orderId);
            assertThat(order.statusCode()).as("order %s %s: %s", orderId, when, order.body()).isEqualTo(200);
        }
    }

    private static void assertDuplicate(HubClient client, byte[] message, String orderId) {
        HttpResponse<String> again = client.post("/api/v1/inbound/shopify", HubClient.JSON, message);
        assertThat(Orders.accepted(again)).isEqualTo(orderId);
        assertThat(HubClient.json(again).path("duplicate").asBoolean()).as(again.body()).isTrue();
    }
}
