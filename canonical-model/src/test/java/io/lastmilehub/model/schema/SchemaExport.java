package io.lastmilehub.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.lastmilehub.model.CostSummary;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryOrders;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Driver;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.ProofOfDelivery;
import io.lastmilehub.model.TrackingPosition;
import io.lastmilehub.model.Vehicle;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.SchemaOutputResolver;

import javax.xml.transform.Result;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the published schemas of the canonical model: one XSD for the namespace and one JSON Schema per document
 * type. Runs at build time (exec-maven-plugin, process-test-classes) into the module's classes, so the jar carries
 * them under {@code /schema} and the hub serves them.
 */
public final class SchemaExport {

    /** The documents that travel on their own, by the file name of their JSON Schema. */
    static final Map<String, Class<?>> DOCUMENTS = Map.of(
            "delivery-order", DeliveryOrder.class,
            "delivery-orders", DeliveryOrders.class,
            "plan", Plan.class,
            "cost-summary", CostSummary.class,
            "delivery-status-event", DeliveryStatusEvent.class,
            "tracking-position", TrackingPosition.class,
            "proof-of-delivery", ProofOfDelivery.class,
            "depot", Depot.class,
            "vehicle", Vehicle.class,
            "driver", Driver.class);

    static final String XSD_NAME = "canonical-v1.xsd";

    private SchemaExport() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target/classes/schema");
        Files.createDirectories(target);
        writeXsd(target.resolve(XSD_NAME));
        writeJsonSchemas(target);
    }

    static void writeXsd(Path file) throws Exception {
        JAXBContext context = JAXBContext.newInstance(DOCUMENTS.values().toArray(Class<?>[]::new));
        context.generateSchema(new SchemaOutputResolver() {
            @Override
            public Result createOutput(String namespaceUri, String suggestedFileName) {
                StreamResult result = new StreamResult(file.toFile());
                result.setSystemId(file.toUri().toString());
                return result;
            }
        });
    }

    static void writeJsonSchemas(Path directory) throws IOException {
        SchemaGenerator generator = jsonSchemaGenerator();
        ObjectMapper mapper = new ObjectMapper();
        for (Map.Entry<String, Class<?>> document : DOCUMENTS.entrySet()) {
            JsonNode schema = generator.generateSchema(document.getValue());
            mapper.writerWithDefaultPrettyPrinter()
                    .writeValue(directory.resolve(document.getKey() + ".schema.json").toFile(), schema);
        }
    }

    static SchemaGenerator jsonSchemaGenerator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
        config.forFields().withIgnoreCheck(field -> field.getDeclaredName().startsWith("$"));
        return new SchemaGenerator(config.build());
    }
}
