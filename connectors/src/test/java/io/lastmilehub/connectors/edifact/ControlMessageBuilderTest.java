package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.support.edi.Acknowledgement;
import io.lastmilehub.connectors.support.edi.EdiInterchange;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.Reparse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ControlMessageBuilderTest {

    private static final Instant NOW = Instant.parse("2026-11-21T07:30:00Z");

    private final EdifactInboundMapper mapper = new EdifactInboundMapper();

    private Acknowledgement acknowledge(byte[] payload) {
        EdiInterchange interchange = mapper.inbound().read(payload);
        return new ControlMessageBuilder(Reparse.counting(), EdiSyntax.EDIFACT)
                .build(interchange, mapper.inbound().outcomes("acme", interchange), NOW);
    }

    private static String text(Acknowledgement ack) {
        return new String(ack.payload(), StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DESADV-DespatchAdvice.txt", "IFTMIN-Instruction.txt",
        "IFTSTA_example.edi", "ORDERS-PurchaseOrder.txt", "desadv1.edi", "edifact.D01B.IFCSUM.EDI",
        "orders-with-group.edi", "orders96.edi"})
    void whenAnySampleIsAcknowledged_theContrlReparsesWithValidationOn(String sample) throws Exception {
        List<String> segments = Reparse.strictly(acknowledge(EdifactSamples.of(sample)).payload());

        assertThat(segments).startsWith("UNA", "UNB", "UNH", "UCI", "UCM").endsWith("UNT", "UNZ");
    }

    @Test
    void whenTheQualifiersAreNotInTheCodeList_theContrlIsAddressedWithThemAsTheSenderUsedThem() {
        String contrl = text(acknowledge(EdifactSamples.of("D96ADESADV.edi")));

        assertThat(contrl).startsWith("UNA:+.? 'UNB+UNOC:3+8888888:ZZ+1556150:31B+261121:0730+1'")
                .contains("'UCI+1+1556150:31B+8888888:ZZ+");
    }

    @Test
    void whenADesadvIsMapped_itIsAcknowledgedAndTheWrongUnzCountNoted() {
        Acknowledgement ack = acknowledge(EdifactSamples.of("DESADV-DespatchAdvice.txt"));

        assertThat(ack.accepted()).isTrue();
        assertThat(text(ack)).isEqualTo("UNA:+.? 'UNB+UNOB:3+RECEIVER1:1+SENDER1:1+261121:0730+1'UNH+1+CONTRL:D:3:UN'"
                + "UCI+131+SENDER1:1+RECEIVER1:1+7+29'UCM+ME000001+DESADV:D:96A:UN+7'UNT+4+1'UNZ+1+1'");
        assertThat(ack.errors()).containsExactly("UNZ-01: CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT ('2')");
    }

    @Test
    void whenAnIftstaArrives_itIsRejectedForNoAgreement() {
        Acknowledgement ack = acknowledge(EdifactSamples.of("IFTSTA_example.edi"));

        assertThat(ack.accepted()).isFalse();
        assertThat(text(ack)).contains("UCI+31+5790000110018:14+SEAFT.AFT006+4'UCM+45689+IFTSTA:D:10B:UN+4+17'");
        assertThat(ack.errors()).contains("UNH+45689+IFTSTA: IFTSTA is not accepted inbound; we take CONTRL, DESADV,"
                + " IFTMIN, ORDERS");
    }

    @Test
    void whenTheIftminConsigneeHasOnlyAGln_itIsRejectedNamingTheNadSegment() {
        Acknowledgement ack = acknowledge(EdifactSamples.of("IFTMIN-Instruction.txt"));

        assertThat(ack.accepted()).isFalse();
        assertThat(text(ack)).contains("UCM+ME000001+IFTMIN:D:96A:UN+4'UCS+12+13'");
        assertThat(ack.errors()).containsExactly("UNH+ME000001+IFTMIN/NAD+CN: party 5411234444402 has no street, city"
                + " and country, only a party id (no GLN directory)");
    }

    @Test
    void whenAnInterchangeIsADuplicate_theContrlRejectsItWithError26AndNoMessageReport() throws Exception {
        EdiInterchange orders = mapper.inbound().read(EdifactSamples.of("ORDERS-PurchaseOrder.txt"));

        byte[] contrl = new ControlMessageBuilder(Reparse.counting(), EdiSyntax.EDIFACT).duplicate(orders.header(),
                NOW);

        assertThat(Reparse.strictly(contrl)).containsExactly("UNA", "UNB", "UNH", "UCI", "UNT", "UNZ");
        assertThat(new String(contrl, StandardCharsets.ISO_8859_1)).contains("UCI+" + orders.header().element(5)
                + "+").contains("+4+26'UNT+3+1'");
    }
}
