package io.lastmilehub.hub.docs;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The HTTP paths the hub serves, read from the code: the Spring MVC controllers' mappings (by reflection, so constants
 * in them are resolved), the SOAP services CXF publishes under {@code cxf.path}, and the actuator endpoints and
 * springdoc's paths of the built-in {@code application.yaml}.
 */
final class HubEndpoints {

    private static final Pattern PLACEHOLDER_DEFAULT = Pattern.compile("\\$\\{[^:}]+:([^}]*)}");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(/[A-Za-z0-9_/-]*)\"");

    /** One mapping: the methods it answers (empty for all) and its path, split into segments. */
    record Mapping(Set<String> methods, List<String> segments) {

        /** Whether this mapping answers the path a page names, or lies below it. */
        boolean answers(String method, List<String> docSegments) {
            if (method != null && !methods.isEmpty() && !methods.contains(method)) {
                return false;
            }
            if (docSegments.size() > segments.size()) {
                return false;
            }
            for (int i = 0; i < docSegments.size(); i++) {
                if (!PathSegments.matches(segments.get(i), docSegments.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Mapping> mappings;

    private HubEndpoints(List<Mapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    /** The endpoints of the hub whose sources are under {@code mainJava}. */
    static HubEndpoints of(Path mainJava) {
        Properties settings = builtInSettings();
        List<Mapping> mappings = new ArrayList<>(controllerMappings());
        soapAddresses(mainJava, settings.getProperty("cxf.path", "/services")).forEach(path ->
                mappings.add(new Mapping(Set.of(), PathSegments.of(path))));
        actuatorPaths(settings).forEach(path -> mappings.add(new Mapping(Set.of("GET"), PathSegments.of(path))));
        springdocPaths(settings).forEach(path -> mappings.add(new Mapping(Set.of("GET"), PathSegments.of(path))));
        return new HubEndpoints(mappings);
    }

    /** The first segment of every path served, e.g. {@code api}, {@code track}. */
    Set<String> roots() {
        return mappings.stream().map(m -> m.segments().isEmpty() ? "" : m.segments().get(0))
                .collect(Collectors.toSet());
    }

    /**
     * Whether a path a page names is served, or paths below it are ({@code /soap} for the SOAP services).
     *
     * @param method the HTTP method named with it, or null
     */
    boolean serves(String method, String path) {
        List<String> segments = PathSegments.of(path);
        return mappings.stream().anyMatch(m -> m.answers(method, segments));
    }

    private static List<Mapping> controllerMappings() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<Mapping> mappings = new ArrayList<>();
        scanner.findCandidateComponents("io.lastmilehub").forEach(candidate -> {
            Class<?> controller = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            RequestMapping base = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
            List<String> prefixes = base == null || base.path().length == 0 ? List.of("") : List.of(base.path());
            for (Method method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping != null) {
                    Set<String> verbs = Arrays.stream(mapping.method()).map(RequestMethod::name)
                            .collect(Collectors.toSet());
                    List<String> paths = mapping.path().length == 0 ? List.of("") : List.of(mapping.path());
                    prefixes.forEach(prefix -> paths.forEach(path -> mappings.add(new Mapping(verbs,
                            PathSegments.of(resolve(prefix + path))))));
                }
            }
        });
        return mappings;
    }

    /** {@code ${server.error.path:/error}} as its default. */
    private static String resolve(String path) {
        return PLACEHOLDER_DEFAULT.matcher(path).replaceAll("$1");
    }

    /** The addresses the hub's CXF endpoints are published at: the path literals of the classes that publish them. */
    private static List<String> soapAddresses(Path mainJava, String cxfPath) {
        try (Stream<Path> files = Files.walk(mainJava)) {
            List<String> addresses = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (source.contains("org.apache.cxf.jaxws.EndpointImpl")) {
                    STRING_LITERAL.matcher(source).results().map(m -> m.group(1))
                            .forEach(address -> addresses.add(cxfPath + address));
                }
            }
            return addresses;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> actuatorPaths(Properties settings) {
        List<String> paths = new ArrayList<>();
        for (String endpoint : settings.getProperty("management.endpoints.web.exposure.include", "health")
                .split(",")) {
            paths.add("/actuator/" + endpoint.strip());
        }
        if (Boolean.parseBoolean(settings.getProperty("management.endpoint.health.probes.enabled"))) {
            paths.add("/actuator/health/liveness");
            paths.add("/actuator/health/readiness");
        }
        return paths;
    }

    /** springdoc's OpenAPI description (as JSON and YAML, and Swagger UI's settings below it) and Swagger UI. */
    private static List<String> springdocPaths(Properties settings) {
        String apiDocs = settings.getProperty("springdoc.api-docs.path", "/v3/api-docs");
        return List.of(apiDocs, apiDocs + ".yaml", apiDocs + "/swagger-config",
                settings.getProperty("springdoc.swagger-ui.path", "/swagger-ui.html"));
    }

    private static Properties builtInSettings() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        return yaml.getObject();
    }
}
