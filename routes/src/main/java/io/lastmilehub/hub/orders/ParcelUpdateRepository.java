package io.lastmilehub.hub.orders;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface ParcelUpdateRepository extends JpaRepository<ParcelUpdateEntity, String> {

    /** The parked updates of a tenant that name any of these references (null ones match nothing). */
    @Query("select u from ParcelUpdateEntity u where u.tenant = :tenant and u.orderId is null and ("
            + "u.erpDelivery = :erpDelivery or u.erpSalesOrder = :erpSalesOrder or u.customerPo = :customerPo"
            + " or u.shopOrder = :shopOrder) order by u.receivedAt, u.id")
    List<ParcelUpdateEntity> findParked(String tenant, String erpDelivery, String erpSalesOrder, String customerPo,
                                        String shopOrder);

    List<ParcelUpdateEntity> findByOrderIdOrderByReceivedAt(String orderId);
}
