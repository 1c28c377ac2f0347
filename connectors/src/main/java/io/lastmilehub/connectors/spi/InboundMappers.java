package io.lastmilehub.connectors.spi;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Inbound mappers by format name, e.g. one tenant's ({@link InboundFormats#mappers}). Immutable. */
public final class InboundMappers {

    private final Map<String, InboundMapper> byFormat;

    private InboundMappers(Map<String, InboundMapper> byFormat) {
        this.byFormat = Collections.unmodifiableMap(byFormat);
    }

    /** The mapper of every registered format ({@link InboundFormats#load()}) with its default settings. */
    public static InboundMappers load() {
        return InboundFormats.load().defaults();
    }

    /**
     * The given mappers.
     *
     * @throws IllegalStateException when two mappers claim the same format
     */
    public static InboundMappers of(Collection<? extends InboundMapper> mappers) {
        Map<String, InboundMapper> byFormat = new TreeMap<>();
        for (InboundMapper mapper : mappers) {
            InboundMapper previous = byFormat.putIfAbsent(mapper.format(), mapper);
            if (previous != null) {
                throw new IllegalStateException("Format " + mapper.format() + " is claimed by both "
                        + previous.getClass().getName() + " and " + mapper.getClass().getName());
            }
        }
        return new InboundMappers(byFormat);
    }

    /** The known format names, sorted. */
    public Set<String> formats() {
        return byFormat.keySet();
    }

    /** The mapper for a format, if there is one. */
    public Optional<InboundMapper> find(String format) {
        return Optional.ofNullable(format == null ? null : byFormat.get(format));
    }

    /**
     * The mapper for a format.
     *
     * @throws MappingException naming {@code format} and listing the known formats when there is none
     */
    public InboundMapper get(String format) {
        return find(format).orElseThrow(() -> new MappingException("format",
                "unknown format '" + format + "'; known formats: " + String.join(", ", byFormat.keySet())));
    }

    /** Maps a message with the mapper for its format. */
    public MappedMessage map(InboundMessage message) {
        return get(message.format()).map(message);
    }
}
