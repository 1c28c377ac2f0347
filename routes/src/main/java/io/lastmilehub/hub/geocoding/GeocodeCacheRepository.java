package io.lastmilehub.hub.geocoding;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GeocodeCacheRepository extends JpaRepository<GeocodeCacheEntity, GeocodeCacheEntity.Key> {
}
