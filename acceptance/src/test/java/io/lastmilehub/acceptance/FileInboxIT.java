package io.lastmilehub.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.acceptance.support.AcceptanceTest;
import io.lastmilehub.acceptance.support.HubClient;
import io.lastmilehub.acceptance.support.HubProcess;
import io.lastmilehub.acceptance.support.Orders;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shop's export dropped into the file inbox of config/routes/inboxes.camel.yaml ({@code ./data/inbox/demo/shopify}
 * under the directory the hub runs in) becomes an order, and the file moves to {@code .done/}: the same message
 * posted afterwards is a duplicate of that order.
 */
@AcceptanceTest
class FileInboxIT {

    private static final int SHOP_ORDER = 7001;

    @Test
    void aFileInTheInboxBecomesAnOrderAndIsMovedToDone(HubProcess hub) throws IOException {
        Path inbox = hub.runDirectory().resolve("data/inbox/demo/shopify");
        byte[] export = Orders.shopifyNumbered(SHOP_ORDER);

        Files.write(inbox.resolve("order-" + SHOP_ORDER + ".json"), export);

        await().atMost(Duration.ofSeconds(30)).until(() -> done(inbox).anyMatch(
                file -> file.getFileName().toString().equals("order-" + SHOP_ORDER + ".json")));
        assertThat(inbox.resolve("order-" + SHOP_ORDER + ".json")).doesNotExist();
        HttpResponse<String> again = new HubClient(hub).post("/api/v1/inbound/shopify", HubClient.JSON, export);
        JsonNode answer = HubClient.json(again);
        assertThat(answer.path("duplicate").asBoolean()).as(again.body()).isTrue();
        String orderId = Orders.accepted(again);
        assertThat(new HubClient(hub).getJson("/api/v1/orders/" + orderId).path("references").path("shopOrder")
                .asText()).isEqualTo("#" + SHOP_ORDER);
    }

    /** The files under .done/ (one directory per day). */
    private static Stream<Path> done(Path inbox) throws IOException {
        Path done = inbox.resolve(".done");
        if (!Files.isDirectory(done)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(done)) {
            return files.filter(Files::isRegularFile).toList().stream();
        }
    }
}
