package io.lastmilehub.hub.inbound;

import io.lastmilehub.connectors.spi.InboundFormats;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.TenantContext;
import io.lastmilehub.hub.config.BoundProperties;
import io.lastmilehub.hub.config.InvalidSettingException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantMappersTest {

    private static final InboundFormats FORMATS = InboundFormats.load();
    private static final String ACME_CSV = """
            Delivery No;Event;Package ID
            80001234;SHIPPED;PK-1
            """;

    private static TenantMappers mappers(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("lastmile.tenants.plain.api-keys[0]", "plain-key");
        return new TenantMappers(FORMATS, FORMATS.defaults(), BoundProperties.of(all), tenant -> TenantContext.none());
    }

    private static MappedMessage map(TenantMappers mappers, String tenant, String format, String body,
                                     Map<String, String> headers) {
        return mappers.find(tenant, format).orElseThrow()
                .map(new InboundMessage(tenant, format, body.getBytes(StandardCharsets.UTF_8), headers));
    }

    @Test
    void whenATenantConfiguresAFormat_itsMessagesShouldBeReadWithItsSettings() {
        TenantMappers mappers = mappers(Map.of(
                "lastmile.tenants.acme.connectors.wms-csv.system", "acme-wms",
                "lastmile.tenants.acme.connectors.wms-csv.delimiter", ";",
                "lastmile.tenants.acme.connectors.wms-csv.columns.erpDelivery", "Delivery No",
                "lastmile.tenants.acme.connectors.wms-csv.columns.event", "Event",
                "lastmile.tenants.acme.connectors.wms-csv.columns.parcelId", "Package ID"));

        MappedMessage mapped = map(mappers, "acme", "wms-csv", ACME_CSV, Map.of());

        assertThat(mapped.sourceSystem()).isEqualTo("acme-wms");
        assertThat(mapped.parcelUpdates()).singleElement()
                .satisfies(update -> assertThat(update.references().getErpDelivery()).isEqualTo("80001234"));
        assertThatThrownBy(() -> map(mappers, "plain", "wms-csv", ACME_CSV, Map.of()))
                .isInstanceOf(MappingException.class);
    }

    @Test
    void whenATenantHasAWebhookSecret_itsUnsignedWebhooksShouldBeRefused() {
        TenantMappers mappers = mappers(Map.of("lastmile.tenants.acme.connectors.shopify.webhook-secret", "s3cret"));
        Map<String, String> webhook = Map.of("X-Shopify-Topic", "orders/create");

        assertThatThrownBy(() -> map(mappers, "acme", "shopify", "{}", webhook))
                .isInstanceOf(MappingException.class).hasMessageContaining("must be signed");
        assertThatThrownBy(() -> map(mappers, "plain", "shopify", "{}", webhook))
                .isInstanceOf(MappingException.class).hasMessageNotContaining("signed");
    }

    @Test
    void whenAFormatIsUnknown_theStartShouldStopNamingTheKey() {
        assertThatThrownBy(() -> mappers(Map.of("lastmile.tenants.acme.connectors.wms-xml.system", "x")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("lastmile.tenants.acme.connectors.wms-xml: '{system=x}': no such format; "
                        + "known: ").hasMessageContaining("wms-csv, wms-json");
    }

    @Test
    void whenASettingIsUnknown_theStartShouldStopNamingTheKey() {
        assertThatThrownBy(() -> mappers(Map.of("lastmile.tenants.acme.connectors.wms-csv.separator", ";")))
                .hasMessage("lastmile.tenants.acme.connectors.wms-csv.separator: ';': no such setting; known: "
                        + "columns, delimiter, header, length-unit, system, weight-unit, zone");
    }

    @Test
    void whenAValueCannotWork_theStartShouldStopNamingTheKeyTheValueAndTheReason() {
        assertThatThrownBy(() -> mappers(Map.of("lastmile.tenants.acme.connectors.wms-csv.zone", "Mars/Olympus")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("lastmile.tenants.acme.connectors.wms-csv.zone: 'Mars/Olympus': not a time zone id such as "
                        + "Europe/Berlin");
        assertThatThrownBy(() -> mappers(Map.of("lastmile.tenants.acme.connectors.wms-csv.weight-unit", "stone")))
                .hasMessage("lastmile.tenants.acme.connectors.wms-csv.weight-unit: 'stone': not one of g, kg, lb");
        assertThatThrownBy(() -> mappers(Map.of("lastmile.tenants.acme.connectors.wms-csv.columns.weigth", "W")))
                .hasMessageStartingWith("lastmile.tenants.acme.connectors.wms-csv.columns: '{weigth=W}': "
                        + "unknown column field 'weigth'");
    }
}
