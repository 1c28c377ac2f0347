package io.lastmilehub.connectors.support.json;

import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappingException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JsonFieldTest {

    private static JsonField parse(String json) {
        return JsonField.parse(new InboundMessage("acme", "test", json.getBytes(StandardCharsets.UTF_8), Map.of()));
    }

    private static MappingException fails(Runnable read) {
        return catchThrowableOfType(MappingException.class, read::run);
    }

    @Test
    void whenNavigating_pathsShouldNameTheField() {
        JsonField root = parse("{\"order\": {\"lines\": [{\"sku\": \" A1 \"}]}}");

        assertThat(root.path()).isEqualTo("$");
        assertThat(root.get("order").get("lines").get(0).get("sku").path()).isEqualTo("order.lines[0].sku");
        assertThat(root.get("order").get("lines").get(0).get("sku").text()).isEqualTo("A1");
        assertThat(root.get("nothing").get("deeper").get(3).isPresent()).isFalse();
    }

    @Test
    void whenValuesComeAsShopsSendThem_theyShouldBeRead() {
        JsonField root = parse("{\"price\": \"409.90\", \"n\": 3, \"f\": 12.50, \"flag\": 1, \"off\": \"false\","
                + " \"blank\": \"  \", \"first\": null, \"last\": \"Doe\"}");

        assertThat(root.get("price").decimal()).hasToString("409.90");
        assertThat(root.get("f").decimal()).hasToString("12.50");
        assertThat(root.get("n").number(0)).isEqualTo(3.0);
        assertThat(root.get("missing").number(7)).isEqualTo(7.0);
        assertThat(root.get("flag").flag(false)).isTrue();
        assertThat(root.get("off").flag(true)).isFalse();
        assertThat(root.get("blank").text()).isNull();
        assertThat(root.firstText("blank", "first", "last")).isEqualTo("Doe");
        assertThat(root.joinedText(" ", "first", "last")).isEqualTo("Doe");
        assertThat(root.joinedText(" ", "blank", "first")).isNull();
    }

    @Test
    void whenANumberHasAnExponentTooLongToRead_itShouldBeRefusedWithoutEchoingIt() {
        // Found by JsonMappersFuzzTest: Jackson threw a NumberFormatException, which is no MappingException.
        MappingException failure = fails(() -> parse("{\"total_weight\": 255851e10000008046}"));

        assertThat(failure.getField()).isEqualTo("$");
        assertThat(failure.getReason()).isEqualTo(JsonField.UNREADABLE_NUMBER).doesNotContain("255851");
    }

    @Test
    void whenAShopSendsACountryNameOrAlpha3Code_itShouldReadTheAlpha2Code() {
        JsonField root = parse("{\"de\": \"Deutschland\", \"us\": \"USA\", \"ca\": \"can\", \"gb\": \"gb\"}");

        assertThat(root.get("de").countryCode()).isEqualTo("DE");
        assertThat(root.get("us").countryCode()).isEqualTo("US");
        assertThat(root.get("ca").countryCode()).isEqualTo("CA");
        assertThat(root.get("gb").countryCode()).isEqualTo("GB");
    }

    @Test
    void whenARequiredValueIsMissingOrWrong_itShouldNameItAndSayWhy() {
        JsonField root = parse("{\"a\": {\"country\": \"Atlantis\", \"currency\": \"EURO\", \"n\": \"ten\", \"o\": []}}");
        JsonField a = root.get("a");

        assertThat(fails(() -> a.get("city").requiredText())).hasMessage("a.city: missing");
        assertThat(fails(() -> a.get("country").countryCode())).hasMessage("a.country: not an ISO 3166-1 country code");
        assertThat(fails(() -> a.get("currency").currencyCode()))
                .hasMessage("a.currency: not an ISO 4217 currency code");
        assertThat(fails(() -> a.get("n").decimal())).hasMessage("a.n: not a number: ten");
        assertThat(fails(() -> a.get("o").requireObject())).hasMessage("a.o: not a JSON object");
        assertThat(fails(() -> a.get("n").elements())).hasMessage("a.n: not a JSON array");
        assertThat(fails(() -> a.text())).hasMessage("a: not a single value");
    }

    @Test
    void whenCodesAreLowerCase_theyShouldBeUpperCased() {
        JsonField root = parse("{\"country\": \"de\", \"currency\": \"eur\"}");

        assertThat(root.get("country").countryCode()).isEqualTo("DE");
        assertThat(root.get("currency").currencyCode()).isEqualTo("EUR");
    }

    @Test
    void whenThePayloadIsNotJson_itShouldSayWhere() {
        assertThat(fails(() -> parse("{\n  \"a\": ,\n}")).getReason()).startsWith("not JSON").contains("line 2");
        assertThat(fails(() -> parse("   ")).getReason()).startsWith("empty");
    }
}
