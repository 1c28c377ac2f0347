package io.lastmilehub.hub.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.lastmilehub.model.ModelValidator;
import io.lastmilehub.model.VehicleCosts;
import io.lastmilehub.model.VehicleType;
import io.lastmilehub.planning.CostTable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads {@code cost-model.yaml} from the config directory once at start-up: the costs per delivery mode for
 * vehicles that state none. No file means no table; an invalid file fails the start.
 */
@Component
public class CostModelRegistry {

    /** Name of the file in the config directory. */
    public static final String FILE_NAME = "cost-model.yaml";

    private final CostTable table;

    @Autowired
    public CostModelRegistry(HubProperties properties) {
        this(properties.configPath().resolve(FILE_NAME));
    }

    /** Reads the given file; for tests. */
    CostModelRegistry(Path file) {
        this.table = Files.exists(file) ? read(file) : CostTable.NONE;
    }

    /** The costs per mode. */
    public CostTable table() {
        return table;
    }

    private static CostTable read(Path file) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            CostModelFile model = yaml.readValue(file.toFile(), CostModelFile.class);
            Map<VehicleType, VehicleCosts> byMode = new EnumMap<>(VehicleType.class);
            if (model.modes() != null) {
                model.modes().forEach((mode, costs) -> byMode.put(mode, ModelValidator.requireValid(
                        costs.getCurrency() == null ? costs.toBuilder().currency(model.currency()).buildUnvalidated()
                                : costs)));
            }
            return new CostTable(byMode);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read cost model " + file.toAbsolutePath(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid cost model " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** The file's layout. */
    record CostModelFile(String currency, Map<VehicleType, VehicleCosts> modes) {
    }
}
