package io.lastmilehub.hub.orders;

import io.lastmilehub.connectors.spi.StatusReport;
import io.lastmilehub.model.DeliveryOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Applies the delivery statuses an inbound message reports (a tracking webhook, see {@link StatusReport}) to the
 * orders they name, in the caller's transaction. An order already in that status with that reason, or in a final
 * status, stays as it is (trackers report late and repeat themselves); a report of an order the hub does not have is
 * only logged.
 */
@Component
public class SourceStatusReports {

    private static final Logger LOG = LoggerFactory.getLogger(SourceStatusReports.class);

    private final OrderByReference finder;
    private final OrderDocuments documents;
    private final StatusRecorder statuses;

    SourceStatusReports(OrderByReference finder, OrderDocuments documents, StatusRecorder statuses) {
        this.finder = finder;
        this.documents = documents;
        this.statuses = statuses;
    }

    /**
     * @throws io.lastmilehub.hub.errors.InvalidMessageException naming the report's references when none is set to
     *                                                            find the order by, or one matches several orders
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(String tenant, String sourceSystem, List<StatusReport> reports) {
        for (int i = 0; i < reports.size(); i++) {
            StatusReport report = reports.get(i);
            String field = (reports.size() > 1 ? "statusReports[" + i + "]" : "statusReport") + ".references";
            Optional<OrderEntity> order = finder.findWithTracking(tenant, report.references(), field);
            if (order.isEmpty()) {
                LOG.info("{} reports {} for an order of tenant {} the hub does not have ({})", sourceSystem,
                        report.status(), tenant, report.detail());
            }
            order.ifPresent(entity -> apply(entity, report, sourceSystem));
        }
    }

    private void apply(OrderEntity entity, StatusReport report, String sourceSystem) {
        DeliveryOrder order = documents.read(entity);
        boolean same = order.getStatus() == report.status() && order.getStatusReasonCode() == report.reason();
        if (same || order.getStatus().isFinal()) {
            return;
        }
        String tracking = report.references().getTrackingNumber();
        statuses.record(entity, order, new StatusChange(report.status(), report.reason(), sourceSystem + " reported "
                + report.detail() + (tracking == null ? "" : " for " + tracking)
                + (report.occurredAt() == null ? "" : " at " + report.occurredAt()), null, null));
    }
}
