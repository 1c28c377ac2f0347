package io.lastmilehub.hub.tracking;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import java.time.Instant;

/** The newest live ETA of an order, with the vehicle's position it was computed from. */
@Entity
@Table(name = "order_eta")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OrderEtaEntity {

    @Id
    private String orderId;
    private String tenant;
    private String planId;
    private String vehicleId;
    private int stopSequence;
    /** How many stops the vehicle still serves before this one. */
    private int stopsBefore;
    private Instant plannedEta;
    private Instant eta;
    private double vehicleLat;
    private double vehicleLon;
    private Instant positionTime;
    @Version
    private long version;

    public OrderEtaEntity(String orderId, String tenant) {
        this.orderId = orderId;
        this.tenant = tenant;
    }
}
