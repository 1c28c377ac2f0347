package io.lastmilehub.hub.carriers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import java.time.Instant;

/** A manifest sent to a carrier at a cut-off. */
@Entity
@Table(name = "carrier_manifest")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor
public class CarrierManifestEntity {

    @Id
    private String id;
    private String tenant;
    private String carrierId;
    private Instant closedAt;
    /** {@code schedule} or {@code api}. */
    private String closedBy;
    private int orderCount;
    /** The formats sent, comma-separated. */
    private String formats;
}
