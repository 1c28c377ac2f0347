package io.lastmilehub.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.acceptance.support.HubClient;
import io.lastmilehub.acceptance.support.HubLogOnFailure;
import io.lastmilehub.acceptance.support.HubProcess;
import io.lastmilehub.acceptance.support.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A 202 means durable: a hub of its own is stopped (SIGTERM) and later killed (kill -9) right after it accepted
 * orders, and started again on the same ./data; every accepted order is still there, and a message sent again is
 * still a duplicate of the order it made. A message answered 202 with a job just before the kill is taken in after
 * the restart, whole and once.
 */
@ExtendWith(HubLogOnFailure.class)
class RestartIT {

    /**
     * Orders in the message sent as a job just before the kill. Its sender asks for the job (a message over the job
     * size gets one the same way, LargeBatchesIT); a few hundred keep the suite short.
     */
    private static final int BATCH = 300;
    private static final Duration JOB = Duration.ofMinutes(3);

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
            byte[] batch = Orders.canonicalBatch("restart-batch", BATCH, LocalDate.now(Orders.OTTAWA).plusDays(1));
            HttpResponse<String> job = client.postPreferringAsync("/api/v1/inbound/canonical-json", HubClient.JSON,
                    batch);
            assertThat(job.statusCode()).as(job.body()).isEqualTo(202);
            String jobPath = HubClient.json(job).path("href").asText();

            hub.kill();
            hub.start();

            assertStored(client, "after kill -9", List.of(shopOrderId, canonicalId));
            assertStored(client, "accepted (202) just before kill -9", List.of(lastOrderId));
            assertDuplicate(client, lastOrder, lastOrderId);
            assertDuplicate(client, shopOrder, shopOrderId);
            assertJobDoneOnce(client, jobPath, batch);
        }
    }

    /**
     * The job answered 202 just before the kill (queued or under way when it came) is taken in after the restart:
     * every order of it stored, once, and the message sent again answers with the same orders.
     */
    private static void assertJobDoneOnce(HubClient client, String jobPath, byte[] batch) {
        JsonNode done = HubClient.json(await().atMost(JOB).until(() -> client.get(jobPath),
                answer -> HubClient.json(answer).has("finishedAt")));
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("DONE");
        JsonNode orders = done.path("result").path("orders");
        assertThat(orders).hasSize(BATCH);
        assertStored(client, "of the job cut short by kill -9", List.of(orders.get(0).asText(),
                orders.get(BATCH - 1).asText()));
        HttpResponse<String> again = client.post("/api/v1/inbound/canonical-json", HubClient.JSON, batch);
        assertThat(HubClient.json(again).path("messageId").asText()).isEqualTo(done.path("messageId").asText());
        assertThat(HubClient.json(again).path("orders")).isEqualTo(orders);
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
