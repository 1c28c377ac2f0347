package io.lastmilehub.hub.orders;

import io.lastmilehub.connectors.spi.WarehouseEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import java.time.Instant;

/**
 * A parcel update as accepted: the update as JSON plus the references it is matched by. {@code orderId} is empty
 * while it is parked, waiting for its order.
 */
@Entity
@Table(name = "parcel_update")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ParcelUpdateEntity extends AssignedIdEntity {

    @Id
    private String id;
    private String tenant;
    private String inboundMessageId;
    private String erpDelivery;
    private String erpSalesOrder;
    private String customerPo;
    private String shopOrder;
    @Enumerated(EnumType.STRING)
    private WarehouseEvent event;
    private String document;
    private Instant receivedAt;
    private String orderId;
    private Instant appliedAt;

    public ParcelUpdateEntity(String id, String tenant, String inboundMessageId, Instant receivedAt) {
        this.id = id;
        this.tenant = tenant;
        this.inboundMessageId = inboundMessageId;
        this.receivedAt = receivedAt;
    }
}
