package io.lastmilehub.hub.inbound;

import io.lastmilehub.hub.errors.InvalidMessageException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ?dryRun=true}: what the hub would make of a message, with nothing stored, sent or numbered. It passes the
 * same gates and the same mapping as a real message, inside a transaction that is rolled back (so that a geocoding
 * lookup, say, leaves no cache entry), and never reaches the dead-letter store.
 */
@Service
public class DryRun {

    private final InboundService inbound;
    private final InboundGates gates;
    private final List<PreviewDetails> details;
    private final TransactionTemplate rolledBack;

    public DryRun(InboundService inbound, InboundGates gates, List<PreviewDetails> details,
                  PlatformTransactionManager transactions) {
        this.inbound = inbound;
        this.gates = gates;
        this.details = details;
        this.rolledBack = new TransactionTemplate(transactions);
    }

    /** The report: {@code wouldAccept}, the orders and the rest as they would be stored, or the violations. */
    public Map<String, Object> check(String tenant, String format, byte[] payload, Map<String, Object> headers) {
        return rolledBack.execute(status -> {
            status.setRollbackOnly();
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("dryRun", true);
            InvalidMessageException refusal = null;
            try {
                gates.check(tenant, format, payload);
                describe(report, inbound.preview(tenant, format, payload, headers));
            } catch (InvalidMessageException refused) {
                refusal = refused;
                report.put("wouldAccept", false);
                report.put("violations", refused.getViolations());
            }
            for (PreviewDetails detail : details) {
                report.putAll(detail.describe(tenant, format, payload, refusal));
            }
            return report;
        });
    }

    private static void describe(Map<String, Object> report, InboundPreview preview) {
        report.put("wouldAccept", true);
        report.put("sourceSystem", preview.sourceSystem());
        report.put("sourceMessageId", preview.sourceMessageId());
        if (preview.duplicateOf() != null) {
            report.put("duplicateOf", preview.duplicateOf());
        }
        report.put("orders", preview.orders());
        report.put("parcelUpdates", preview.mapped().parcelUpdates());
        report.put("cancellations", preview.mapped().cancellations());
        report.put("revisions", preview.mapped().revisions());
        report.put("statusReports", preview.mapped().statusReports());
        report.put("receipts", preview.mapped().receipts());
    }
}
