package io.lastmilehub.hub.edi;

import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.hub.edi.TradingPartner.AckPolicy;
import io.lastmilehub.model.DeliveryStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PartnerFilesTest {

    private static final Set<String> TENANTS = Set.of("demo");
    /** The envelope of a valid X12 partner file, for cases about its other keys. */
    private static final String ACME_X12 = """
            tenant: demo
            standard: X12
            version: "004010"
            us: { qualifier: ZZ, id: OURS }
            them: { qualifier: ZZ, id: ACME }
            """;

    @TempDir
    Path dir;

    @Test
    void whenTheShippedPartnerFilesAreRead_bothDemoPartnersAreThereWithTheirEnvelopeIds() {
        List<TradingPartner> partners = PartnerFiles.read(Path.of("../config/partners"), TENANTS);

        assertThat(partners).extracting(TradingPartner::id, TradingPartner::sourceSystem).containsExactly(
                tuple("benelux-forwarder", "EDIFACT:SID"),
                tuple("catalyst-paper", "X12:ZZ:MGCTLYST"));
        TradingPartner catalyst = partners.get(1);
        assertThat(catalyst.x12Parties()).extracting("senderQualifier", "senderId", "receiverId", "groupSender",
                "groupReceiver", "usage").containsExactly("02", "SCAC", "MGCTLYST", "NPME", "MGCTLYST", "T");
        assertThat(catalyst.statusCodes().status(DeliveryStatus.DELIVERED)).isEqualTo("D1");
        assertThat(partners.get(0).acknowledgements()).isEqualTo(AckPolicy.ON_ERROR);
        assertThat(partners.get(0).edifactParties().partner()).isEqualTo("EDIFACT:SID");
    }

    @Test
    void whenAFileBreaksRules_everyProblemIsNamedWithItsFileAndField() throws IOException {
        write("acme.yaml", """
                tenant: nobody
                standard: X12
                version: "005010"
                us: { id: OURS }
                them: { qualifier: ZZ, id: ACME }
                scac: abc
                inbound: ["204", "214"]
                outbound: ["997", "214"]
                status: { scope: own-orders, codes: { DELIVERED: D1, TELEPORTED: T1 } }
                tender-rules: { serviced-countries: [USA], max-weight-kg: -1 }
                """);

        assertThatThrownBy(() -> PartnerFiles.read(dir, TENANTS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file("acme.yaml") + ": tenant: 'nobody' is no configured tenant")
                .hasMessageContaining("acme.yaml: version: '005010': what we send to a X12 partner is 004010")
                .hasMessageContaining("acme.yaml: us.qualifier: 'null': two characters")
                .hasMessageContaining("acme.yaml: inbound: '214' is not supported")
                .hasMessageContaining("acme.yaml: scac: 'abc'")
                .hasMessageContaining("acme.yaml: transport.template: missing")
                .hasMessageContaining("acme.yaml: status.codes.TELEPORTED: no canonical status or reason")
                .hasMessageContaining("acme.yaml: tender-rules.serviced-countries: 'USA'")
                .hasMessageContaining("acme.yaml: tender-rules.max-weight-kg: must be greater than 0");
    }

    @Test
    void whenAKeyIsMisspelt_itIsNamedWithItsPath() throws IOException {
        write("acme.yaml", """
                tenant: demo
                standard: X12
                tender-rules: { max-weigth-kg: 5 }
                """);

        assertThatThrownBy(() -> PartnerFiles.read(dir, TENANTS))
                .hasMessageContaining(file("acme.yaml") + ": tender-rules.max-weigth-kg: Unrecognized field");
    }

    @Test
    void whenTwoFilesClaimTheSameSender_theSecondIsRefused() throws IOException {
        String partner = """
                tenant: demo
                standard: EDIFACT
                version: D01B
                us: { id: US }
                them: { id: THEM, qualifier: "14" }
                acknowledgements: never
                """;
        write("a.yaml", partner);
        write("b.yaml", partner);

        assertThatThrownBy(() -> PartnerFiles.read(dir, TENANTS)).hasMessageContaining(file("b.yaml")
                + ": them: EDIFACT:THEM:14 is already the partner of " + file("a.yaml"));
    }

    @Test
    void whenAFileNamesOtherIds_thePartnerIsFoundByAnyOfItsPairsAndAnswersToThem() throws IOException {
        write("acme.yaml", ACME_X12 + """
                other-ids:
                  - { qualifier: "01", id: "123456789" }
                  - { qualifier: "08", id: ACME_WEST }
                acknowledgements: never
                """);

        TradingPartners partners = new TradingPartners(PartnerFiles.read(dir, TENANTS));

        assertThat(partners.all()).singleElement().extracting(TradingPartner::sourceSystems).asList()
                .containsExactly("X12:ZZ:ACME", "X12:01:123456789", "X12:08:ACME_WEST");
        for (String sender : List.of("X12:ZZ:ACME", "X12:01:123456789", "X12:08:ACME_WEST")) {
            assertThat(partners.bySender("demo", sender)).as(sender).get().extracting(TradingPartner::id)
                    .isEqualTo("acme");
        }
        assertThat(partners.bySender("demo", "X12:01:ACME_EAST")).isEmpty();
        assertThat(partners.all().get(0).x12Parties().receiverId()).isEqualTo("ACME");
    }

    @Test
    void whenAnotherFileClaimsOneOfThePartnersOtherIds_theFirstStartNamesBothFiles() throws IOException {
        write("a.yaml", ACME_X12 + """
                other-ids: [{ qualifier: "01", id: "123456789" }]
                acknowledgements: never
                """);
        write("b.yaml", ACME_X12.replace("id: ACME", "id: BETA") + """
                other-ids: [{ qualifier: "01", id: "123456789" }]
                acknowledgements: never
                """);

        assertThatThrownBy(() -> PartnerFiles.read(dir, TENANTS)).hasMessageContaining(file("b.yaml")
                + ": other-ids: X12:01:123456789 is already the partner of " + file("a.yaml"));
    }

    @Test
    void whenAnOtherIdBreaksTheRules_itIsNamedWithItsIndex() throws IOException {
        write("acme.yaml", ACME_X12 + """
                other-ids: [{ qualifier: ZZ, id: ACME }, { qualifier: ZZZ, id: "THIS ID IS FAR TOO LONG" }]
                acknowledgements: never
                """);

        assertThatThrownBy(() -> PartnerFiles.read(dir, TENANTS)).hasMessageContaining("other-ids[1].id: ")
                .hasMessageContaining("other-ids[1].qualifier: ");
    }

    @Test
    void whenAPartnerGivesSeparatorsAndACharset_whatWeSendIsWrittenInThem() throws IOException {
        write("acme.yaml", ACME_X12 + """
                acknowledgements: never
                separators: { segment: "!", element: "|" }
                segment-suffix: "\\r\\n"
                charset: US-ASCII
                """);

        EdiSyntax syntax = PartnerFiles.read(dir, TENANTS).get(0).ediSyntax();

        assertThat(syntax).isEqualTo(new EdiSyntax('!', '|', ':', null, "\r\n", StandardCharsets.US_ASCII));
    }

    @Test
    void whenX12SeparatorsOrCharsetAreWrong_eachIsNamedWithItsField() throws IOException {
        write("acme.yaml", ACME_X12 + """
                separators: { segment: "~~", element: "a", component: ".", repetition: "^", release: "?" }
                segment-suffix: "\\t"
                charset: EBCDIC
                """);

        assertThatThrownBy(() -> PartnerFiles.read(dir, TENANTS))
                .hasMessageContaining(file("acme.yaml") + ": separators.repetition: the hub writes ISA version 00401,"
                        + " whose ISA11 is U")
                .hasMessageContaining("acme.yaml: separators.release: X12 has no release character")
                .hasMessageContaining("acme.yaml: separators.segment: '~~': one character")
                .hasMessageContaining("acme.yaml: separators.element: 'a': a visible ASCII character, neither letter")
                .hasMessageContaining("acme.yaml: separators.component: '.': '.' and '-' are in the numbers")
                .hasMessageContaining("acme.yaml: segment-suffix: a line break")
                .hasMessageContaining("acme.yaml: charset: 'EBCDIC': US-ASCII, ISO-8859-1 or UTF-8");
    }

    @Test
    void whenEdifactSeparatorsCollideOrTheCharsetIsNotTheSyntaxLevels_theFileIsRefused() throws IOException {
        write("sid.yaml", """
                tenant: demo
                standard: EDIFACT
                version: D01B
                syntax: UNOC
                us: { id: OURS }
                them: { id: SID }
                separators: { segment: " ", element: ":", repetition: "*" }
                charset: UTF-8
                """);

        assertThatThrownBy(() -> PartnerFiles.read(dir, TENANTS))
                .hasMessageContaining(file("sid.yaml") + ": separators.repetition: the hub writes syntax version 3")
                .hasMessageContaining("sid.yaml: separators.segment: ' ': a visible ASCII character")
                .hasMessageContaining("sid.yaml: separators: {segment= , element=:, component=:, release=?}: each"
                        + " must differ from the others")
                .hasMessageContaining("sid.yaml: charset: 'UTF-8': an EDIFACT interchange's character set is its"
                        + " syntax level's, UNOC is ISO-8859-1; UTF-8 is UNOY, which needs syntax version 4");
    }

    @Test
    void whenAPartnerNamesAZone_itsLocalTimesAreReadInIt() throws IOException {
        write("acme.yaml", ACME_X12 + """
                acknowledgements: never
                zone: America/Chicago
                """);

        TradingPartner acme = PartnerFiles.read(dir, TENANTS).get(0);

        assertThat(acme.localZone()).contains(ZoneId.of("America/Chicago"));
    }

    @Test
    void whenTheZoneIsNoTimeZone_theFileIsRefusedNamingIt() throws IOException {
        write("acme.yaml", ACME_X12 + "zone: Central\n");

        assertThatThrownBy(() -> PartnerFiles.read(dir, TENANTS))
                .hasMessageContaining(file("acme.yaml") + ": zone: 'Central' is no time zone id");
    }

    @Test
    void whenIdsHaveUnderscoresAndTheSyntaxIsUnoe_theFilesAreTaken() throws IOException {
        write("acme.yaml", """
                tenant: demo
                standard: X12
                version: "004010"
                acknowledgements: never
                us: { qualifier: ZZ, id: OUR_HUB }
                them: { qualifier: ZZ, id: ACME_US }
                """);
        write("kiev.yaml", """
                tenant: demo
                standard: EDIFACT
                version: D01B
                syntax: UNOE
                acknowledgements: never
                us: { id: OUR_HUB }
                them: { id: KIEV_DC }
                """);

        List<TradingPartner> partners = PartnerFiles.read(dir, TENANTS);

        assertThat(partners).extracting(TradingPartner::sourceSystem).containsExactly("X12:ZZ:ACME_US",
                "EDIFACT:KIEV_DC");
        assertThat(partners.get(1).ediSyntax().charset().name()).isEqualTo("ISO-8859-5");
    }

    @Test
    void whenAPartnerNamesNoQualifier_anyQualifierOfItsIdFindsIt() {
        assertThat(TradingPartner.withoutQualifier("X12:ZZ:ACME")).isEqualTo("X12::ACME");
        assertThat(TradingPartner.withoutQualifier("X12:01:ACME")).isEqualTo("X12::ACME");
        assertThat(TradingPartner.withoutQualifier("EDIFACT:SID:14")).isEqualTo("EDIFACT:SID");
        assertThat(TradingPartner.withoutQualifier("EDIFACT:SID")).isEqualTo("EDIFACT:SID");
    }

    @Test
    void whenThereIsNoPartnerDirectory_thereAreNoPartners() {
        assertThat(PartnerFiles.read(dir.resolve("partners"), TENANTS)).isEmpty();
    }

    private void write(String name, String yaml) throws IOException {
        Files.writeString(dir.resolve(name), yaml);
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }
}
