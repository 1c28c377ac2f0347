package io.lastmilehub.hub.web;

import io.lastmilehub.hub.security.ApiKeyAuthenticationFilter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenAPI 3 description of the REST API that springdoc generates from the controllers ({@code /v3/api-docs},
 * Swagger UI at {@code /swagger-ui.html}), completed here rather than in each controller: the tenant's credentials
 * ({@code X-Api-Key}, or HTTP Basic with the tenant id and a key) on {@code /api/**}, one tag per area of the hub (the
 * controller's package), a raw body where a controller takes the message as sent, and every error answer in the hub's
 * JSON error format ({@link ApiError}).
 */
@Configuration
public class OpenApiDescription {

    static final String API_KEY = "apiKey";
    static final String TENANT_BASIC = "tenantBasic";
    private static final String API_ERROR = "ApiError";
    private static final String JSON = "application/json";
    private static final String HUB_PACKAGE = "io.lastmilehub.hub.";
    /** Areas whose package name is not what an API user calls them. */
    private static final Map<String, String> AREAS = Map.of("web", "schemas", "pod", "proof of delivery",
            "deadletter", "dead letters", "trackpage", "tracking page", "notify", "notifications", "tracking",
            "devices", "edi", "EDI documents");

    static {
        // Arguments the hub resolves itself or reads from the servlet request: not parameters of the API.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(RawBody.class, HttpHeaders.class);
    }

    @Bean
    OpenAPI hubOpenApi() {
        Components components = new Components()
                .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name(ApiKeyAuthenticationFilter.HEADER)
                        .description("One of the tenant's API keys (lastmile.tenants.<tenant>.api-keys)"))
                .addSecuritySchemes(TENANT_BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("HTTP Basic: the tenant id as user name, one of its API keys as password"));
        return new OpenAPI().components(components).info(new Info().title("LastMile Hub API").version("v1")
                .description("Orders in, plans, tracking, proof of delivery and reports out. Every call under /api "
                        + "needs a tenant's credentials and sees only that tenant's data; errors answer in one JSON "
                        + "format (ApiError). The SOAP services are described by their WSDL at /soap/*?wsdl."));
    }

    /** Tags, a summary, and the raw body of the operations whose controllers take the message as sent. */
    @Bean
    OperationCustomizer hubOperations() {
        return (operation, handler) -> {
            operation.setTags(List.of(area(handler.getBeanType().getPackageName())));
            if (operation.getSummary() == null) {
                operation.setSummary(sentence(handler.getMethod().getName()));
            }
            boolean raw = Arrays.stream(handler.getMethod().getParameterTypes()).anyMatch(RawBody.class::equals);
            if (raw && operation.getRequestBody() == null) {
                operation.setRequestBody(new RequestBody().required(false)
                        .description("The message exactly as the sending system produces it (JSON, XML, CSV, EDI, "
                                + "form fields, ...); its format is named by the path")
                        .content(new Content().addMediaType("*/*", new MediaType().schema(new BinarySchema()))));
            }
            return operation;
        };
    }

    /** The tenant's credentials on the API, and the hub's error format on every error answer. */
    @Bean
    OpenApiCustomizer hubSecurityAndErrors() {
        return openApi -> {
            // Here, not on the bean: springdoc replaces the components' schemas with those the controllers name.
            ModelConverters.getInstance().readAll(ApiError.class).forEach(openApi.getComponents()::addSchemas);
            openApi.getPaths().forEach((path, item) -> item.readOperations()
                    .forEach(operation -> secure(path, operation)));
        };
    }

    /** The tenant's credentials on {@code /api/**} (401 without them); public elsewhere; errors as {@link ApiError}. */
    private static void secure(String path, Operation operation) {
        ApiResponses responses = operation.getResponses();
        if (path.startsWith("/api/")) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(API_KEY),
                    new SecurityRequirement().addList(TENANT_BASIC)));
            responses.addApiResponse("401", new ApiResponse()
                    .description("No credentials, or not a key of the tenant"));
        } else {
            operation.setSecurity(List.of());
        }
        responses.putIfAbsent("400", new ApiResponse().description("Bad request: the field and the reason"));
        if (path.contains("{")) {
            responses.putIfAbsent("404", new ApiResponse()
                    .description("No such object (for a tenant also: one of another tenant, never 403)"));
        }
        responses.forEach(OpenApiDescription::asHubError);
    }

    /** An error response's body is always the hub's JSON error, whatever the handler method declares. */
    private static void asHubError(String status, ApiResponse response) {
        if (status.startsWith("4") || status.startsWith("5")) {
            response.setContent(new Content().addMediaType(JSON, new MediaType()
                    .schema(new Schema<>().$ref("#/components/schemas/" + API_ERROR))));
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.setDescription(ApiError.reasonPhrase(
                        HttpStatusCode.valueOf(Integer.parseInt(status))));
            }
        }
    }

    /** The hub's area a controller belongs to, from its package: {@code io.lastmilehub.hub.orders} is orders. */
    static String area(String packageName) {
        String area = packageName.startsWith(HUB_PACKAGE) ? packageName.substring(HUB_PACKAGE.length()) : packageName;
        return AREAS.getOrDefault(area, area);
    }

    /** A method name as a sentence: {@code replayDeadLetter} is "Replay dead letter". */
    static String sentence(String methodName) {
        String words = methodName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
