package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.support.edi.Acknowledgement;
import io.lastmilehub.connectors.support.edi.EdiError;
import io.lastmilehub.connectors.support.edi.EdiInterchange;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.Reparse;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.xlate.edi.stream.EDIStreamValidationError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class X12AcknowledgementBuilderTest {

    private static final Instant NOW = Instant.parse("2026-11-21T07:30:00Z");

    private final X12InboundMapper mapper = new X12InboundMapper();

    private Acknowledgement acknowledge(String sample) {
        byte[] payload = Samples.x12(sample);
        EdiInterchange interchange = mapper.inbound().read(payload);
        return new X12AcknowledgementBuilder(Reparse.counting(), EdiSyntax.X12)
                .build(interchange, mapper.inbound().outcomes("acme", interchange), NOW);
    }

    private static String text(Acknowledgement ack) {
        return new String(ack.payload(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"204-MGCTLYST-SAMPLE.EDI", "940-simplot.txt", "945-inter-americanproducts.txt",
        "856-Example1.txt", "856-Example3.txt", "856-FromGregarican.txt", "856-edi1Source.txt",
        "004010_315.edi", "210-CN_FreightInvoiceSample1.txt", "210-DBSchenker_Sample.txt", "210-MGCTLYST-SAMPLE.EDI",
        "214-MGCTLYST-SAMPLE.EDI", "990-MGCTLYST-SAMPLE.EDI", "997-004010VICS-01.x12", "997-ISA3.edi", "997.txt",
        "ts214_ellipses_segterm.edi", "x12.214.edi"})
    void whenAnySampleIsAcknowledged_the997ReparsesWithValidationOn(String sample) throws Exception {
        List<String> segments = Reparse.strictly(acknowledge(sample).payload());

        assertThat(segments).startsWith("ISA", "GS", "ST", "AK1", "AK2").endsWith("AK9", "SE", "GE", "IEA");
    }

    @Test
    void whenA204IsMapped_itIsAcceptedWithTheWrongSegmentCountNoted() {
        Acknowledgement ack = acknowledge("204-MGCTLYST-SAMPLE.EDI");

        assertThat(ack.accepted()).isTrue();
        assertThat(text(ack)).startsWith("ISA*00*          *00*          *02*SCAC           *ZZ*MGCTLYST       *"
                + "261121*0730*U*00401*000000001*0*T*:~GS*FA*NPME*MGCTLYST*20261121*0730*1*X*004010~ST*997*0001~")
                .contains("AK1*SM*17878~AK2*204*178780001~AK5*E*4~AK9*E*1*1*1~SE*6*0001~GE*1*1~IEA*1*000000001~");
        assertThat(ack.errors()).containsExactly("ST*204*178780001: SE-01: CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT"
                + " ('41')");
    }

    @Test
    void whenA214Arrives_itIsRejectedAsNotSupported() {
        Acknowledgement ack = acknowledge("214-MGCTLYST-SAMPLE.EDI");

        assertThat(ack.accepted()).isFalse();
        assertThat(text(ack)).contains("AK1*QM*82265~AK2*214*822650001~AK5*R*1~AK9*R*1*1*0~");
        assertThat(ack.errors()).containsExactly(
                "ST*214*822650001: 214 is not accepted inbound; we take 204, 856, 940, 945, 997, 999, TA1");
    }

    @Test
    void whenThe945HasTooLongControlNumbers_theElementErrorsAreNotedAndAk2EchoesTheNumberInNineCharacters() {
        Acknowledgement ack = acknowledge("945-inter-americanproducts.txt");

        assertThat(ack.accepted()).isTrue();
        assertThat(text(ack)).contains("AK2*945*003100001~AK3*ST*1**8~AK4*2**5*0003100001~AK3*SE*17**8~"
                + "AK4*2**5*0003100001~AK5*E*5~AK9*E*1*1*1*4~");
    }

    @Test
    void whenTheGroupControlNumberIsLongerThanNine_ak1EchoesItInNineCharactersAndTheAckReparses() throws Exception {
        String longGroupNumber = new String(Samples.x12("204-MGCTLYST-SAMPLE.EDI"), StandardCharsets.UTF_8)
                .replace("*17878*X*004010", "*0000017878*X*004010").replace("GE*1*17878", "GE*1*0000017878");
        EdiInterchange interchange = mapper.inbound().read(longGroupNumber.getBytes(StandardCharsets.UTF_8));

        Acknowledgement ack = new X12AcknowledgementBuilder(Reparse.counting(), EdiSyntax.X12)
                .build(interchange, mapper.inbound().outcomes("acme", interchange), NOW);

        assertThat(text(ack)).contains("AK1*SM*000017878~");
        assertThat(Reparse.strictly(ack.payload())).contains("AK1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TOO_MANY_REPETITIONS", "TOO_MANY_COMPONENTS"})
    void whenAnElementHasMoreThanItDefines_the004010CodeIs3NotThe005010Codes12Or13(String error) {
        EdiError tooMuch = new EdiError(EDIStreamValidationError.valueOf(error), "N1", 3, 4, 0, "X");

        assertThat(X12ErrorCodes.elementCode(tooMuch)).isEqualTo("3");
    }

    @Test
    void whenA204LacksTheConsigneeStreet_itIsRejectedNamingN3() {
        String broken = new String(Samples.x12("204-MGCTLYST-SAMPLE.EDI"), StandardCharsets.UTF_8)
                .replace("N3*555 S 108th St\n", "");
        byte[] payload = broken.getBytes(StandardCharsets.UTF_8);
        EdiInterchange interchange = mapper.inbound().read(payload);

        Acknowledgement ack = new X12AcknowledgementBuilder(Reparse.counting(), EdiSyntax.X12)
                .build(interchange, mapper.inbound().outcomes("acme", interchange), NOW);

        assertThat(ack.accepted()).isFalse();
        assertThat(text(ack)).contains("AK2*204*178780001~AK3*N3*");
        assertThat(text(ack)).contains("**3~AK5*R*5~AK9*R*1*1*0~");
        assertThat(ack.errors()).contains("ST*204*178780001/S5[2]/N1*CN/N3: no street address");
    }

    @Test
    void whenAMessageArrivesOnTheContract_theMapperGivesItsAcknowledgement() {
        InboundMessage message = new InboundMessage("acme", "x12", Samples.x12("940-simplot.txt"), Map.of());

        Optional<Acknowledgement> ack = mapper.inbound().acknowledge(message,
                new X12AcknowledgementBuilder(Reparse.counting(), EdiSyntax.X12), NOW);

        assertThat(ack).get().extracting(Acknowledgement::accepted).isEqualTo(true);
        assertThat(text(ack.get())).contains("AK1*OW*177818711~AK2*940*0001~AK5*A~AK9*E*1*1*1*4~");
    }

    @Test
    void whenThePartnerFileSaysTest_the997sIsa15IsTThoughTheInboundSaidP() {
        InboundMessage message = new InboundMessage("acme", "x12", Samples.x12("940-simplot.txt"), Map.of());

        Optional<Acknowledgement> ack = mapper.inbound().acknowledge(message,
                new X12AcknowledgementBuilder(Reparse.counting(), EdiSyntax.X12, "T"), NOW);

        assertThat(text(ack.get()).substring(0, 106)).endsWith("*0*T*:~");
    }

    @Test
    void whenTheSendersQualifierIsOutsideTheCodeList_theInterchangeIsStillAcknowledged() {
        String qualifier1b = new String(Samples.x12("204-MGCTLYST-SAMPLE.EDI"), StandardCharsets.UTF_8)
                .replace("*ZZ*MGCTLYST       *", "*1B*MGCTLYST       *");
        InboundMessage message = new InboundMessage("acme", "x12", qualifier1b.getBytes(StandardCharsets.UTF_8),
                Map.of());

        Optional<Acknowledgement> ack = mapper.inbound().acknowledge(message,
                new X12AcknowledgementBuilder(Reparse.counting(), EdiSyntax.X12), NOW);

        assertThat(ack).isPresent();
        assertThat(text(ack.get())).contains("*1B*MGCTLYST       *").contains("AK2*204*178780001~");
    }

    @Test
    void whenTheInterchangeCannotBeReadAtAll_thereIsNoEnvelopeToAcknowledge() {
        InboundMessage message = new InboundMessage("acme", "x12",
                "ISA*00*  *00".getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(mapper.inbound().acknowledge(message, new X12AcknowledgementBuilder(Reparse.counting(),
                EdiSyntax.X12), NOW)).isEmpty();
    }

    @Test
    void whenAnInterchangeIsADuplicate_aTa1Says025WithItsControlNumberDateAndTime() throws Exception {
        EdiInterchange tender = mapper.inbound().read(Samples.x12("204-MGCTLYST-SAMPLE.EDI"));

        byte[] notice = new DuplicateInterchangeNotice(Reparse.counting(), EdiSyntax.X12).build(tender.header(), NOW);

        assertThat(Reparse.strictly(notice)).containsExactly("ISA", "TA1", "IEA");
        assertThat(new String(notice, StandardCharsets.UTF_8)).startsWith("ISA*00*          *00*          *02*SCAC"
                + "           *ZZ*MGCTLYST       *261121*0730*U*00401*000000001*0*T*:~")
                .endsWith("~TA1*000018718*160726*1256*R*025~IEA*0*000000001~");
    }

    /** Keeps the base's sample loading in one place. */
    static final class Samples extends InboundMapperTestBase {

        static byte[] x12(String name) {
            return sample("x12/" + name);
        }

        @Override
        protected io.lastmilehub.connectors.spi.InboundMapper mapper() {
            return new X12InboundMapper();
        }
    }
}
