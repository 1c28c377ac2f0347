package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each kind of bad IDoc gets an error that names what is wrong in SAP's terms, from edited copies of the fixtures. */
class IdocBadInputTest extends InboundMapperTestBase {

    private static final String XML = DeliveryIdocTest.XML;
    private static final String FLAT = DeliveryIdocTest.FLAT;

    @Override
    protected InboundMapper mapper() {
        return new IdocInboundMapper();
    }

    private static String xml() {
        return new String(sample(XML), StandardCharsets.UTF_8);
    }

    private static String xmlWith(String from, String to) {
        assertThat(xml()).contains(from);
        return xml().replace(from, to);
    }

    private static List<String> flatRecords() {
        return new ArrayList<>(Arrays.asList(new String(sample(FLAT), StandardCharsets.UTF_8).split("\n")));
    }

    private static String flat(List<String> records) {
        return String.join("\n", records) + "\n";
    }

    @Test
    void whenTheXmlIsNotWellFormed_itShouldNameTheElementLineAndColumn() {
        MappingException failure = mappingFails(xmlWith("<VBELN>0080001234</VBELN>", "<VBELN>0080001234</VBLEN>"));

        assertThat(failure.getField()).isEqualTo("/DELVRY07/IDOC/E1EDL20/VBELN");
        assertThat(failure.getReason()).startsWith("not well-formed XML: line 25, column 23: ")
                .contains("VBELN");
    }

    @Test
    void whenASegmentsNameIsNoXmlName_itShouldBeNotWellFormedNamingWhereItStands() {
        MappingException failure = mappingFails(xmlWith("<E1EDL20 SEGMENT=\"1\">", "<:1EDL20 SEGMENT=\"1\">")
                .replace("</E1EDL20>", "</:1EDL20>"));

        assertThat(failure.getField()).startsWith("/DELVRY07/IDOC");
        assertThat(failure.getReason()).isEqualTo("not well-formed XML: an element name is not a valid XML name");
    }

