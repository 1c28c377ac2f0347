package io.lastmilehub.connectors.spi;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InboundFormatsTest {

    private static final ConnectorSetting<ZoneId> ZONE = ConnectorSetting.zone("zone", "UTC", "zone of local times");
    private static final ConnectorSetting<Boolean> HEADER = ConnectorSetting.flag("header", true, "a header line");

    private final InboundFormats formats = InboundFormats.load();

    @Test
    void whenLoaded_itShouldCreateEachFormatsMapperUnderItsName() {
        InboundMappers defaults = formats.defaults();

        assertThat(formats.names()).isEqualTo(defaults.formats()).contains("shopify", "wms-csv", "x12");
        assertThat(formats.names()).allSatisfy(name -> assertThat(defaults.get(name).format()).isEqualTo(name));
    }

    @Test
    void whenAFormatDeclaresSettings_eachShouldSayWhatItIs() {
        assertThat(formats.names().stream().flatMap(name -> formats.find(name).orElseThrow().settings().stream()))
                .isNotEmpty()
                .allSatisfy(setting -> {
                    assertThat(setting.name()).matches("[a-z][a-z0-9-]*");
                    assertThat(setting.type()).isNotBlank();
                    assertThat(setting.description()).isNotBlank();
                });
    }

    @Test
    void whenATenantSetsNothing_itShouldGetTheDefaults() {
        ConnectorSettings settings = ConnectorSettings.defaults(List.of(ZONE, HEADER));

        assertThat(settings.get(ZONE)).isEqualTo(ZoneId.of("UTC"));
        assertThat(settings.get(HEADER)).isTrue();
        assertThat(settings.isSet(ZONE)).isFalse();
    }

    @Test
    void whenAValueIsWrittenAsYamlBindsIt_itShouldBeReadAsItsType() {
        ConnectorSettings settings = ConnectorSettings.of(List.of(ZONE, HEADER),
                Map.of("zone", "Europe/Berlin", "header", false));

        assertThat(settings.get(ZONE)).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(settings.get(HEADER)).isFalse();
    }

    @Test
    void whenAValueIsNotOfItsType_itShouldNameTheSettingTheValueAndTheReason() {
        ConnectorSettings settings = ConnectorSettings.of(List.of(ZONE), Map.of("zone", "Mars/Olympus"));

        InvalidConnectorSettingException failure = catchThrowableOfType(InvalidConnectorSettingException.class,
                () -> settings.get(ZONE));

        assertThat(failure).hasMessage("zone: 'Mars/Olympus': not a time zone id such as Europe/Berlin");
    }

    @Test
    void whenASettingIsNotDeclared_itShouldBeRefusedListingTheKnownOnes() {
        InvalidConnectorSettingException failure = catchThrowableOfType(InvalidConnectorSettingException.class,
                () -> ConnectorSettings.of(List.of(ZONE, HEADER), Map.of("zome", "UTC")));

        assertThat(failure).hasMessage("zome: 'UTC': no such setting; known: header, zone");
    }
}
