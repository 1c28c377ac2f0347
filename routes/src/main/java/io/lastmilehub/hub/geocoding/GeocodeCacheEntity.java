package io.lastmilehub.hub.geocoding;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.io.Serializable;
import java.time.Instant;

/** One provider's answer for one normalised address. */
@Entity
@Table(name = "geocode_cache")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor
public class GeocodeCacheEntity {

    @EmbeddedId
    private Key key;
    private String outcome;
    private Double latitude;
    private Double longitude;
    private double confidence;
    private String description;
    private Instant lookedUpAt;

    /** Provider and normalised address. */
    @Embeddable
    public record Key(String provider, String addressKey) implements Serializable {
    }
}
