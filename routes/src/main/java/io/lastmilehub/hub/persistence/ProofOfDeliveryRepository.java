package io.lastmilehub.hub.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface ProofOfDeliveryRepository extends JpaRepository<ProofOfDeliveryEntity, String> {

    Optional<ProofOfDeliveryEntity> findByOrderIdAndTenant(String orderId, String tenant);

    boolean existsByTenantAndDocumentContaining(String tenant, String sha256);
}
