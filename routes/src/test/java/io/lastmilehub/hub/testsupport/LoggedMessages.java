package io.lastmilehub.hub.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A tenant's message log through its API ({@code GET /api/v1/messages}), as the ITs read it. */
public final class LoggedMessages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate http;
    private final String apiKey;

    public LoggedMessages(TestRestTemplate http, String apiKey) {
        this.http = http;
        this.apiKey = apiKey;
    }

    /** The entries found by a business key, of one format (or any, when null). */
    public List<JsonNode> find(String key, String format) throws JsonProcessingException {
        JsonNode found = JSON.readTree(get("/api/v1/messages?key=" + key + (format == null ? "" : "&format=" + format))
                .getBody());
        List<JsonNode> entries = new ArrayList<>();
        found.forEach(entries::add);
        return entries;
    }

    /** The one entry of the format found by the key, or null while there is none. */
    public JsonNode one(String key, String format) throws JsonProcessingException {
        List<JsonNode> entries = find(key, format);
        assertThat(entries).hasSizeLessThanOrEqualTo(1);
        return entries.isEmpty() ? null : entries.get(0);
    }

    /** The outcome of that one entry, or null while there is none. */
    public String outcome(String key, String format) throws JsonProcessingException {
        JsonNode entry = one(key, format);
        return entry == null ? null : entry.path("outcome").asText();
    }

    /** The order's timeline as "kind what", e.g. "MESSAGE_OUT idoc-aleaud to SAP:LASTMILE". */
    public List<String> timeline(String orderId) throws JsonProcessingException {
        List<String> items = new ArrayList<>();
        JSON.readTree(get("/api/v1/orders/" + orderId + "/timeline").getBody()).forEach(item -> items.add(
                item.path("kind").asText() + " " + item.path("what").asText()));
        return items;
    }

    /** An entry's keys as "TYPE value". */
    public static List<String> keys(JsonNode entry) {
        List<String> keys = new ArrayList<>();
        entry.path("keys").forEach(key -> keys.add(key.path("type").asText() + " " + key.path("value").asText()));
        return keys;
    }

    private ResponseEntity<String> get(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", apiKey);
        ResponseEntity<String> answer = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return answer;
    }
}
