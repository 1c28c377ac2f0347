package io.lastmilehub.hub.tracking;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;

/** A device bound to a vehicle through the API; its secret only as a SHA-256 digest (hex). */
@Entity
@Table(name = "device_binding")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor
public class DeviceEntity {

    @Id
    private String id;
    private String tenant;
    private String vehicleId;
    private String driverId;
    private String secretSha256;
    private Instant createdAt;
}
