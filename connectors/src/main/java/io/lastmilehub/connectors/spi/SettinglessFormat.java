package io.lastmilehub.connectors.spi;

/**
 * A format without settings: every tenant gets the same mapper. Its factory is one constructor,
 * {@code public CanonicalJsonFormat() { super(new CanonicalJsonMapper()); }}.
 */
public abstract class SettinglessFormat implements InboundFormat {

    private final InboundMapper mapper;

    protected SettinglessFormat(InboundMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public final String name() {
        return mapper.format();
    }

    @Override
    public final InboundMapper create(ConnectorSettings settings, TenantContext tenant) {
        return mapper;
    }
}
