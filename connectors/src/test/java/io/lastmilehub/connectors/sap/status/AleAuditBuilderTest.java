package io.lastmilehub.connectors.sap.status;

import io.lastmilehub.connectors.sap.IdocInboundMapper;
import io.lastmilehub.connectors.sap.idoc.ControlRecord;
import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.connectors.sap.idoc.Segment;
import io.lastmilehub.connectors.sap.idoc.xml.IdocXml;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappingException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

/** The ALEAUD01 audit back to SAP, written as IDoc-XML and read again with the hub's own reader. */
class AleAuditBuilderTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2024, 3, 11, 7, 15, 9, 0, ZoneId.of("Europe/Berlin"));

    private final IdocInboundMapper mapper = new IdocInboundMapper();

    private static byte[] sample(String name) {
        try (InputStream in = AleAuditBuilderTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ControlRecord inbound(byte[] payload) {
        return mapper.readControlRecord(payload).orElseThrow();
    }

    private static Idoc reread(AleAuditBuilder audit) {
        byte[] xml = audit.buildXml();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<ALEAUD01>", "<IDOC BEGIN=\"1\">",
                "<EDI_DC40 SEGMENT=\"1\">", "<E1ADHDR SEGMENT=\"1\">");
        return IdocXml.read(xml);
    }

    private static Segment state(Idoc audit) {
        return audit.segments("E1ADHDR").get(0).children("E1STATE").get(0);
    }

    @Test
    void whenTheIdocWasApplied_theAuditShouldGoBackToItsSenderWithStatus53() {
        ControlRecord inbound = inbound(sample("idoc/delvry07-shpord.xml"));

        Idoc audit = reread(AleAuditBuilder.confirming(inbound).docnum("0000000000000042").createdAt(NOW)
                .applied("1 delivery order created in LastMile Hub"));

        assertThat(audit.control().fields()).containsExactly(entry("TABNAM", "EDI_DC40"), entry("MANDT", "100"),
                entry("DOCNUM", "0000000000000042"), entry("DIRECT", "2"), entry("IDOCTYP", "ALEAUD01"),
                entry("MESTYP", "ALEAUD"), entry("SNDPOR", "LMHUBHTTP"), entry("SNDPRT", "LS"),
                entry("SNDPRN", "LASTMILEHB"), entry("RCVPOR", "SAPS4H"), entry("RCVPRT", "LS"),
                entry("RCVPRN", "S4HCLNT100"), entry("CREDAT", "20240311"), entry("CRETIM", "071509"));
        assertThat(audit.segments("E1ADHDR").get(0).fields())
                .containsExactly(entry("MESTYP", "SHPORD"), entry("MESTYP_LNG", "SHPORD"));
        assertThat(state(audit).fields()).containsExactly(entry("DOCNUM", "0000000000481516"), entry("STATUS", "53"),
                entry("STATXT", "1 delivery order created in LastMile Hub"), entry("STATYP", "S"));
    }

    @Test
    void whenTheIdocCouldNotBeMapped_theAuditShouldCarryStatus51WithSegmentFieldAndReason() {
        byte[] payload = new String(sample("idoc/delvry07-shpord.xml"), StandardCharsets.UTF_8)
                .replace("<PARTNER_Q>WE</PARTNER_Q>", "<PARTNER_Q>RE</PARTNER_Q>").getBytes(StandardCharsets.UTF_8);
        MappingException error = catchThrowableOfType(MappingException.class,
                () -> mapper.map(new InboundMessage("acme", "idoc", payload, Map.of())));

        Idoc audit = reread(AleAuditBuilder.confirming(inbound(payload)).docnum("43").createdAt(NOW)
                .notApplied(error));

        assertThat(state(audit).fields()).containsExactly(entry("DOCNUM", "0000000000481516"), entry("STATUS", "51"),
                entry("STATXT", "E1ADRM1[PARTNER_Q=WE]: missing: delivery 0080001234 has no ship-to ..."),
                entry("STAPA1", "E1ADRM1"), entry("STAPA3", "PARTNER_Q=WE"), entry("STAPA4", "missing: delivery..."),
                entry("STATYP", "E"), entry("STAPA1_LNG", "E1ADRM1"), entry("STAPA3_LNG", "PARTNER_Q=WE"),
                entry("STAPA4_LNG", "missing: delivery 0080001234 has no ship-to par..."));
    }

    @Test
    void whenTheErrorNamesAQualifiedField_theParametersShouldSplitIt() {
        ControlRecord inbound = inbound(sample("idoc/delvry07-shpord.idoc"));

        Segment state = state(reread(AleAuditBuilder.confirming(inbound).docnum("44").createdAt(NOW)
                .notApplied("E1EDT13[QUALF=007]-NTANF", "not a date (YYYYMMDD): '20241312'")));

        assertThat(state.field("STAPA1")).isEqualTo("E1EDT13");
        assertThat(state.field("STAPA2")).isEqualTo("NTANF");
        assertThat(state.field("STAPA3")).isEqualTo("QUALF=007");
        assertThat(state.field("STATXT")).isEqualTo("E1EDT13[QUALF=007]-NTANF: not a date (YYYYMMDD): '20241312'");
    }

    @Test
    void whenTheFlatIdocIsBrokenAfterItsControlRecord_itsSenderShouldStillBeKnown() {
        String flat = new String(sample("idoc/delvry07-shpord.idoc"), StandardCharsets.UTF_8);
        byte[] broken = (flat.substring(0, flat.indexOf('\n') + 1) + "E2EDL20004 too short\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(mapper.readControlRecord(broken)).get()
                .extracting(ControlRecord::senderPartner, ControlRecord::docnum)
                .containsExactly("S4HCLNT100", "0000000000481516");
    }

    @Test
    void whenTheXmlIsBrokenAfterItsControlRecord_itsSenderShouldStillBeKnown() {
        String xml = new String(sample("idoc/ordrsp-idoc.xml"), StandardCharsets.UTF_8);
        byte[] broken = xml.replace("<BELNR>0000347163</BELNR>", "<BELNR>0000347163</BELNRX>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(mapper.readControlRecord(broken)).get()
                .extracting(ControlRecord::senderPartner, ControlRecord::docnum)
                .containsExactly("HE4CLNT400", "5220230");
        assertThat(mapper.readControlRecord("not an idoc".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void whenTheAuditNumberIsShort_itShouldBePaddedToSixteenDigits() {
        ControlRecord inbound = inbound(sample("idoc/delvry07-shpord.xml"));

        Idoc audit = AleAuditBuilder.confirming(inbound).docnum("43").createdAt(NOW).applied("done").build();

        assertThat(audit.control().docnum()).isEqualTo("0000000000000043");
        assertThatThrownBy(() -> AleAuditBuilder.confirming(inbound).docnum("A-43"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whenTheAuditLacksItsNumber_itShouldNotBeBuilt() {
        ControlRecord inbound = inbound(sample("idoc/delvry07-shpord.xml"));

        assertThatThrownBy(() -> AleAuditBuilder.confirming(inbound).createdAt(NOW).applied("done").build())
                .isInstanceOf(IllegalStateException.class);
    }
}
