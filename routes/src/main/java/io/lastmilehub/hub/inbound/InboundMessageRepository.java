package io.lastmilehub.hub.inbound;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

/**
 * The lookups every inbound message makes are written as queries: Hibernate keeps the plan of a query string, while
 * a query derived from the method name is built and translated anew at each call (a tenth of a request's time).
 */
public interface InboundMessageRepository extends JpaRepository<InboundMessageEntity, String> {

    @Query("select m from InboundMessageEntity m where m.tenant = :tenant and m.payloadSha256 = :sha256")
    Optional<InboundMessageEntity> findByTenantAndPayloadSha256(@Param("tenant") String tenant,
                                                                @Param("sha256") String payloadSha256);

    @Query("select m from InboundMessageEntity m where m.tenant = :tenant and m.sourceSystem = :system"
            + " and m.sourceMessageId = :messageId")
    Optional<InboundMessageEntity> findByTenantAndSourceSystemAndSourceMessageId(
            @Param("tenant") String tenant, @Param("system") String sourceSystem,
            @Param("messageId") String sourceMessageId);
}
