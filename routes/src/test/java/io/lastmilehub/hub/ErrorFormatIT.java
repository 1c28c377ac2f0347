package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.RawAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error the hub answers, whoever raised it (a controller, Spring MVC, Tomcat, the security chains), is the
 * hub's JSON error body naming the reason, and never echoes the payload (the marker e-mail address below) nor shows
 * a Java type, method or stack.
 */
class ErrorFormatIT extends HubIntegrationTest {

    private static final String MARKER = "alice.marker@example.com";
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anUnknownApiPathIs404NamingIt() throws Exception {
        HttpResponse<String> answer = send("GET", "/api/v1/no-such-thing", null, null, "X-Api-Key", DEMO_KEY);

        JsonNode error = hubError(answer, 404, "not_found");
        assertThat(error.path("message").asText()).isEqualTo("no such endpoint: GET /api/v1/no-such-thing");
    }

    @Test
    void aWrongMethodIs405NamingTheSupportedOnes() throws Exception {
        HttpResponse<String> answer = send("PUT", "/api/v1/inbound/shopify", "text/plain", MARKER,
                "X-Api-Key", DEMO_KEY);

        JsonNode error = hubError(answer, 405, "method_not_allowed");
        assertThat(error.path("message").asText()).contains("PUT", "POST");
    }

    @Test
    void anAcceptHeaderTheHubCannotServeIs406InJsonAnyway() throws Exception {
        HttpResponse<String> answer = send("GET", "/api/v1/devices", null, null, "X-Api-Key", DEMO_KEY,
                "Accept", "application/pdf");

        hubError(answer, 406, "not_acceptable");
    }

    /** The raw-body inbound contract and the JSON endpoints alike: answered before a byte of the body is read. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/inbound/shopify", "/api/v1/plans", "/api/v1/devices"})
    void aBodyOverTheLimitIs413BeforeItIsRead(String path) throws Exception {
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Api-Key: " + DEMO_KEY
                + "\r\nContent-Type: application/json\r\nContent-Length: 20000000\r\nConnection: close\r\n\r\n";
        String answer;
        try (Socket socket = new Socket("127.0.0.1", URI.create(http.getRootUri()).getPort())) {
            // A hub that waits for the announced body instead of answering fails here rather than hanging.
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "{\"email\":\"" + MARKER + "\"").getBytes(StandardCharsets.UTF_8));
            out.flush();
            answer = RawAnswers.read(socket.getInputStream());
        }

        assertThat(answer).startsWith("HTTP/1.1 413").doesNotContain(MARKER);
        JsonNode error = json.readTree(answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1));
        assertThat(error.path("error").asText()).isEqualTo("payload_too_large");
        assertThat(error.path("message").asText()).contains("10485760 bytes");
    }

    @Test
    void aContentTypeTheEndpointDoesNotTakeIs415NamingTheOnesItTakes() throws Exception {
        HttpResponse<String> answer = send("POST", "/api/v1/devices", "text/plain", MARKER, "X-Api-Key", DEMO_KEY);

        JsonNode error = hubError(answer, 415, "unsupported_media_type");
        assertThat(error.path("message").asText()).contains("text/plain", "application/json");
    }

    @Test
    void malformedJsonIs400NamingWhereButNotWhat() throws Exception {
        HttpResponse<String> truncated = send("POST", "/api/v1/devices", "application/json",
                "{\"id\": \"" + MARKER + "\", \"vehicleId\": ", "X-Api-Key", DEMO_KEY);
        HttpResponse<String> wrongType = send("POST", "/api/v1/devices", "application/json",
                "{\"id\": \"x\", \"vehicleId\": {\"name\": \"" + MARKER + "\"}}", "X-Api-Key", DEMO_KEY);

        assertThat(hubError(truncated, 400, "invalid_request").path("message").asText())
                .startsWith("body: malformed JSON at line 1");
        assertThat(hubError(wrongType, 400, "invalid_request").path("violations").get(0).path("field").asText())
                .isEqualTo("vehicleId");
    }

    @Test
    void anEmptyBodyIs400SayingItIsMissing() throws Exception {
        HttpResponse<String> answer = send("POST", "/api/v1/devices", "application/json", "", "X-Api-Key", DEMO_KEY);

        assertThat(hubError(answer, 400, "invalid_request").path("message").asText()).isEqualTo("body: missing");
    }

    @Test
    void aMalformedMultipartBodyIs400() throws Exception {
        HttpResponse<String> answer = send("POST", "/api/v1/orders/any/pod", "multipart/form-data; boundary=xyz",
                "--xyz\r\nContent-Disposition: form-data; name=\"signature\"\r\n\r\n" + MARKER, "X-Api-Key",
                DEMO_KEY);

        assertThat(hubError(answer, 400, "invalid_request").path("message").asText())
                .isEqualTo("body: not a well-formed multipart request");
    }

    @Test
    void anInboundMessageInTheWrongCharacterSetIs400NamingTheByteOffset() throws Exception {
        byte[] latin1 = ("{\"order\":{\"id\":1,\"email\":\"" + MARKER + "\",\"name\":\"Müller\"}}")
                .getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(http.getRootUri()
                        + "/api/v1/inbound/shopify")).header("X-Api-Key", DEMO_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build(), HttpResponse.BodyHandlers.ofString());

        JsonNode error = hubError(answer, 400, "invalid_message");
        assertThat(error.path("message").asText()).isEqualTo("body: the byte 0xFC at offset 61 is not valid UTF-8 "
                + "(none named, UTF-8 assumed)");
        assertThat(error.path("deadLetter").asText()).isNotBlank();
    }

    @Test
    void aPathNoChainOpensIs403InTheHubsFormat() throws Exception {
        hubError(send("POST", "/no-such-page", "text/plain", MARKER), 403, "forbidden");
    }

    /** The answer has the status, is the hub's error body of that kind, and shows neither payload nor Java. */
    private JsonNode hubError(HttpResponse<String> answer, int status, String kind) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).doesNotContain(MARKER, "timestamp", "trace", "exception", "io.lastmilehub",
                "java.", "springframework", "Exception");
        JsonNode error = json.readTree(answer.body());
        assertThat(error.path("error").asText()).isEqualTo(kind);
        assertThat(error.path("message").asText()).isNotBlank();
        return error;
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body,
                                      String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
