package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.spi.InboundFormats;
import io.lastmilehub.hub.docs.BadInputTable;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every inbound format refuses a body it cannot read (cut off in the middle, binary garbage, empty, and the inputs
 * that crashed a parser under fuzzing) with a 400 in the hub's error format that says what is wrong, keeps it as a
 * dead letter byte for byte, and never echoes it (the marker e-mail address below) nor shows a Java name. How many of
 * these 400s name the field and the reason is the figure in docs/bad-input.md ({@link BadInputTable}).
 */
class MalformedInboundIT extends HubIntegrationTest {

    private static final String MARKER = "bob.malformed@example.com";
    private static final String JSON_CUT = "{\"id\": 1, \"email\": \"" + MARKER + "\", \"line_items\": [{\"sku\": \"A";
    private static final String XML_CUT = "<?xml version=\"1.0\"?><deliveryOrder><email>" + MARKER
            + "</email><shipTo><name>Ali";
    /** A body cut off in the middle, in each format's own syntax. */
    private static final Map<String, String> TRUNCATED = Map.ofEntries(
            Map.entry("canonical-json", JSON_CUT),
            Map.entry("shopify", JSON_CUT),
            Map.entry("woocommerce", JSON_CUT),
            Map.entry("magento", JSON_CUT),
            Map.entry("wms-json", JSON_CUT),
            Map.entry("aftership", JSON_CUT),
            Map.entry("easypost", JSON_CUT),
            Map.entry("ups-track", JSON_CUT),
            Map.entry("fedex-track", JSON_CUT),
            Map.entry("dhl-tracking", JSON_CUT),
            Map.entry("parcel-status-csv", "parcel_number,status,timestamp\n\"0123456789,DELIVERED," + MARKER),
            Map.entry("canonical-xml", XML_CUT),
            Map.entry("idoc", XML_CUT),
            Map.entry("wms-csv", "order_id,ship_to_name,email\n\"WO-1,Alice," + MARKER),
            Map.entry("x12", "ISA*00*          *00*          *ZZ*" + MARKER + "*ZZ*LASTMILE"),
            Map.entry("edifact", "UNA:+.? 'UNB+UNOA:2+" + MARKER + "+LASTMILE"));
    /** Inputs that crashed a parser under fuzzing (docs/bad-input.md), by the formats they were found in. */
    private static final String JSON_HUGE_EXPONENT = "{\"id\": 1, \"email\": \"" + MARKER + "\", \"total_weight\": "
            + "255851e10000008046}";
    private static final String CSV_BROKEN_HEADER = "order_id,\"event,email\nWO-1,SHIPPED," + MARKER + "\n";
    private static final Map<String, String> FUZZ_FINDINGS = Map.ofEntries(
            Map.entry("canonical-json", JSON_HUGE_EXPONENT),
            Map.entry("shopify", JSON_HUGE_EXPONENT),
            Map.entry("woocommerce", JSON_HUGE_EXPONENT),
            Map.entry("magento", JSON_HUGE_EXPONENT),
            Map.entry("wms-json", JSON_HUGE_EXPONENT),
            Map.entry("aftership", JSON_HUGE_EXPONENT),
            Map.entry("easypost", JSON_HUGE_EXPONENT),
            Map.entry("ups-track", JSON_HUGE_EXPONENT),
            Map.entry("fedex-track", JSON_HUGE_EXPONENT),
            Map.entry("dhl-tracking", JSON_HUGE_EXPONENT),
            Map.entry("wms-csv", CSV_BROKEN_HEADER),
            Map.entry("parcel-status-csv", CSV_BROKEN_HEADER));
    private static final BadInputTable TABLE = new BadInputTable();

    private final ObjectMapper json = new ObjectMapper();

    static Stream<Arguments> malformedBodies() {
        return TRUNCATED.keySet().stream().sorted().flatMap(format -> Stream.concat(Stream.of(
                Arguments.of(format, "truncated", utf8(TRUNCATED.get(format))),
                Arguments.of(format, "binary garbage", garbage(format.hashCode())),
                Arguments.of(format, "empty", new byte[0])),
                Stream.ofNullable(FUZZ_FINDINGS.get(format))
                        .map(finding -> Arguments.of(format, "fuzz finding", utf8(finding)))));
    }

    @Test
    void everyRegisteredFormatIsInTheCorpus() {
        assertThat(TRUNCATED.keySet()).containsExactlyInAnyOrderElementsOf(InboundFormats.load().names());
    }

    @AfterAll
    static void theFigureInTheDocsIsWhatWasMeasured() {
        TABLE.assertDocumented();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("malformedBodies")
    void aBodyTheFormatCannotReadIs400AndADeadLetter(String format, String kind, byte[] body) throws Exception {
        ResponseEntity<String> answer = post("/api/v1/inbound/" + format, DEMO_KEY, body,
                MediaType.APPLICATION_OCTET_STREAM);

        JsonNode error = json.readTree(answer.getBody());
        TABLE.record(format, answer.getStatusCode().value() == 400 && namesFieldAndReason(error.path("violations")));
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(error.path("error").asText()).isIn("invalid_message", "invalid_request");
        assertThat(error.path("message").asText()).isNotBlank();
        assertThat(answer.getBody()).doesNotContain(MARKER)
                .doesNotContainPattern("(?i)exception|org\\.|java\\.|com\\.|\\.java");
        if (body.length > 0) {
            String deadLetter = error.path("deadLetter").asText();
            assertThat(deadLetter).as("kept as a dead letter").isNotBlank();
            assertThat(http.exchange("/api/v1/dead-letters/" + deadLetter + "/payload", HttpMethod.GET,
                    new HttpEntity<>(apiKey()), byte[].class).getBody()).isEqualTo(body);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean namesFieldAndReason(JsonNode violations) {
        return violations.isArray() && !violations.isEmpty() && StreamSupport.stream(violations.spliterator(), false)
                .allMatch(v -> !v.path("field").asText().isBlank() && !v.path("reason").asText().isBlank());
    }

    private static HttpHeaders apiKey() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", DEMO_KEY);
        return headers;
    }

    /** Bytes of every value with the marker amid them, the same for a format on every run. */
    private static byte[] garbage(long seed) {
        byte[] noise = new byte[512];
        new Random(seed).nextBytes(noise);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(noise);
        body.writeBytes(MARKER.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(noise);
        return body.toByteArray();
    }
}
