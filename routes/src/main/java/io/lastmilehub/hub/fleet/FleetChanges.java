package io.lastmilehub.hub.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.web.ConflictException;
import io.lastmilehub.hub.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Every change of the stored fleet: a new version from now, the one before ended at the same instant. Callers have
 * validated the item; a retired item is ended by a version marked retired, never deleted.
 */
@Component
public class FleetChanges {

    private final FleetVersions versions;
    private final ObjectMapper json;
    private final Clock clock;

    public FleetChanges(FleetVersions versions, ObjectMapper json, Clock clock) {
        this.versions = versions;
        this.json = json;
        this.clock = clock;
    }

    /** Adds an item the tenant does not have (or had and retired). */
    @Transactional
    public FleetVersion create(String tenant, FleetKind kind, String id, Object item) {
        Optional<FleetVersion> latest = versions.latest(tenant, kind, id);
        if (latest.isPresent() && !latest.get().retired()) {
            throw new ConflictException(kind.noun() + " " + id + " exists already; PUT changes it");
        }
        return append(tenant, kind, latest.orElse(null), id, json(item), false, FleetSource.API, apiCaller(tenant),
                now());
    }

    /** Changes an item the tenant has now. */
    @Transactional
    public FleetVersion update(String tenant, FleetKind kind, String id, Object item) {
        return append(tenant, kind, current(tenant, kind, id), id, json(item), false, FleetSource.API,
                apiCaller(tenant), now());
    }

    /** Sets an item whether or not the tenant has it now (a driver's availability). */
    @Transactional
    public FleetVersion put(String tenant, FleetKind kind, String id, Object item) {
        return append(tenant, kind, versions.latest(tenant, kind, id).orElse(null), id, json(item), false,
                FleetSource.API, apiCaller(tenant), now());
    }

    /** Ends an item the tenant has now: from now on it is not in the fleet; before, it was. */
    @Transactional
    public void retire(String tenant, FleetKind kind, String id) {
        FleetVersion current = current(tenant, kind, id);
        append(tenant, kind, current, id, current.document(), true, FleetSource.API, apiCaller(tenant), now());
    }

    /** A version the fleet file makes at start-up, valid from the instant given. */
    @Transactional
    public FleetVersion fromFile(String tenant, FleetKind kind, String id, Object item, boolean retired,
                                 String file, Instant validFrom) {
        FleetVersion latest = versions.latest(tenant, kind, id).orElse(null);
        String document = item == null && latest != null ? latest.document() : json(item);
        return append(tenant, kind, latest, id, document, retired, FleetSource.FILE, "file:" + file, validFrom);
    }

    private FleetVersion current(String tenant, FleetKind kind, String id) {
        return versions.latest(tenant, kind, id).filter(v -> !v.retired())
                .orElseThrow(() -> new NotFoundException(kind.noun(), id));
    }

    private FleetVersion append(String tenant, FleetKind kind, FleetVersion previous, String id, String document,
                                boolean retired, FleetSource source, String changedBy, Instant validFrom) {
        FleetVersion next = new FleetVersion(id, previous == null ? 1 : previous.version() + 1, document, retired,
                validFrom, null, source, changedBy, now());
        try {
            versions.append(tenant, kind, previous, next);
        } catch (DuplicateKeyException e) {
            throw new ConflictException(kind.noun() + " " + id + " was changed by another request at the same time; "
                    + "send it again");
        }
        return next;
    }

    private String json(Object item) {
        try {
            return json.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + item.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Stored to the millisecond, so that an asOf copied from an answer finds the version again. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String apiCaller(String tenant) {
        return "api:" + tenant;
    }
}
