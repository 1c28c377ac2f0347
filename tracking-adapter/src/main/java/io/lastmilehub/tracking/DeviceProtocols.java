package io.lastmilehub.tracking;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * The device protocols by name, as registered in {@code META-INF/services/io.lastmilehub.tracking.DeviceProtocol}.
 * Immutable once loaded.
 */
public final class DeviceProtocols {

    private final Map<String, DeviceProtocol> byName;

    private DeviceProtocols(Map<String, DeviceProtocol> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** Every protocol registered on this class's class path. */
    public static DeviceProtocols load() {
        return of(ServiceLoader.load(DeviceProtocol.class, DeviceProtocols.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    /** @throws IllegalStateException when two protocols claim the same name */
    public static DeviceProtocols of(Collection<? extends DeviceProtocol> protocols) {
        Map<String, DeviceProtocol> byName = new TreeMap<>();
        for (DeviceProtocol protocol : protocols) {
            DeviceProtocol previous = byName.putIfAbsent(protocol.protocol(), protocol);
            if (previous != null) {
                throw new IllegalStateException("Protocol " + protocol.protocol() + " is claimed by both "
                        + previous.getClass().getName() + " and " + protocol.getClass().getName());
            }
        }
        return new DeviceProtocols(byName);
    }

    /** Every protocol, sorted by name. */
    public Collection<DeviceProtocol> all() {
        return byName.values();
    }

    /** The protocol names, sorted. */
    public Set<String> names() {
        return byName.keySet();
    }

    public Optional<DeviceProtocol> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** @throws DecodeException naming the known protocols when there is no such one */
    public DeviceProtocol get(String name) throws DecodeException {
        Optional<DeviceProtocol> protocol = find(name);
        if (protocol.isEmpty()) {
            throw new DecodeException("unknown protocol '" + name + "'; known: " + String.join(", ", names()));
        }
        return protocol.get();
    }
}
