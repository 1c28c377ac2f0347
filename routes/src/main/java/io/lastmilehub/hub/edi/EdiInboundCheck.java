package io.lastmilehub.hub.edi;

import io.lastmilehub.connectors.support.edi.EdiError;
import io.lastmilehub.connectors.support.edi.EdiInbound;
import io.lastmilehub.connectors.support.edi.EdiInterchange;
import io.lastmilehub.connectors.support.edi.EdiTransaction;
import io.lastmilehub.hub.inbound.InboundGate;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.errors.Violation;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lets an X12 or EDIFACT interchange in only from a configured trading partner of the tenant, addressed to us, with
 * only the transaction sets or messages agreed with that partner, or acknowledgements (997, 999, CONTRL) of what we
 * sent it; anything else is refused (and so dead-lettered) before it is mapped. An interchange that cannot be read
 * passes, for the mapper to refuse with where it broke. Wrong envelope counts or control numbers are refused too,
 * unless the partner file says {@code envelope-errors: accept}.
 */
@Component("ediInboundCheck")
public class EdiInboundCheck implements InboundGate {

    private static final Set<String> TRAILERS = Set.of("SE", "GE", "IEA", "UNT", "UNE", "UNZ");

    private final EdiStandards standards;
    private final TradingPartners partners;

    public EdiInboundCheck(EdiStandards standards, TradingPartners partners) {
        this.standards = standards;
        this.partners = partners;
    }

    /** Checks an inbound message; does nothing for formats other than x12 and edifact. */
    @Override
    public void check(String tenant, String format, byte[] payload) {
        EdiStandards.ReadInterchange read = standards.read(format, payload).orElse(null);
        if (read == null) {
            return;
        }
        EdiInterchange interchange = read.interchange();
        String sender = read.sender();
        TradingPartner partner = partners.bySender(tenant, sender).orElseThrow(() -> new InvalidMessageException(
                senderField(interchange), "unknown trading partner " + sender + " for tenant " + tenant
                        + ": its interchanges are taken once config/partners/<id>.yaml names it"));
        checkRecipient(interchange, partner);
        if (partner.envelopeErrors() == TradingPartner.EnvelopeErrors.REJECT) {
            checkEnvelopeCounts(interchange, partner);
        }
        for (EdiTransaction transaction : interchange.transactions()) {
            if (read.inbound().supports(transaction.type()) && !partner.inbound().contains(transaction.type())
                    && !SentDocuments.ACKNOWLEDGEMENTS.contains(transaction.type())) {
                throw new InvalidMessageException(EdiInbound.name(transaction), transaction.type()
                        + " is not agreed with trading partner " + partner.id() + ", which sends "
                        + partner.inbound().stream().sorted().toList());
            }
        }
    }

    private static void checkRecipient(EdiInterchange interchange, TradingPartner partner) {
        boolean x12 = partner.standard() == TradingPartner.Standard.X12;
        // ISA*..*sender qual*sender*receiver qual*receiver; UNB+syntax+sender:qual+recipient:qual
        String recipient = x12 ? interchange.header().element(8) : interchange.header().component(3, 1);
        if (!recipient.equals(partner.us().id())) {
            throw new InvalidMessageException(x12 ? "ISA-08" : "UNB/S003", "interchange is addressed to '"
                    + recipient + "', not to us ('" + partner.us().id() + "' for partner " + partner.id() + ")");
        }
    }

    /** Wrong trailer counts or control numbers (SE, GE, IEA, UNT, UNE, UNZ), all named; the values are not echoed. */
    private static void checkEnvelopeCounts(EdiInterchange interchange, TradingPartner partner) {
        List<Violation> violations = Stream.concat(interchange.errors().stream(),
                        interchange.transactions().stream().flatMap(t -> t.errors().stream()))
                .filter(e -> TRAILERS.contains(e.segmentTag()))
                .map(e -> new Violation(e.isElementError() ? e.segmentTag() + "-" + String.format("%02d",
                        e.elementPosition()) : e.segmentTag(), reason(e) + "; trading partner " + partner.id()
                        + " takes no envelope errors (envelope-errors: reject)"))
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidMessageException(violations);
        }
    }

    private static String reason(EdiError error) {
        return switch (error.type()) {
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> "the count does not match what the interchange holds";
            case CONTROL_REFERENCE_MISMATCH -> "the control number does not match the header's";
            default -> error.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String senderField(EdiInterchange interchange) {
        return "ISA".equals(interchange.header().tag()) ? "ISA-06" : "UNB/S002";
    }
}
