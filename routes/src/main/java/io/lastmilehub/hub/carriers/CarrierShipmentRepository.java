package io.lastmilehub.hub.carriers;

import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.model.DeliveryStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface CarrierShipmentRepository extends JpaRepository<CarrierShipmentEntity, CarrierShipmentEntity.Key> {

    Optional<CarrierShipmentEntity> findByCarrierIdAndOrderId(String carrierId, String orderId);

    Optional<CarrierShipmentEntity> findByCarrierIdAndTrackingNumber(String carrierId, String trackingNumber);

    /** The tenant's shipments a carrier booked under this tracking number (one per carrier at most). */
    List<CarrierShipmentEntity> findByTenantAndTrackingNumber(String tenant, String trackingNumber);

    /** The tenant's orders given to a carrier and not yet on a manifest. */
    List<CarrierShipmentEntity> findByTenantAndOrderIdInAndManifestIdIsNull(String tenant, List<String> orderIds);

    List<CarrierShipmentEntity> findByManifestIdOrderByAssignedAt(String manifestId);

    /**
     * Puts every shipment of the carrier not yet on a manifest on this one, in one statement: a shipment is claimed
     * by exactly one manifest, however many cut-offs run at once. Cancelled orders stay off; with
     * {@code bookedOnly}, so do shipments the carrier has not booked yet (they wait for the next cut-off).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE CarrierShipmentEntity s SET s.manifestId = :manifest"
            + " WHERE s.carrierId = :carrier AND s.manifestId IS NULL"
            + " AND (:bookedOnly = FALSE OR s.trackingNumber IS NOT NULL)"
            + " AND s.orderId NOT IN (SELECT o.id FROM OrderEntity o WHERE o.status = :cancelled)")
    int claim(@Param("carrier") String carrierId, @Param("manifest") String manifestId,
              @Param("bookedOnly") boolean bookedOnly, @Param("cancelled") DeliveryStatus cancelled);

    /** Shipments of the carrier waiting for a manifest. */
    long countByCarrierIdAndManifestIdIsNull(String carrierId);
}
