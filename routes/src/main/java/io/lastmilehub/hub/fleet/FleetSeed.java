package io.lastmilehub.hub.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.config.Fleet;
import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.hub.web.ConflictException;
import io.lastmilehub.model.Driver;
import io.lastmilehub.model.Vehicle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Seeds the stored fleet from each tenant's fleet file at start-up. Which side wins, item by item (a vehicle or a
 * driver, by id):
 * <ul>
 *   <li>not stored yet: stored as the file has it, from now on; at the tenant's first seeding (nothing of it
 *   stored), valid since ever, so that plans and reports of days before the first start read the file's fleet;</li>
 *   <li>stored, its newest version from the file: the file wins; a changed entry is a new version from now, an entry
 *   left out of the file retires the item from now, an unchanged one changes nothing (a restart makes no
 *   versions);</li>
 *   <li>stored, its newest version from the API (changed, added or retired through it): the API wins; a file entry
 *   that differs is not applied, and each start logs a warning naming the item until the two agree.</li>
 * </ul>
 */
@Component
public class FleetSeed {

    private static final Logger LOG = LoggerFactory.getLogger(FleetSeed.class);

    private final FleetVersions versions;
    private final FleetChanges changes;
    private final ObjectMapper json;
    private final Clock clock;

    public FleetSeed(HubProperties properties, FleetRegistry files, FleetVersions versions, FleetChanges changes,
                     ObjectMapper json, Clock clock) {
        this.versions = versions;
        this.changes = changes;
        this.json = json;
        this.clock = clock;
        properties.tenants().forEach((tenant, settings) -> {
            if (settings.fleetFile() != null) {
                Outcome outcome = seed(tenant, files.fleetOf(tenant), settings.fleetFile());
                LOG.info("Fleet of tenant {} from {}: {}", tenant, settings.fleetFile(), outcome);
            }
        });
    }

    /** Applies a tenant's fleet file to the store as the class comment says; what it did. */
    public Outcome seed(String tenant, Fleet file, String fileName) {
        Outcome outcome = new Outcome();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant newFrom = versions.anyOf(tenant) ? now : Instant.EPOCH;
        seed(new Seeding<>(tenant, FleetKind.VEHICLE, Vehicle.class, Vehicle::getId, fileName, now, newFrom,
                outcome), file.vehicles());
        seed(new Seeding<>(tenant, FleetKind.DRIVER, Driver.class, Driver::getId, fileName, now, newFrom, outcome),
                file.drivers());
        return outcome;
    }

    private <T> void seed(Seeding<T> seeding, List<T> inFile) {
        Set<String> ids = new HashSet<>();
        for (T item : inFile) {
            String id = seeding.idOf().apply(item);
            ids.add(id);
            Optional<FleetVersion> latest = versions.latest(seeding.tenant(), seeding.kind(), id);
            if (latest.isEmpty()) {
                store(seeding, id, item, false, seeding.newFrom(), seeding.outcome()::seeded);
            } else if (!sameItem(latest.get(), item, seeding.type())) {
                if (latest.get().source() == FleetSource.FILE) {
                    store(seeding, id, item, false, seeding.now(), seeding.outcome()::changed);
                } else {
                    seeding.outcome().keptFromApi(seeding.kind().noun() + " " + id);
                    LOG.warn("Tenant {}: {} differs from {} {} in the store, which was last changed through the "
                            + "API ({}, version {}); the API's version stays. Change it through the API, or make "
                            + "the file say the same, to end this warning", seeding.tenant(), seeding.fileName(),
                            seeding.kind().noun(), id, latest.get().changedAt(), latest.get().version());
                }
            }
        }
        for (FleetVersion current : versions.validAt(seeding.tenant(), seeding.kind(), seeding.now())) {
            if (!ids.contains(current.itemId()) && current.source() == FleetSource.FILE) {
                store(seeding, current.itemId(), null, true, seeding.now(), seeding.outcome()::retired);
            }
        }
    }

    private <T> void store(Seeding<T> seeding, String id, T item, boolean retire, Instant validFrom,
                           Runnable count) {
        try {
            changes.fromFile(seeding.tenant(), seeding.kind(), id, item, retire, seeding.fileName(), validFrom);
            count.run();
        } catch (ConflictException e) {
            // Another instance starting at the same time stored it: the same file, the same version.
            LOG.debug("Tenant {}: {} {} was seeded by another instance", seeding.tenant(), seeding.kind().noun(), id);
        }
    }

    /** Whether the stored version, not retired, is the file's entry. */
    private <T> boolean sameItem(FleetVersion stored, T item, Class<T> type) {
        try {
            return !stored.retired() && json.readValue(stored.document(), type).equals(item);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** One kind of one tenant's file; new items valid from {@code newFrom}, changes from {@code now}. */
    private record Seeding<T>(String tenant, FleetKind kind, Class<T> type, Function<T, String> idOf,
                              String fileName, Instant now, Instant newFrom, Outcome outcome) {
    }

    /** What one seeding did: items stored for the first time, changed and retired by the file, kept from the API. */
    public static final class Outcome {

        private int seeded;
        private int changed;
        private int retired;
        private final List<String> keptFromApi = new ArrayList<>();

        void seeded() {
            seeded++;
        }

        void changed() {
            changed++;
        }

        void retired() {
            retired++;
        }

        void keptFromApi(String item) {
            keptFromApi.add(item);
        }

        public int seededCount() {
            return seeded;
        }

        public int changedCount() {
            return changed;
        }

        public int retiredCount() {
            return retired;
        }

        /** The items whose file entry was not applied because the API changed them, e.g. "vehicle van-1". */
        public List<String> keptFromApi() {
            return List.copyOf(keptFromApi);
        }

        @Override
        public String toString() {
            return seeded + " stored for the first time, " + changed + " changed, " + retired + " retired, "
                    + keptFromApi.size() + " kept as changed through the API " + keptFromApi;
        }
    }
}
