package io.lastmilehub.hub.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Reads the keys of a {@code META-INF/spring-configuration-metadata.json}, the file spring-boot-configuration-processor
 * writes from the {@code @ConfigurationProperties} types and their Javadoc.
 */
final class ConfigurationMetadata {

    /** Where the processor puts the file, in the class output and so on the classpath. */
    static final String RESOURCE = "META-INF/spring-configuration-metadata.json";

    private ConfigurationMetadata() {
    }

    /** The keys of the metadata the routes module was compiled with. */
    static List<ConfigurationKey> ofClasspath() {
        try (InputStream in = ConfigurationMetadata.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: compile the routes module");
            }
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys of one metadata file. */
    static List<ConfigurationKey> read(byte[] json) {
        try {
            List<ConfigurationKey> keys = new ArrayList<>();
            for (JsonNode property : new ObjectMapper().readTree(json).path("properties")) {
                keys.add(new ConfigurationKey(property.path("name").asText(), property.path("type").asText(),
                        text(property.path("defaultValue")), property.path("description").asText()));
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText)
                    .collect(Collectors.joining(", "));
        }
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }
}
