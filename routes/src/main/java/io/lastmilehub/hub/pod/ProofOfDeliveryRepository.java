package io.lastmilehub.hub.pod;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface ProofOfDeliveryRepository extends JpaRepository<ProofOfDeliveryEntity, String> {

    Optional<ProofOfDeliveryEntity> findByOrderIdAndTenant(String orderId, String tenant);

    /** The tenant's proofs whose document contains the text anywhere: candidates to read, not an answer. */
    List<ProofOfDeliveryEntity> findByTenantAndDocumentContaining(String tenant, String text);
}
