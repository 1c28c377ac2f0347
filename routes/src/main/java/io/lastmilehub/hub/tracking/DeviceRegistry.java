package io.lastmilehub.hub.tracking;

import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.errors.Violation;
import io.lastmilehub.hub.fleet.FleetStore;
import io.lastmilehub.hub.security.DeviceCredentials;
import io.lastmilehub.hub.security.Secrets;
import io.lastmilehub.hub.web.ConflictException;
import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.pod.Tokens;
import io.lastmilehub.tracking.DeviceBindings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every bound device: those in the configuration (fixed while the hub runs) and those bound through the API (in the
 * database, so every hub instance sees a binding at once). A device id is global: OsmAnd and flespi messages name
 * only the device, so the device names its tenant.
 */
@Component
public class DeviceRegistry implements DeviceCredentials {

    private final DeviceBindings configured;
    private final HubProperties properties;
    /** How long a device bound through the API is taken as read, on this instance. */
    static final Duration REREAD_AFTER = Duration.ofSeconds(5);

    private final Map<String, String> configuredSecrets = new HashMap<>();
    private final Map<String, RecentlyRead> recentlyRead = new ConcurrentHashMap<>();
    private final DeviceRepository stored;
    private final JdbcTemplate jdbc;
    private final FleetStore fleets;
    private final Clock clock;

    public DeviceRegistry(DeviceBindings configured, HubProperties properties, DeviceRepository stored,
                          JdbcTemplate jdbc, FleetStore fleets, Clock clock) {
        this.configured = configured;
        this.properties = properties;
        this.stored = stored;
        this.jdbc = jdbc;
        this.fleets = fleets;
        this.clock = clock;
        properties.tenants().values().forEach(tenant -> tenant.devices().stream().filter(d -> d.secret() != null)
                .forEach(device -> configuredSecrets.put(device.id(), device.secret())));
    }

    /** The binding of a device, if it has one. */
    public Optional<DeviceBindings.Binding> find(String deviceId) {
        return lookUp(deviceId).map(KnownDevice::binding);
    }

    /** The binding of a device that must be bound. */
    public DeviceBindings.Binding require(String deviceId) throws DeviceBindings.UnknownDeviceException {
        return find(deviceId).orElseThrow(() -> new DeviceBindings.UnknownDeviceException(deviceId));
    }

    /** The binding of a device that presented its secret; empty for a wrong secret or a device without one. */
    public Optional<DeviceBindings.Binding> authenticate(String deviceId, String secret) {
        return lookUp(deviceId).filter(device -> device.secret().filter(expected -> Secrets.matches(secret, expected))
                .isPresent()).map(KnownDevice::binding);
    }

    /** A device logging in to the broker. */
    @Override
    public boolean verify(String deviceId, String secret) {
        return authenticate(deviceId, secret).isPresent();
    }

    /**
     * The binding of a device whose report may be taken: a device with a secret must present it (as the user, when
     * the request names one); only a device configured without a secret is known by its id alone.
     *
     * @throws DeviceBindings.UnknownDeviceException if nobody bound the device
     * @throws DeviceAuthenticationException         if the secret is missing or wrong, or the user is another device
     */
    public DeviceBindings.Binding admit(String deviceId, Optional<String> user, Optional<String> secret)
            throws DeviceBindings.UnknownDeviceException, DeviceAuthenticationException {
        KnownDevice device = lookUp(deviceId).orElseThrow(() -> new DeviceBindings.UnknownDeviceException(deviceId));
        boolean admitted = (user.isEmpty() || user.get().equals(deviceId)) && device.secret()
                .map(expected -> secret.filter(s -> Secrets.matches(s, expected)).isPresent()).orElse(true);
        if (!admitted) {
            throw new DeviceAuthenticationException();
        }
        return device.binding();
    }

    /** The device's binding and the secret it must present (configured, or the digest stored), read once. */
    private Optional<KnownDevice> lookUp(String deviceId) {
        if (deviceId == null) {
            return Optional.empty();
        }
        Optional<DeviceBindings.Binding> configuredBinding = configured.find(deviceId);
        if (configuredBinding.isPresent()) {
            return Optional.of(new KnownDevice(configuredBinding.get(),
                    Optional.ofNullable(configuredSecrets.get(deviceId))));
        }
        return bound(deviceId).map(device -> new KnownDevice(device.binding(),
                Optional.ofNullable(device.secretSha256()).map(digest -> Secrets.HASHED + digest)));
    }

