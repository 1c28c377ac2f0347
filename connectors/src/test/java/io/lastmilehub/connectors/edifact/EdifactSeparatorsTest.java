package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.support.edi.EdiInterchange;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.Reparse;
import io.lastmilehub.connectors.support.edi.StatusCodeTable;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ExternalReferences;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What we send an EDIFACT partner whose file asks for other separators: announced in UNA, values released. */
class EdifactSeparatorsTest {

    private static final Instant NOW = Instant.parse("2026-11-21T07:30:00Z");
    /** UNA {@code >*.! ~}: {@code >} components, {@code *} elements, {@code !} release, {@code ~} segments. */
    private static final EdiSyntax STARS = new EdiSyntax('~', '*', '>', '!', "\r\n", StandardCharsets.ISO_8859_1);

    @Test
    void theContrlAnnouncesThePartnersSeparatorsInUnaAndReparsesWithValidationOn() throws Exception {
        EdifactInboundMapper mapper = new EdifactInboundMapper();
        EdiInterchange orders = mapper.inbound().read(EdifactSamples.of("orders96.edi"));

        byte[] contrl = new ControlMessageBuilder(Reparse.counting(), STARS)
                .build(orders, mapper.inbound().outcomes("acme", orders), NOW).payload();

        String text = new String(contrl, StandardCharsets.ISO_8859_1);
        // StAEDI writes UNA itself, right before UNB; the line breaks follow the segments we write
        assertThat(text).startsWith("UNA>*.! ~UNB*UNOA>3*PARTNER2>14*PARTNER1>14*261121>0730*1~\r\n")
                .contains("~\r\nUNH*1*CONTRL>D>3>UN~\r\n")
                .endsWith("UNZ*1*1~\r\n").doesNotContain("'").doesNotContain("+");
        assertThat(Reparse.values(contrl, StandardCharsets.ISO_8859_1)).contains("UNH*1*CONTRL:D:3:UN",
                "UNZ*1*1");
    }

    @Test
    void aValueWithThePartnersSeparatorsIsReleasedAndReadBackWhole() throws Exception {
        DeliveryStatusEvent event = DeliveryStatusEvent.builder().eventId("evt*7").tenant("acme").orderId("ord-42")
                .status(DeliveryStatus.DELIVERED).occurredAt(Instant.parse("2026-11-20T15:04:00Z"))
                .references(ExternalReferences.builder().erpDelivery("DSV>41~599").customerPo("PO!1+2'3").build())
                .build();
        EdifactParties partner = new EdifactParties("UNOC", "5790000110018", "14", "SEAFT.AFT006", "");

        byte[] iftsta = new StatusReportBuilder(partner, STARS, new StatusCodeTable(Map.of("DELIVERED", "21")),
                Reparse.counting()).build(event, NOW);

        String text = new String(iftsta, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("BGM*77*evt!*7*9~\r\n", "CNI*1*DSV!>41!~599~\r\n", "RFF*ON>PO!!1+2'3~\r\n");
        assertThat(Reparse.values(iftsta, StandardCharsets.ISO_8859_1)).contains("BGM*77*evt*7*9",
                "CNI*1*DSV>41~599", "RFF*ON:PO!1+2'3");
    }
}
