package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.support.edi.EdiInterchange;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.Reparse;
import io.lastmilehub.connectors.x12.X12AcknowledgementBuilderTest.Samples;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What we send an X12 partner whose file asks for other separators, a line break per segment and UTF-8. */
class X12SeparatorsTest {

    private static final Instant NOW = Instant.parse("2026-11-21T07:30:00Z");
    /** {@code |} between elements, {@code >} between components, {@code !} and a line break after each segment. */
    private static final EdiSyntax PIPES = new EdiSyntax('!', '|', '>', null, "\n", StandardCharsets.UTF_8);
    private static final X12Parties PARTNER = new X12Parties("ZZ", "LASTMILEHUB", "ZZ", "MGCTLYST", "LASTMILEHUB",
            "MGCTLYST", "T");

    @Test
    void the997IsWrittenWithThePartnersSeparatorsAndReparsesWithValidationOn() throws Exception {
        X12InboundMapper mapper = new X12InboundMapper();
        EdiInterchange tender = mapper.inbound().read(Samples.x12("204-MGCTLYST-SAMPLE.EDI"));

        byte[] ack = new X12AcknowledgementBuilder(Reparse.counting(), PIPES)
                .build(tender, mapper.inbound().outcomes("acme", tender), NOW).payload();

        String text = new String(ack, StandardCharsets.UTF_8);
        assertThat(text).startsWith("ISA|00|          |00|          |02|SCAC           |ZZ|MGCTLYST       |"
                + "261121|0730|U|00401|000000001|0|T|>!\nGS|FA|NPME|MGCTLYST|20261121|0730|1|X|004010!\n")
                .contains("AK1|SM|17878!\nAK2|204|178780001!\nAK5|E|4!\n").endsWith("IEA|1|000000001!\n")
                .doesNotContain("~").doesNotContain("*");
        assertThat(Reparse.values(ack, StandardCharsets.UTF_8)).contains("AK1*SM*17878", "AK9*E*1*1*1",
                "IEA*1*000000001");
    }

    @Test
    void aValueWithThePartnersSeparatorsHasThemReplacedAndTheDefaultOnesKept() throws Exception {
        byte[] decline = new TenderResponseBuilder(PARTNER, PIPES, Reparse.counting())
                .decline("SCAC", "75027674", "a|b > c!d *~ Zürich", NOW);

        assertThat(Reparse.values(decline, StandardCharsets.UTF_8)).contains("K1*a b c d *~ Zürich");
    }

    @Test
    void aTextOutsideTheCharacterSetIsFoldedToIt() throws Exception {
        EdiSyntax ascii = EdiSyntax.X12.withCharset(StandardCharsets.US_ASCII);

        byte[] decline = new TenderResponseBuilder(PARTNER, ascii, Reparse.counting())
                .decline("SCAC", "75027674", "Zürich Straße", NOW);

        List<String> segments = Reparse.values(decline, StandardCharsets.US_ASCII);
        assertThat(segments).contains("K1*Zurich Stra?e");
    }
}
