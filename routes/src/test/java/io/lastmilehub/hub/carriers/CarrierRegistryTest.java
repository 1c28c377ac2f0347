package io.lastmilehub.hub.carriers;

import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.config.HubProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.StandardEnvironment;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CarrierRegistryTest {

    private static final Path EXAMPLE = Path.of("../config/carriers/examples/dpx.yaml");
    private static final String FLEET = Path.of("src/test/resources/fleet/carrier.yaml").toAbsolutePath().toString();

    @TempDir
    Path config;

    private CarrierRegistry load(String yaml) throws IOException {
        Files.createDirectories(config.resolve("carriers"));
        Files.writeString(config.resolve("carriers/dpx.yaml"), yaml);
        HubProperties properties = new HubProperties("./data", config.toString(), Map.of("demo",
                new HubProperties.Tenant(List.of(), "ottawa", FLEET, null, null, List.of(), null, null, null, null,
                        null)),
                null, null, null, null);
        return new CarrierRegistry(properties, new CarrierSettings("carriers"), new StandardEnvironment(),
                new FleetRegistry(properties));
    }

    @Test
    void theExampleCarrierLoadsWithItsDefaultsAndPlaceholders() throws IOException {
        Carrier dpx = load(Files.readString(EXAMPLE)).find("demo", "dpx").orElseThrow();

        assertThat(dpx.carries("dpx-linehaul")).isTrue();
        assertThat(dpx.carries("van-1")).isFalse();
        assertThat(dpx.books()).isTrue();
        assertThat(dpx.config().api().baseUrl()).isEqualTo(URI.create("https://api.dpx.example/v1"));
        assertThat(dpx.config().api().timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(dpx.config().manifest().formats()).containsExactly(ManifestFormat.X12_856,
                ManifestFormat.EDIFACT_IFTMIN, ManifestFormat.CSV, ManifestFormat.JSON);
        assertThat(dpx.config().manifest().x12().parties().partner()).isEqualTo("X12:02:DPXC");
        assertThat(dpx.webhookFields().status()).isEqualTo("/status");
    }

    @Test
    void aMistypedKeyIsRefusedNamingFileAndKey() throws IOException {
        String typo = Files.readString(EXAMPLE).replace("tolerance: 5m", "tolerence: 5m");
        String rootTypo = Files.readString(EXAMPLE).replace("name: DPX Parcel", "nmae: DPX Parcel");

        assertThatThrownBy(() -> load(typo)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dpx.yaml").hasMessageContaining("webhook.tolerence");
        assertThatThrownBy(() -> load(rootTypo)).hasMessageContaining("nmae");
    }

    @Test
    void everyProblemIsNamedByItsKey() throws IOException {
        String broken = Files.readString(EXAMPLE).replace("0 0 17 * * MON-FRI", "at five")
                .replace("field: pieces", "field: parcels").replace("vehicle-ids: [dpx-linehaul]", "vehicle-ids: [dpx]")
                .replace("scac: DPXC }", "scac: \"\" }").replace("DLV: DELIVERED", "DLV: DONE");

        assertThatThrownBy(() -> load(broken)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Invalid carrier file")
                .hasMessageContaining("cut-off.cron:")
                .hasMessageContaining("manifest.csv.columns[7].field: unknown field 'parcels'")
                .hasMessageContaining("carries.vehicle-ids[0]: no vehicle 'dpx' in the tenant's fleet")
                .hasMessageContaining("manifest.x12.scac: missing")
                .hasMessageContaining("webhook.status-codes: code DLV:");
    }

    @Test
    void aCarrierOfAnUnknownTenantIsRefused() throws IOException {
        String elsewhere = Files.readString(EXAMPLE).replace("tenant: demo", "tenant: acme");

        assertThatThrownBy(() -> load(elsewhere)).hasMessageContaining("tenant: no tenant 'acme' is configured");
    }
}
