package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.Reparse;
import io.lastmilehub.connectors.support.edi.StatusCodeTable;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.ReasonCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatusReportBuilderTest {

    private static final Instant NOW = Instant.parse("2026-11-21T07:30:00Z");
    private static final EdifactParties PARTNER = new EdifactParties("UNOC", "5790000110018", "14", "SEAFT.AFT006",
            "");
    private static final StatusCodeTable CODES = new StatusCodeTable(Map.of("DELIVERED", "21",
            "FAILED_ATTEMPT", "23", "REFUSED", "Z1"));

    @Test
    void whenAnOrderIsRefused_theIftstaCarriesThePartnersCodesAndReparsesWithValidationOn() throws Exception {
        DeliveryStatusEvent event = DeliveryStatusEvent.builder().eventId("evt-7").tenant("acme").orderId("ord-42")
                .status(DeliveryStatus.FAILED_ATTEMPT).reasonCode(ReasonCode.REFUSED)
                .occurredAt(Instant.parse("2026-11-20T15:04:00Z"))
                .references(ExternalReferences.builder().erpDelivery("DSVS41599").customerPo("8008331140").build())
                .build();

        byte[] edi = new StatusReportBuilder(PARTNER, EdiSyntax.EDIFACT, CODES, Reparse.counting()).build(event, NOW);

        assertThat(Reparse.strictly(edi)).containsExactly("UNA", "UNB", "UNH", "BGM", "DTM", "CNI", "STS", "RFF",
                "DTM", "UNT", "UNZ");
        assertThat(new String(edi, StandardCharsets.ISO_8859_1)).isEqualTo("UNA:+.? '"
                + "UNB+UNOC:3+5790000110018:14+SEAFT.AFT006+261121:0730+1'UNH+1+IFTSTA:D:01B:UN'BGM+77+evt-7+9'"
                + "DTM+137:202611210730:203'CNI+1+DSVS41599'STS+1+23+Z1'RFF+ON:8008331140'"
                + "DTM+334:202611201504:203'UNT+8+1'UNZ+1+1'");
    }
}
