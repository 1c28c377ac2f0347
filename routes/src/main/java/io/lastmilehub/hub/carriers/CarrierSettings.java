package io.lastmilehub.hub.carriers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the carriers are configured, under {@code lastmile.carriers.*}.
 *
 * @param dir the directory of the carrier files ({@code <id>.yaml}), relative to {@code lastmile.config-dir} unless
 *            absolute; a missing directory means no carriers
 */
@ConfigurationProperties("lastmile.carriers")
public record CarrierSettings(@DefaultValue("carriers") String dir) {
}
