package io.lastmilehub.hub.inbound;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface InboundMessageRepository extends JpaRepository<InboundMessageEntity, String> {

    Optional<InboundMessageEntity> findByTenantAndPayloadSha256(String tenant, String payloadSha256);

    Optional<InboundMessageEntity> findByTenantAndSourceSystemAndSourceMessageId(String tenant, String sourceSystem,
                                                                                 String sourceMessageId);
}
