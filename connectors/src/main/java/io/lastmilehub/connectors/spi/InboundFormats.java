package io.lastmilehub.connectors.spi;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * The inbound formats by name, as registered in {@code META-INF/services/io.lastmilehub.connectors.spi.InboundFormat}.
 * Immutable once loaded.
 */
public final class InboundFormats {

    private final Map<String, InboundFormat> byName;

    private InboundFormats(Map<String, InboundFormat> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** Every format registered on this class's class path. */
    public static InboundFormats load() {
        return of(ServiceLoader.load(InboundFormat.class, InboundFormats.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    /**
     * The given formats.
     *
     * @throws IllegalStateException when two formats claim the same name
     */
    public static InboundFormats of(Collection<? extends InboundFormat> formats) {
        Map<String, InboundFormat> byName = new TreeMap<>();
        for (InboundFormat format : formats) {
            InboundFormat previous = byName.putIfAbsent(format.name(), format);
            if (previous != null) {
                throw new IllegalStateException("Format " + format.name() + " is claimed by both "
                        + previous.getClass().getName() + " and " + format.getClass().getName());
            }
        }
        return new InboundFormats(byName);
    }

    /** The format names, sorted. */
    public Set<String> names() {
        return byName.keySet();
    }

    public Optional<InboundFormat> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every format's mapper with its default settings and no tenant. */
    public InboundMappers defaults() {
        return InboundMappers.of(byName.values().stream()
                .map(format -> format.create(ConnectorSettings.defaults(format.settings()), TenantContext.none()))
                .toList());
    }
}