    /**
     * A device bound through the API, read with plain JDBC outside a transaction and then taken as read for
     * {@link #REREAD_AFTER}: every report of every device asks, and the query was a tenth of a report's work
     * (docs/performance.md, "Positions"). A change made on this instance counts at once; one made on another
     * instance within that time (docs/scale-out-state.md). A device not found is asked again at every report, so a
     * device just bound elsewhere is never refused.
     */
    private Optional<BoundDevice> bound(String deviceId) {
        long now = System.nanoTime();
        RecentlyRead known = recentlyRead.get(deviceId);
        if (known != null && now - known.readAtNanos() < REREAD_AFTER.toNanos()) {
            return Optional.of(known.device());
        }
        Optional<BoundDevice> read = jdbc.query(
                "SELECT id, tenant, vehicle_id, driver_id, secret_sha256 FROM device_binding WHERE id = ?",
                (row, n) -> new BoundDevice(new DeviceBindings.Binding(row.getString(1), row.getString(2),
                        row.getString(3), row.getString(4)), row.getString(5)), deviceId).stream().findFirst();
        read.ifPresentOrElse(device -> recentlyRead.put(deviceId, new RecentlyRead(device, now)),
                () -> recentlyRead.remove(deviceId));
        return read;
    }

    /** Forgets what was read of a device once the transaction binding, moving or unbinding it commits. */
    private void rereadAfterCommit(String deviceId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                recentlyRead.remove(deviceId);
            }
        });
    }

    /** A tenant's devices, configured and bound through the API, by id. */
    @Transactional(readOnly = true)
    public List<DeviceView> list(String tenant) {
        List<DeviceView> devices = new ArrayList<>();
        properties.tenants().get(tenant).devices().forEach(d -> devices.add(new DeviceView(d.id(), d.vehicleId(),
                d.driverId(), "configuration", null)));
        stored.findByTenantOrderById(tenant).forEach(d -> devices.add(new DeviceView(d.getId(), d.getVehicleId(),
                d.getDriverId(), "api", null)));
        devices.sort(Comparator.comparing(DeviceView::id));
        return devices;
    }

    /**
     * Binds a device of the tenant to one of its vehicles, or moves it to another; the answer carries the device's
     * secret when the hub made one up (it is stored as a digest and never shown again).
     */
    @Transactional
    public DeviceView bind(String tenant, DeviceView request) {
        check(tenant, request);
        if (configured.find(request.id()).isPresent()) {
            throw new ConflictException("device " + request.id() + " is bound in the configuration");
        }
        Optional<DeviceEntity> earlier = stored.findById(request.id());
        if (earlier.isPresent() && !earlier.get().getTenant().equals(tenant)) {
            throw new ConflictException("device id " + request.id() + " is taken");
        }
        String secret = request.secret() != null ? request.secret() : Tokens.newToken();
        rereadAfterCommit(request.id());
        stored.save(new DeviceEntity(request.id(), tenant, request.vehicleId(), request.driverId(),
                Secrets.hashed(secret).substring(Secrets.HASHED.length()),
                earlier.map(DeviceEntity::getCreatedAt).orElse(clock.instant())));
        return new DeviceView(request.id(), request.vehicleId(), request.driverId(), "api",
                request.secret() != null ? null : secret);
    }

    /** Removes a device bound through the API; its reports are refused from now on. */
    @Transactional
    public void unbind(String tenant, String deviceId) {
        if (configured.find(deviceId).filter(b -> b.tenant().equals(tenant)).isPresent()) {
            throw new ConflictException("device " + deviceId + " is bound in the configuration; unbind it there");
        }
        DeviceEntity device = stored.findById(deviceId).filter(d -> d.getTenant().equals(tenant))
                .orElseThrow(() -> new NotFoundException("device", deviceId));
        stored.delete(device);
        rereadAfterCommit(deviceId);
    }

    private void check(String tenant, DeviceView request) {
        List<Violation> violations = new ArrayList<>();
        if (!DeviceIds.isValid(request.id())) {
            violations.add(new Violation("id", DeviceIds.RULE));
        }
        if (request.vehicleId() == null || fleets.fleetAsOf(tenant, clock.instant()).vehicles().stream()
                .noneMatch(v -> v.getId().equals(request.vehicleId()))) {
            violations.add(new Violation("vehicleId", "not a vehicle of the tenant's fleet: " + request.vehicleId()));
        }
        if (request.secret() != null && request.secret().length() < 16) {
            violations.add(new Violation("secret", "at least 16 characters (or none: the hub makes one up)"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidMessageException(violations);
        }
    }

    private record KnownDevice(DeviceBindings.Binding binding, Optional<String> secret) {
    }

    private record BoundDevice(DeviceBindings.Binding binding, String secretSha256) {
    }

    private record RecentlyRead(BoundDevice device, long readAtNanos) {
    }
}
