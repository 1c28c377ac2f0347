package io.lastmilehub.hub.edi;

import io.lastmilehub.connectors.support.edi.EdiInterchange;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.TransactionOutcome;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.inbound.PreviewDetails;
import org.springframework.stereotype.Component;

import java.nio.charset.Charset;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For an X12 or EDIFACT dry run: the trading partner the envelope matched, what is agreed with it, and the 997 or
 * CONTRL that would be sent, numbered 0 (a dry run uses no control number).
 */
@Component
public class EdiPreviewDetails implements PreviewDetails {

    private final EdiStandards standards;
    private final TradingPartners partners;
    private final Clock clock;

    public EdiPreviewDetails(EdiStandards standards, TradingPartners partners, Clock clock) {
        this.standards = standards;
        this.partners = partners;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> describe(String tenant, String format, byte[] payload,
                                        InvalidMessageException refusal) {
        EdiStandards.ReadInterchange read = standards.read(format, payload).orElse(null);
        if (read == null) {
            return Map.of();
        }
        EdiInterchange interchange = read.interchange();
        String sender = read.sender();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("sender", sender);
        TradingPartner partner = partners.bySender(tenant, sender).orElse(null);
        if (partner == null) {
            return details;
        }
        details.put("partner", Map.of("id", partner.id(), "standard", partner.standard().name(),
                "inbound", partner.inbound().stream().sorted().toList(),
                "outbound", partner.outbound().stream().sorted().toList(),
                "acknowledgements", partner.acknowledgements().name()));
        if (!EdiAcknowledgements.onlyAcknowledgements(interchange)) {
            List<TransactionOutcome> outcomes = EdiAcknowledgements.outcomes(read.inbound(), partner, tenant,
                    interchange, refusal);
            if (EdiAcknowledgements.sendsAcknowledgement(partner, interchange, outcomes)) {
                byte[] acknowledgement = EdiAcknowledgements.builder(partner, (p, kind) -> 0L)
                        .build(interchange, outcomes, clock.instant()).payload();
                details.put("acknowledgement", Map.of("type", EdiAcknowledgements.acknowledgementType(partner),
                        "document", new String(acknowledgement, charset(partner, interchange))));
            }
        }
        return details;
    }

    private static Charset charset(TradingPartner partner, EdiInterchange interchange) {
        return partner.standard() == TradingPartner.Standard.X12 ? partner.ediSyntax().charset()
                : EdiSyntax.edifactCharset(interchange.header().component(1, 1));
    }
}
