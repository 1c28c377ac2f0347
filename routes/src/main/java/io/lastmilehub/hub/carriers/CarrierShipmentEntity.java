package io.lastmilehub.hub.carriers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import java.io.Serializable;
import java.time.Instant;

/** An order a plan gave to a carrier: its booking and the manifest it went on. */
@Entity
@Table(name = "carrier_shipment")
@IdClass(CarrierShipmentEntity.Key.class)
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CarrierShipmentEntity {

    @Id
    private String carrierId;
    @Id
    private String orderId;
    private String tenant;
    private String planId;
    private String vehicleId;
    private Instant assignedAt;
    private String trackingNumber;
    private String labelUrl;
    private Instant bookedAt;
    private String manifestId;

    public CarrierShipmentEntity(String carrierId, String orderId, String tenant, String planId, String vehicleId,
                                 Instant assignedAt) {
        this.carrierId = carrierId;
        this.orderId = orderId;
        this.tenant = tenant;
        this.planId = planId;
        this.vehicleId = vehicleId;
        this.assignedAt = assignedAt;
    }

    /** Whether the carrier has booked it (it has a tracking number). */
    public boolean isBooked() {
        return trackingNumber != null;
    }

    /** The composite primary key. */
    public record Key(String carrierId, String orderId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }
}
