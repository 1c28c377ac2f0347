package io.lastmilehub.connectors.canonical;

import io.lastmilehub.connectors.spi.SettinglessFormat;

/** Format {@code canonical-xml}: no settings. */
public final class CanonicalXmlFormat extends SettinglessFormat {

    public CanonicalXmlFormat() {
        super(new CanonicalXmlMapper());
    }
}
