package io.lastmilehub.connectors.magento;

import io.lastmilehub.connectors.spi.SettinglessFormat;

/** Format {@code magento}: no settings. */
public final class MagentoFormat extends SettinglessFormat {

    public MagentoFormat() {
        super(new MagentoOrderMapper());
    }
}
