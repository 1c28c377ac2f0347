package io.lastmilehub.hub.orders;

import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.model.ExternalReferences;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds the order of a tenant that external references point to: the first of erpDelivery, erpSalesOrder,
 * customerPo and shopOrder that is set and matches an order; for a carrier's status report, then the tracking number
 * the carrier booked the order under (a carrier's tracking message names nothing else). A reference that matches
 * several orders is refused rather than guessed.
 */
@Component
class OrderByReference {

    private final List<Reference> references;
    private final List<Reference> withTracking;

    OrderByReference(OrderRepository orders, BookedTrackingNumbers bookings) {
        this.references = List.of(
                new Reference("erpDelivery", ExternalReferences::getErpDelivery, orders::findByTenantAndErpDelivery),
                new Reference("erpSalesOrder", ExternalReferences::getErpSalesOrder,
                        orders::findByTenantAndErpSalesOrder),
                new Reference("customerPo", ExternalReferences::getCustomerPo, orders::findByTenantAndCustomerPo),
                new Reference("shopOrder", ExternalReferences::getShopOrder, orders::findByTenantAndShopOrder));
        this.withTracking = Stream.concat(references.stream(), Stream.of(new Reference("trackingNumber",
                ExternalReferences::getTrackingNumber, (tenant, tracking) ->
                bookings.orderIds(tenant, tracking).stream().distinct()
                        .flatMap(id -> orders.findByIdAndTenant(id, tenant).stream()).toList()))).toList();
    }

    /**
     * By the ERP, PO and shop references (ship notices, warehouse confirmations).
     *
     * @param field where the references are in the message, for the error
     * @throws InvalidMessageException when no reference to match by is set, or one matches several orders
     */
    Optional<OrderEntity> find(String tenant, ExternalReferences wanted, String field) {
        return find(references, tenant, wanted, field);
    }

    /**
     * By the same references, then by the tracking number of the order's carrier booking (status reports).
     *
     * @param field where the references are in the message, for the error
     * @throws InvalidMessageException when no reference to match by is set, or one matches several orders
     */
    Optional<OrderEntity> findWithTracking(String tenant, ExternalReferences wanted, String field) {
        return find(withTracking, tenant, wanted, field);
    }

    private static Optional<OrderEntity> find(List<Reference> references, String tenant, ExternalReferences wanted,
                                              String field) {
        if (references.stream().allMatch(r -> r.value().apply(wanted) == null)) {
            throw new InvalidMessageException(field, "no " + String.join(", ", references.stream()
                    .map(Reference::name).toList()) + " to find the order by");
        }
        for (Reference reference : references) {
            String value = reference.value().apply(wanted);
            List<OrderEntity> found = value == null ? List.of() : reference.finder().apply(tenant, value);
            if (found.size() > 1) {
                throw new InvalidMessageException(field + "." + reference.name(), "'" + value + "' matches "
                        + found.size() + " orders (" + String.join(", ", found.stream().map(OrderEntity::getId)
                        .toList()) + "); send a reference that names one");
            }
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    private record Reference(String name, Function<ExternalReferences, String> value,
                             BiFunction<String, String, List<OrderEntity>> finder) {
    }
}
