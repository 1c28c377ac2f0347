package io.lastmilehub.hub.orders;

import io.lastmilehub.hub.persistence.OrderEntity;
import io.lastmilehub.hub.persistence.OrderRepository;
import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    public OrderController(OrderRepository orders, OrderDocuments documents) {
        this.orders = orders;
        this.documents = documents;
    }

    @GetMapping("/{id}")
    public DeliveryOrder get(@PathVariable String id, Authentication caller) {
        return orders.findByIdAndTenant(id, caller.getName()).map(documents::read)
                .orElseThrow(() -> new NotFoundException("order", id));
    }

    /** Newest first; {@code status} filters, {@code limit} caps the list (at most 500). */
    @GetMapping
    public List<DeliveryOrder> list(@RequestParam(required = false) DeliveryStatus status,
                                    @RequestParam(defaultValue = "100") int limit, Authentication caller) {
        PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, MAX_PAGE)));
        List<OrderEntity> found = status == null
                ? orders.findByTenantOrderByCreatedAtDesc(caller.getName(), page)
                : orders.findByTenantAndStatusOrderByCreatedAtDesc(caller.getName(), status, page);
        return found.stream().map(documents::read).toList();
    }
}
