package io.lastmilehub.hub.orders;

import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ReasonCode;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Canonical orders of the caller's tenant. */
@RestController
@RequestMapping("/api/v1/orders")
public class OrderController {

    private static final int MAX_PAGE = 500;

    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final ShipToCorrections corrections;
    private final TrackingTokens tokens;
    private final TrackingPageLinks trackingPage;

    public OrderController(OrderRepository orders, OrderDocuments documents, ShipToCorrections corrections,
                           TrackingTokens tokens, TrackingPageLinks trackingPage) {
        this.orders = orders;
        this.documents = documents;
        this.corrections = corrections;
        this.tokens = tokens;
        this.trackingPage = trackingPage;
    }

    /** The order with its tracking link. */
    @GetMapping("/{id}")
    public OrderView get(@PathVariable String id, Authentication caller) {
        OrderEntity entity = orders.findByIdAndTenant(id, caller.getName())
                .orElseThrow(() -> new NotFoundException("order", id));
        String token = tokens.tokenOf(entity);
        return new OrderView(documents.read(entity), new OrderView.Tracking(token, trackingPage.link(token)));
    }

    /**
     * Newest first; {@code status} filters, {@code reason} narrows it to a reason code (e.g. the orders waiting
     * for an address: {@code ?status=EXCEPTION&reason=ADDRESS_NOT_FOUND}), {@code limit} caps the list (at most 500).
     */
    @GetMapping
    public List<DeliveryOrder> list(@RequestParam(required = false) DeliveryStatus status,
                                    @RequestParam(required = false) ReasonCode reason,
                                    @RequestParam(defaultValue = "100") int limit, Authentication caller) {
        PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, MAX_PAGE)));
        List<OrderEntity> found;
        if (status == null) {
            found = orders.findByTenantOrderByCreatedAtDesc(caller.getName(), page);
        } else if (reason == null) {
            found = orders.findByTenantAndStatusOrderByCreatedAtDesc(caller.getName(), status, page);
        } else {
            found = orders.findByTenantAndStatusAndStatusReasonCodeOrderByCreatedAtDesc(caller.getName(), status,
                    reason, page);
        }
        return found.stream().map(documents::read).toList();
    }

    /** Corrects the ship-to of an order not yet planned: coordinates, an address to geocode again, or both. */
    @PutMapping("/{id}/ship-to")
    public DeliveryOrder correctShipTo(@PathVariable String id, @RequestBody ShipToCorrection correction,
                                       Authentication caller) {
        return corrections.correct(caller.getName(), id, correction);
    }
}
