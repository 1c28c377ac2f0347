package io.lastmilehub.hub.carriers;

import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.config.HubProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads every carrier file ({@code <carriers dir>/<id>.yaml}) once at start-up, bound like application.yaml (kebab
 * keys, {@code 5s} durations, {@code ${...}} placeholders from the environment), and fails the start naming file and
 * key when one is invalid, or has a key the hub does not know (a typo must not silently switch something off).
 */
@Component
public class CarrierRegistry {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final Map<String, Carrier> carriers = new TreeMap<>();

    public CarrierRegistry(HubProperties properties, CarrierSettings settings, ConfigurableEnvironment environment,
                           FleetRegistry fleets) {
        Path dir = properties.configPath().resolve(settings.dir());
        for (Path file : files(dir)) {
            String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            CarrierConfig config = read(file, id, environment);
            List<String> problems = CarrierValidator.problems(config, properties.tenants().containsKey(
                    config.tenant()), fleets::fleetOf);
            if (!problems.isEmpty()) {
                throw invalid(file, String.join("; ", problems));
            }
            carriers.put(id, new Carrier(id, config));
        }
    }

    /** Every carrier, by id. */
    public Collection<Carrier> all() {
        return carriers.values();
    }

    /** The tenant's carrier of this id. */
    public Optional<Carrier> find(String tenant, String id) {
        return Optional.ofNullable(carriers.get(id)).filter(c -> c.tenant().equals(tenant));
    }

    /** The carrier of this id, whatever its tenant (for webhooks, which name no tenant). */
    public Optional<Carrier> find(String id) {
        return Optional.ofNullable(carriers.get(id));
    }

    /** The tenant's carrier that takes orders planned on this vehicle. */
    public Optional<Carrier> forVehicle(String tenant, String vehicleId) {
        return carriers.values().stream().filter(c -> c.tenant().equals(tenant) && c.carries(vehicleId))
                .findFirst();
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the carrier directory " + dir.toAbsolutePath(), e);
        }
    }

    private static CarrierConfig read(Path file, String id, ConfigurableEnvironment environment) {
        if (!ID.matcher(id).matches()) {
            throw invalid(file, "the file name is the carrier's id: lower-case letters, digits and '-' only");
        }
        List<PropertySource<?>> sources;
        try {
            sources = new YamlPropertySourceLoader().load("carrier " + id, new FileSystemResource(file));
        } catch (IOException | RuntimeException e) {
            throw invalid(file, "not YAML: " + e.getMessage());
        }
        Binder binder = new Binder(ConfigurationPropertySources.from(sources),
                new PropertySourcesPlaceholdersResolver(environment), ApplicationConversionService.getSharedInstance());
        try {
            return binder.bind(ConfigurationPropertyName.EMPTY, Bindable.of(CarrierConfig.class),
                            new NoUnboundElementsBindHandler(BindHandler.DEFAULT))
                    .orElseThrow(() -> invalid(file, "empty"));
        } catch (BindException e) {
            throw invalid(file, e.getProperty() == null ? rootMessage(e)
                    : e.getProperty().getName() + ": " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        List<Throwable> seen = new ArrayList<>();
        while (root.getCause() != null && !seen.contains(root.getCause())) {
            seen.add(root);
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static IllegalStateException invalid(Path file, String reason) {
        return new IllegalStateException("Invalid carrier file " + file.toAbsolutePath() + ": " + reason);
    }
}
