package io.lastmilehub.hub;

import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.Samples;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The file inbox defined only in YAML (config/routes: the file-inbox template and its demo instance): a Shopify
 * order dropped into the directory becomes an order, with no Java of its own.
 */
class FileInboxIT extends HubIntegrationTest {

    private final Path inbox = DATA_DIR.resolve("inbox/demo/shopify");

    @Test
    void aShopifyOrderDroppedIntoTheInboxBecomesAnOrder() throws Exception {
        Files.createDirectories(inbox);
        Path partial = Files.write(inbox.resolve("order-8001.json.part"), Samples.shopifyOrderNumbered(8001));
        Files.move(partial, inbox.resolve("order-8001.json"));

        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/v1/orders?status=RECEIVED", DEMO_KEY)
                .getBody().contains("\"#8001\""));
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.notExists(inbox.resolve("order-8001.json")));
    }

    @Test
    void aBadFileEndsInTheDeadLetterStoreWithItsReason() throws Exception {
        Files.createDirectories(inbox);
        Path partial = Files.writeString(inbox.resolve("broken.json.part"),
                Samples.NO_SHIPPING_ADDRESS.replace("42", "99"), StandardCharsets.UTF_8);
        Files.move(partial, inbox.resolve("broken.json"));

        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/v1/dead-letters", DEMO_KEY).getBody()
                .contains("broken.json"));
        assertThat(get("/api/v1/dead-letters", DEMO_KEY).getBody()).contains("shipping_address");
    }
}
