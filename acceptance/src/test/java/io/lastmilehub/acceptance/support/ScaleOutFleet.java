package io.lastmilehub.acceptance.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo tenant's shipped fleet file with three more depots around Ottawa and {@link #VANS} more vans at each of
 * the four (costs in CAD, the shipped vans' currency: a depot's plan needs one), for a scenario that plans several depots at once; a hub reads it through
 * {@code lastmile.tenants.demo.fleet-file}.
 */
public final class ScaleOutFleet {

    /** A depot of the scenario and where its orders are. */
    public record Depot(String id, double latitude, double longitude) {
    }

    /** The shipped depot ottawa first. */
    public static final List<Depot> DEPOTS = List.of(new Depot("ottawa", 45.4215, -75.6972),
            new Depot("kanata", 45.3088, -75.8987), new Depot("orleans", 45.4765, -75.5130),
            new Depot("barrhaven", 45.2730, -75.7350));

    /**
     * Vans of each depot (ottawa's besides the shipped ones; the first of kanata is van-kanata): enough that a day of
     * a depot, some 250 orders in the scenario, fits in them (150 parcels a van) and every order is planned.
     */
    public static final int VANS = 3;

    private ScaleOutFleet() {
    }

    /** Writes the fleet file into a fresh directory and answers its path. */
    public static Path write() {
        try {
            String shipped = Files.readString(Repository.config().resolve("fleet/demo.yaml"));
            StringBuilder depots = new StringBuilder("depots:\n");
            StringBuilder vans = new StringBuilder("vehicles:\n");
            for (Depot depot : DEPOTS.subList(1, DEPOTS.size())) {
                depots.append("""
                          - id: %1$s
                            name: %1$s
                            zoneId: America/Toronto
                            location: { latitude: %2$s, longitude: %3$s }
                            address: { line1: 1 Main St, city: Ottawa, postalCode: K1A 0A9, countryCode: CA }
                        """.formatted(depot.id(), depot.latitude(), depot.longitude()));
            }
            for (Depot depot : DEPOTS) {
                for (int van = 1; van <= VANS; van++) {
                    vans.append("""
                              - id: van-%1$s%2$s
                                type: VAN
                                depotId: %1$s
                                capacity: { weightKg: 900, volumeM3: 9, parcels: 150 }
                                costs: { fixed: 60, perKm: 0.32, perHour: 32, currency: CAD }
                                shift: { start: "07:00", end: "19:00" }
                            """.formatted(depot.id(), van == 1 ? "" : "-" + van));
                }
            }
            Path file = Files.createTempDirectory("lastmile-scale-out-").resolve("fleet.yaml");
            Files.writeString(file, shipped.replace("depots:\n", depots).replace("vehicles:\n", vans));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the scenario's fleet file", e);
        }
    }
}
