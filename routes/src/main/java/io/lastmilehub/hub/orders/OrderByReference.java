package io.lastmilehub.hub.orders;

import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.persistence.CarrierShipmentEntity;
import io.lastmilehub.hub.persistence.CarrierShipmentRepository;
import io.lastmilehub.hub.persistence.OrderEntity;
import io.lastmilehub.hub.persistence.OrderRepository;
import io.lastmilehub.model.ExternalReferences;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Finds the order of a tenant that external references point to: the first of erpDelivery, erpSalesOrder,
 * customerPo, shopOrder and trackingNumber that is set and matches an order. A tracking number matches the order a
 * carrier booked under it (a carrier's tracking messages name nothing else). A reference that matches several orders
 * is refused rather than guessed.
 */
@Component
class OrderByReference {

    private final List<Reference> references;

    OrderByReference(OrderRepository orders, CarrierShipmentRepository shipments) {
        this.references = List.of(
                new Reference("erpDelivery", ExternalReferences::getErpDelivery, orders::findByTenantAndErpDelivery),
                new Reference("erpSalesOrder", ExternalReferences::getErpSalesOrder,
                        orders::findByTenantAndErpSalesOrder),
                new Reference("customerPo", ExternalReferences::getCustomerPo, orders::findByTenantAndCustomerPo),
                new Reference("shopOrder", ExternalReferences::getShopOrder, orders::findByTenantAndShopOrder),
                new Reference("trackingNumber", ExternalReferences::getTrackingNumber, (tenant, tracking) ->
                        shipments.findByTenantAndTrackingNumber(tenant, tracking).stream()
                                .map(CarrierShipmentEntity::getOrderId).distinct()
                                .flatMap(id -> orders.findByIdAndTenant(id, tenant).stream()).toList()));
    }

    /**
     * @param field where the references are in the message, for the error
     * @throws InvalidMessageException when no reference to match by is set, or one matches several orders
     */
    Optional<OrderEntity> find(String tenant, ExternalReferences wanted, String field) {
        if (references.stream().allMatch(r -> r.value().apply(wanted) == null)) {
            throw new InvalidMessageException(field, "no erpDelivery, erpSalesOrder, customerPo, shopOrder or "
                    + "trackingNumber to find the order by");
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
