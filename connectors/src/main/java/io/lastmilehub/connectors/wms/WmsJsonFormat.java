package io.lastmilehub.connectors.wms;

import io.lastmilehub.connectors.spi.SettinglessFormat;

/** Format {@code wms-json}: no settings. */
public final class WmsJsonFormat extends SettinglessFormat {

    public WmsJsonFormat() {
        super(new WmsJsonMapper());
    }
}
