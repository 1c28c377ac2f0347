package io.lastmilehub.hub.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.regex.Pattern;

/**
 * The published schemas of the canonical model (generated at build time into the canonical-model jar): {@code
 * /schema/canonical-v1.xsd} and {@code /schema/<document>.schema.json}. Public, like any published schema.
 */
@RestController
public class SchemaController {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+(\\.schema\\.json|\\.xsd)");
    private static final MediaType JSON_SCHEMA = MediaType.parseMediaType("application/schema+json");

    @GetMapping("/schema/{name:.+}")
    public ResponseEntity<Resource> schema(@PathVariable String name) {
        Resource resource = new ClassPathResource("schema/" + name);
        if (!NAME.matcher(name).matches() || !resource.exists()) {
            throw new NotFoundException("schema", name);
        }
        MediaType type = name.endsWith(".xsd") ? MediaType.APPLICATION_XML : JSON_SCHEMA;
        return ResponseEntity.ok().contentType(type).body(resource);
    }
}
