package io.lastmilehub.hub.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Request examples in the API's description that are real requests: their bodies are the files under
 * {@code src/main/resources/api-examples}, which the acceptance suite sends as they are (InboundFormatsIT the
 * canonical order, PlanningIT the plan request with the day it plans), so an example that no longer works fails the
 * suite instead of misleading a reader.
 */
@Configuration
public class OpenApiExamples {

    static final String DIRECTORY = "api-examples/";
    static final String CANONICAL_ORDER = "canonical-order.json";
    static final String PLAN_REQUEST = "plan-request.json";

    @Bean
    OpenApiCustomizer hubExamples(ObjectMapper json) {
        return openApi -> {
            requestBody(openApi, "/api/v1/inbound/{format}", "*/*").ifPresent(body -> body.addExamples(
                    "canonical-json", new Example().summary("An order in the canonical JSON format: POST "
                            + "/api/v1/inbound/canonical-json").value(text(CANONICAL_ORDER))));
            requestBody(openApi, "/api/v1/plans", "application/json").ifPresent(body -> body.addExamples(
                    "plan", new Example().summary("Plan depot ottawa for a day").value(jsonOf(json, PLAN_REQUEST))));
        };
    }

    /** The body of an example, as the acceptance suite sends it. */
    static String text(String name) {
        try {
            return new ClassPathResource(DIRECTORY + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("example " + name + " is missing from the jar", e);
        }
    }

    private static Object jsonOf(ObjectMapper json, String name) {
        try {
            return json.readValue(text(name), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("example " + name + " is not JSON", e);
        }
    }

    private static Optional<MediaType> requestBody(OpenAPI openApi, String path, String mediaType) {
        return Optional.ofNullable(openApi.getPaths()).map(paths -> paths.get(path)).map(PathItem::getPost)
                .map(Operation::getRequestBody).map(RequestBody::getContent).map(content -> content.get(mediaType));
    }
}
