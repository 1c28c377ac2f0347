package io.lastmilehub.hub.orders;

import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ReasonCode;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface OrderRepository extends JpaRepository<OrderEntity, String> {

    Optional<OrderEntity> findByIdAndTenant(String id, String tenant);

    List<OrderEntity> findByTenantAndErpDelivery(String tenant, String erpDelivery);

    List<OrderEntity> findByTenantAndErpSalesOrder(String tenant, String erpSalesOrder);

    List<OrderEntity> findByTenantAndCustomerPo(String tenant, String customerPo);

    List<OrderEntity> findByTenantAndShopOrder(String tenant, String shopOrder);
    Optional<OrderEntity> findByTrackingToken(String trackingToken);

    List<OrderEntity> findByTenantOrderByCreatedAtDesc(String tenant, Pageable page);

    List<OrderEntity> findByTenantAndStatusOrderByCreatedAtDesc(String tenant, DeliveryStatus status, Pageable page);

    List<OrderEntity> findByTenantAndStatusAndStatusReasonCodeOrderByCreatedAtDesc(String tenant,
                                                                                  DeliveryStatus status,
                                                                                  ReasonCode reason,
                                                                                  Pageable page);

    List<OrderEntity> findByTenantAndDepotIdAndStatusAndStatusReasonCodeIn(String tenant, String depotId,
                                                                          DeliveryStatus status,
                                                                          Collection<ReasonCode> reasons);

    List<OrderEntity> findByTenantAndDepotIdAndStatusOrderByCreatedAt(String tenant, String depotId,
                                                                      DeliveryStatus status);
}
