package io.lastmilehub.connectors.canonical;

import io.lastmilehub.connectors.spi.SettinglessFormat;

/** Format {@code canonical-json}: no settings. */
public final class CanonicalJsonFormat extends SettinglessFormat {

    public CanonicalJsonFormat() {
        super(new CanonicalJsonMapper());
    }
}