    @Test
    void whenTheXmlCarriesADtdWithAnExternalEntity_itShouldBeRefusedBeforeAnythingIsRead() {
        String xxe = xmlWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DELVRY07>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<!DOCTYPE DELVRY07 [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<DELVRY07>")
                .replace("<INCO2>Hamburg</INCO2>", "<INCO2>&xxe;</INCO2>");

        MappingException failure = mappingFails(xxe);

        assertThat(failure.getField()).isEqualTo("DOCTYPE");
        assertThat(failure.getReason()).isEqualTo("not allowed: IDoc-XML must not carry a DTD or entity declarations");
    }

    @Test
    void whenTheXmlReferencesAnUndeclaredEntity_itShouldNotBeWellFormed() {
        MappingException failure = mappingFails(xmlWith("<INCO2>Hamburg</INCO2>", "<INCO2>&xxe;</INCO2>"));

        assertThat(failure.getField()).isEqualTo("/DELVRY07/IDOC/E1EDL20/INCO2");
        assertThat(failure.getReason()).startsWith("not well-formed XML: line ").contains("xxe");
    }

    @Test
    void whenTheIdocTypeIsUnknown_itShouldNameIdoctyp() {
        String invoice = xmlWith("<IDOCTYP>DELVRY07</IDOCTYP>", "<IDOCTYP>INVOIC02</IDOCTYP>")
                .replace("DELVRY07>", "INVOIC02>");

        MappingException failure = mappingFails(invoice);

        assertThat(failure.getField()).isEqualTo("EDI_DC40-IDOCTYP");
        assertThat(failure.getReason()).isEqualTo("unknown IDoc type 'INVOIC02'; the hub reads DELVRY05, DELVRY06, "
                + "DELVRY07, SHPMNT05, ORDERS01, ORDERS02, ORDERS03, ORDERS04, ORDERS05");
    }

    @Test
    void whenTheMessageTypeFlowsTheOtherWay_itShouldNameMestypAndSayWhy() {
        MappingException failure = mappingFails(xmlWith("<MESTYP>SHPORD</MESTYP>", "<MESTYP>SHPCON</MESTYP>"));

        assertThat(failure.getField()).isEqualTo("EDI_DC40-MESTYP");
        assertThat(failure.getReason()).isEqualTo("message type 'SHPCON' is not taken: a shipping confirmation goes "
                + "into SAP, not out of it; the hub takes DELVRY07 as DESADV, SHPORD, CARNOT, WHSORD or a customer "
                + "message type (Z*, Y*)");
    }

    @Test
    void whenTheMessageTypeIsUnknown_itShouldNameMestyp() {
        MappingException failure = mappingFails(xmlWith("<MESTYP>SHPORD</MESTYP>", "<MESTYP>INVOIC</MESTYP>"));

        assertThat(failure.getField()).isEqualTo("EDI_DC40-MESTYP");
        assertThat(failure.getReason()).startsWith("message type 'INVOIC' is not taken: unknown message type for "
                + "DELVRY07");
    }

    @Test
    void whenTheDeliveryHeaderIsMissing_itShouldNameE1edl20() {
        String noHeader = xml().replaceAll("(?s)<E1EDL20 SEGMENT=\"1\">.*</E1EDL20>", "");

        MappingException failure = mappingFails(noHeader);

        assertThat(failure.getField()).isEqualTo("E1EDL20");
        assertThat(failure.getReason()).isEqualTo("missing: mandatory segment (delivery header)");
    }

    @Test
    void whenTheShipToPartnerIsMissing_itShouldNameThePartnerFunction() {
        MappingException failure = mappingFails(xmlWith("<PARTNER_Q>WE</PARTNER_Q>", "<PARTNER_Q>RE</PARTNER_Q>"));

        assertThat(failure.getField()).isEqualTo("E1ADRM1[PARTNER_Q=WE]");
        assertThat(failure.getReason()).isEqualTo("missing: delivery 0080001234 has no ship-to partner");
    }

    @Test
    void whenTheShipTosCityIsMissing_itShouldNameTheField() {
        String noCity = xmlWith("<CITY1>Hamburg</CITY1>\n\t\t\t\t<TELEPHONE1>", "<TELEPHONE1>");

        MappingException failure = mappingFails(noCity);

        assertThat(failure.getField()).isEqualTo("E1ADRM1[PARTNER_Q=WE]-CITY1");
        assertThat(failure.getReason()).isEqualTo("missing");
    }

    @Test
    void whenTheDeliveryNumberIsMissing_itShouldNameVbeln() {
        MappingException failure = mappingFails(xmlWith("<VBELN>0080001234</VBELN>", ""));

        assertThat(failure.getField()).isEqualTo("E1EDL20-VBELN");
    }

    @Test
    void whenAnItemComesBeforeTheDeliveryHeader_itShouldBeOutOfOrder() {
        String item = "<E1EDL24 SEGMENT=\"1\"><POSNR>000030</POSNR><LFIMG>1</LFIMG></E1EDL24>";
        String moved = xmlWith("</EDI_DC40>\n\t\t<E1EDL20 SEGMENT=\"1\">",
                "</EDI_DC40>\n\t\t" + item + "\n\t\t<E1EDL20 SEGMENT=\"1\">");

        MappingException failure = mappingFails(moved);

        assertThat(failure.getField()).isEqualTo("E1EDL24");
        assertThat(failure.getReason()).isEqualTo("segment out of order: E1EDL20 must be the first segment, found "
                + "E1EDL24 before it");
    }

    @Test
    void whenAnItemSitsOutsideItsDelivery_itShouldBeOutOfOrder() {
        String item = "<E1EDL24 SEGMENT=\"1\"><POSNR>000030</POSNR><LFIMG>1</LFIMG></E1EDL24>";
        String moved = xmlWith("</E1EDL20>", "</E1EDL20>\n\t\t" + item);

        MappingException failure = mappingFails(moved);

        assertThat(failure.getField()).isEqualTo("E1EDL24[POSNR=000030]");
        assertThat(failure.getReason())
                .isEqualTo("segment out of order: belongs inside E1EDL20, found at the top level");
    }

    @Test
    void whenAFlatItemRecordComesBeforeItsDelivery_itShouldBeOutOfOrder() {
        List<String> records = flatRecords();
        String item = records.remove(9);
        assertThat(item).startsWith("E2EDL24");
        records.add(1, item);

        MappingException failure = mappingFails(flat(records));

        assertThat(failure.getField()).isEqualTo("E1EDL24");
        assertThat(failure.getReason()).isEqualTo("line 2: segment out of order: its parent segment (PSGNUM 1) does "
                + "not come before it");
    }

    @Test
    void whenTrailingBlanksOfEveryRecordWereTrimmed_theyShouldBePaddedAndTheIdocRead() {
        List<String> records = flatRecords();
        MappedMessage untrimmed = map(flat(records));
        records.replaceAll(String::stripTrailing);

        MappedMessage trimmed = map(flat(records));

        assertThat(records.get(0)).hasSizeLessThan(524);
        assertThat(trimmed.orders()).isEqualTo(untrimmed.orders());
    }

    @Test
    void whenADataRecordIsCutInsideItsHeader_itShouldNameTheSegmentAndLine() {
        List<String> records = flatRecords();
        records.set(1, records.get(1).substring(0, 40));

        MappingException failure = mappingFails(flat(records));

        assertThat(failure.getField()).isEqualTo("E1EDL20");
        assertThat(failure.getReason()).startsWith("line 2: DOCNUM");
    }

    @Test
    void whenADataRecordIsTooLong_itShouldNameTheSegmentAndLine() {
        List<String> records = flatRecords();
        records.set(2, records.get(2) + " ".repeat(1000));

        MappingException failure = mappingFails(flat(records));

        assertThat(failure.getField()).isEqualTo("E1EDL22");
        assertThat(failure.getReason()).startsWith("line 3: record is 1196 characters, expected 63 to 1063");
    }

    @Test
    void whenADataRecordBelongsToAnotherIdoc_itShouldNameItsDocnum() {
        List<String> records = flatRecords();
        records.set(3, records.get(3).replace("0000000000481516", "0000000000481517"));

        MappingException failure = mappingFails(flat(records));

        assertThat(failure.getField()).isEqualTo("E1EDL21");
        assertThat(failure.getReason()).isEqualTo("line 4: DOCNUM 0000000000481517 is not the control record's "
                + "0000000000481516");
    }

    @Test
    void whenAFlatFileCarriesTwoIdocs_itShouldAskForOnePerMessage() {
        List<String> records = flatRecords();
        records.addAll(flatRecords());

        MappingException failure = mappingFails(flat(records));

        assertThat(failure.getField()).isEqualTo("EDI_DC40");
        assertThat(failure.getReason()).isEqualTo("line 16: a second IDoc in one message; send one IDoc per message");
    }

    @Test
    void whenTheControlRecordIsOfRelease3_itShouldSaySo() {
        List<String> records = flatRecords();
        records.set(0, "EDI_DC    " + records.get(0).substring(10));

        MappingException failure = mappingFails(flat(records));

        assertThat(failure.getField()).isEqualTo("EDI_DC40");
        assertThat(failure.getReason()).contains("a control record of release 3");
    }

    @Test
    void whenTheControlRecordIsNotFirstInsideIdoc_itShouldBeOutOfOrder() {
        String control = xml().substring(xml().indexOf("<EDI_DC40"), xml().indexOf("</EDI_DC40>") + 11);
        String moved = xml().replace(control, "").replace("</IDOC>", control + "\n\t</IDOC>");

        MappingException failure = mappingFails(moved);

        assertThat(failure.getField()).isEqualTo("EDI_DC40");
        assertThat(failure.getReason()).isEqualTo("out of order: the control record must be the first element "
                + "inside <IDOC>, found <E1EDL20> before it");
    }

    @Test
    void whenTheRootIsNotTheIdocType_itShouldNameTheRoot() {
        MappingException failure = mappingFails(xml().replace("DELVRY07>", "DELVRY03>"));

        assertThat(failure.getField()).isEqualTo("/DELVRY03");
        assertThat(failure.getReason()).contains("does not match the control record's IDoc type (IDOCTYP DELVRY07");
    }

    @Test
    void whenTheXmlCarriesTwoIdocs_itShouldAskForOnePerMessage() {
        String idoc = xml().substring(xml().indexOf("<IDOC"), xml().indexOf("</IDOC>") + 7);

        MappingException failure = mappingFails(xml().replace("</IDOC>", "</IDOC>\n" + idoc));

        assertThat(failure.getField()).isEqualTo("/DELVRY07/IDOC");
        assertThat(failure.getReason()).isEqualTo("2 IDocs in one message; send one IDoc per message");
    }

    @Test
    void whenThePayloadIsNoIdoc_itShouldSaySo() {
        MappingException failure = mappingFails("{\"order\": 1}");

        assertThat(failure.getField()).isEqualTo("payload");
        assertThat(failure.getReason()).startsWith("not an IDoc: expected IDoc-XML")
                .endsWith("starts with '{\"order\": 1}'");
    }

    @Test
    void whenThePayloadIsTooLarge_itShouldBeRefusedUnread() {
        IdocInboundMapper small = new IdocInboundMapper(new IdocSettings(IdocSettings.defaults().defaultZone(),
                Map.of(), Map.of(), 1000));

        MappingException failure = catchThrowableOfType(MappingException.class,
                () -> small.map(new InboundMessage(TENANT, "idoc", sample(XML), Map.of())));

        assertThat(failure.getField()).isEqualTo("payload");
        assertThat(failure.getReason()).isEqualTo(sample(XML).length + " bytes, more than the limit of 1000");
    }

    @Test
    void whenSegmentsAreNestedTooDeep_itShouldBeRefusedWhileReading() {
        String nested = "<Z1DEEP SEGMENT=\"1\">".repeat(20) + "</Z1DEEP>".repeat(20);

        MappingException failure = mappingFails(xmlWith("<VBELN>0080001234</VBELN>",
                "<VBELN>0080001234</VBELN>" + nested));

        assertThat(failure.getField()).startsWith("/DELVRY07/IDOC/E1EDL20/Z1DEEP/Z1DEEP/");
        assertThat(failure.getReason()).isEqualTo("nested deeper than 20 elements");
    }

    @Test
    void whenTheTimeZoneCodeIsUnknown_itShouldNameIt() {
        String unknown = xml().replaceFirst("(<QUALF>007</QUALF>(?s).*?)<TZONE_BEG>CET</TZONE_BEG>",
                "$1<TZONE_BEG>MARS</TZONE_BEG>");

        MappingException failure = mappingFails(unknown);

        assertThat(failure.getField()).isEqualTo("E1EDT13[QUALF=007]-TZONE_BEG");
        assertThat(failure.getReason()).isEqualTo("unknown SAP time zone 'MARS'; add it to the connector's time zone "
                + "codes");
    }

    @Test
    void whenTheDeadlineDateIsNoDate_itShouldNameIt() {
        MappingException failure = mappingFails(xml().replaceFirst("(<QUALF>007</QUALF>\\s*)<NTANF>20240312</NTANF>",
                "$1<NTANF>20241312</NTANF>"));

        assertThat(failure.getField()).isEqualTo("E1EDT13[QUALF=007]-NTANF");
        assertThat(failure.getReason()).isEqualTo("not a date (YYYYMMDD): '20241312'");
    }

    @Test
    void whenTheDeadlineHasAnEndOnly_itShouldNameTheStart() {
        MappingException failure = mappingFails(xml().replaceFirst("(<QUALF>007</QUALF>\\s*)<NTANF>20240312</NTANF>",
                "$1"));

        assertThat(failure.getField()).isEqualTo("E1EDT13[QUALF=007]-NTANF");
        assertThat(failure.getReason()).isEqualTo("missing: the window has an end only");
    }

    @Test
    void whenTheWindowEndsBeforeItStarts_itShouldNameTheEnd() {
        MappingException failure = mappingFails(xmlWith("<NTENZ>120000</NTENZ>", "<NTENZ>070000</NTENZ>"));

        assertThat(failure.getField()).isEqualTo("E1EDT13[QUALF=007]-NTEND");
        assertThat(failure.getReason()).isEqualTo("the window ends (2024-03-12T06:00:00Z) before it starts "
                + "(2024-03-12T07:00:00Z)");
    }

    @Test
    void whenAWeightUnitIsUnknown_itShouldNameTheUnitField() {
        MappingException failure = mappingFails(xml().replaceFirst("<GWEIM>KGM</GWEIM>", "<GWEIM>STN</GWEIM>"));

        assertThat(failure.getField()).isEqualTo("E1EDL37[EXIDV=340123450000000017]-GWEIM");
        assertThat(failure.getReason()).startsWith("unknown weight unit 'STN'; known: G, GRM, KG, KGM");
    }

    @Test
    void whenAWeightIsNotANumber_itShouldNameIt() {
        MappingException failure = mappingFails(xml().replaceFirst("<BRGEW>14.000</BRGEW>", "<BRGEW>14,000</BRGEW>"));

        assertThat(failure.getField()).isEqualTo("E1EDL37[EXIDV=340123450000000017]-BRGEW");
        assertThat(failure.getReason()).isEqualTo("not a number: '14,000'");
    }

    @Test
    void whenTheCountryIsNoIsoCode_itShouldNameIt() {
        String unknown = xml().replaceFirst("(<PARTNER_Q>WE</PARTNER_Q>(?s).*?)<COUNTRY1>DE</COUNTRY1>",
                "$1<COUNTRY1>XY</COUNTRY1>");

        MappingException failure = mappingFails(unknown);

        assertThat(failure.getField()).isEqualTo("E1ADRM1[PARTNER_Q=WE]-COUNTRY1");
        assertThat(failure.getReason()).isEqualTo("not an ISO 3166-1 country code: 'XY'");
    }

    @Test
    void whenTheControlRecordHasNoDocnum_itShouldNameIt() {
        MappingException failure = mappingFails(xmlWith("<DOCNUM>0000000000481516</DOCNUM>", ""));

        assertThat(failure.getField()).isEqualTo("EDI_DC40-DOCNUM");
        assertThat(failure.getReason()).isEqualTo("missing");
    }
}
