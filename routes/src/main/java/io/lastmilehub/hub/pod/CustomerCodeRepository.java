package io.lastmilehub.hub.pod;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface CustomerCodeRepository extends JpaRepository<CustomerCodeEntity, String> {

    boolean existsByEventId(String eventId);

    /** The newest code of a kind for an order: a new delivery attempt's PIN replaces the last one. */
    Optional<CustomerCodeEntity> findFirstByTenantAndOrderIdAndKindOrderByIssuedAtDesc(
            String tenant, String orderId, CustomerCodeEntity.Kind kind);

    List<CustomerCodeEntity> findByTenantAndKindAndCodeHash(String tenant, CustomerCodeEntity.Kind kind,
                                                            String codeHash);

    /** Counts a wrong attempt where concurrent attempts cannot overwrite each other's count. */
    @Modifying
    @Query("update CustomerCodeEntity c set c.wrongAttempts = c.wrongAttempts + 1 where c.id = :id")
    int countWrongAttempt(@Param("id") String id);

    /** Uses a code up, if nobody did before; returns 0 if somebody did. */
    @Modifying
    @Query("update CustomerCodeEntity c set c.usedAt = :at where c.id = :id and c.usedAt is null")
    int useUp(@Param("id") String id, @Param("at") Instant at);
}
