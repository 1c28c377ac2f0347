package io.lastmilehub.hub.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The OpenAPI description the running hub serves, read as anyone can: it names the tenant's credentials on every
 * {@code /api} operation and the hub's JSON error body on every error answer, and Redocly's linter
 * ({@code @redocly/cli} from npm, through npx) finds no error in it.
 */
class OpenApiIT extends HubIntegrationTest {

    /** 1.x runs on the Node.js of Debian 12 (18) as well as on newer ones; 2.x needs Node.js 20.19 or later. */
    private static final String REDOCLY = "@redocly/cli@1.34.20";
    private static final Path SPEC = Path.of("target", "openapi", "lastmile-hub.json");

    @Test
    void everyApiOperationNamesTheTenantsCredentialsAndTheHubsErrorBody() throws Exception {
        JsonNode spec = new ObjectMapper().readTree(fetch());

        JsonNode schemes = spec.path("components").path("securitySchemes");
        assertThat(schemes.path("apiKey").path("in").asText()).isEqualTo("header");
        assertThat(schemes.path("apiKey").path("name").asText()).isEqualTo("X-Api-Key");
        assertThat(schemes.path("tenantBasic").path("scheme").asText()).isEqualTo("basic");
        assertThat(spec.path("components").path("schemas").path("ApiError").path("properties").fieldNames())
                .toIterable().contains("error", "message", "violations");
        List<String> apiOperations = new ArrayList<>();
        spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            JsonNode responses = operation.getValue().path("responses");
            responses.fields().forEachRemaining(response -> {
                if (response.getKey().matches("[45]\\d\\d")) {
                    assertThat(response.getValue().path("content").path("application/json").path("schema")
                            .path("$ref").asText()).as(name + " " + response.getKey())
                            .isEqualTo("#/components/schemas/ApiError");
                }
            });
            if (path.getKey().startsWith("/api/")) {
                apiOperations.add(name);
                assertThat(operation.getValue().path("security").findValues("apiKey")).as(name).isNotEmpty();
                assertThat(responses.has("401")).as(name).isTrue();
            }
        }));
        assertThat(apiOperations).contains("POST /api/v1/inbound/{format}", "GET /api/v1/orders/{id}",
                "POST /api/v1/dead-letters/{id}/replay");
    }

    @Test
    void theExamplesAreRequestsTheHubTakes() throws Exception {
        JsonNode spec = new ObjectMapper().readTree(fetch());
        String order = spec.at("/paths/~1api~1v1~1inbound~1{format}/post/requestBody/content/*~1*/examples"
                + "/canonical-json/value").asText();
        JsonNode plan = spec.at("/paths/~1api~1v1~1plans/post/requestBody/content/application~1json/examples/plan"
                + "/value");
        assertThat(order).isEqualTo(OpenApiExamples.text(OpenApiExamples.CANONICAL_ORDER));
        assertThat(plan.path("depotId").asText()).isEqualTo("ottawa");

        ResponseEntity<String> accepted = post("/api/v1/inbound/canonical-json", DEMO_KEY,
                order.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        ResponseEntity<String> planned = post("/api/v1/plans", DEMO_KEY, plan.toString()
                .getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        assertThat(planned.getStatusCode().value()).as(planned.getBody()).isEqualTo(202);
    }

    @Test
    void swaggerUiIsServedFromTheJar() {
        ResponseEntity<String> page = http.getForEntity("/swagger-ui/index.html", String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("swagger-ui");
    }

    @Test
    void redoclyFindsNoErrorInTheDescription() throws Exception {
        assumeTrue(onPath("npx"), "npx is missing, so the OpenAPI description is not linted: install Node.js and npm "
                + "(.ci/run installs Debian's nodejs and npm)");
        Files.createDirectories(SPEC.getParent());
        Files.writeString(SPEC, fetch());
        Path report = SPEC.resolveSibling("redocly-lint.txt");

        Process lint = new ProcessBuilder("npx", "--yes", REDOCLY, "lint", SPEC.toString(), "--format=stylish")
                .redirectErrorStream(true).redirectOutput(report.toFile()).start();
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).as("redocly lint within 5 minutes").isTrue();

        assertThat(lint.exitValue()).as(Files.readString(report, StandardCharsets.UTF_8)).isZero();
    }

    private String fetch() {
        ResponseEntity<String> answer = http.getForEntity("/v3/api-docs", String.class);
        assertThat(answer.getStatusCode().value()).as("anonymous GET /v3/api-docs").isEqualTo(200);
        return answer.getBody();
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
