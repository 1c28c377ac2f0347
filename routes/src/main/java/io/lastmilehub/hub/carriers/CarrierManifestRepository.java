package io.lastmilehub.hub.carriers;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CarrierManifestRepository extends JpaRepository<CarrierManifestEntity, String> {

    List<CarrierManifestEntity> findByCarrierIdAndTenantOrderByClosedAtDesc(String carrierId, String tenant,
                                                                            Pageable page);
}
