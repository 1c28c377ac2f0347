package io.lastmilehub.hub.inbound.jobs;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface InboundJobRepository extends JpaRepository<InboundJobEntity, String> {

    Optional<InboundJobEntity> findByIdAndTenant(String id, String tenant);

    List<InboundJobEntity> findByTenantOrderByReceivedAtDesc(String tenant, Pageable page);

    /** A job of the same bytes still to finish: sending a message again while it waits answers with its job. */
    Optional<InboundJobEntity> findFirstByTenantAndPayloadSha256AndStateIn(String tenant, String payloadSha256,
                                                                          Collection<InboundJobEntity.State> states);

    /** Ids of the jobs in one of the states that have not moved since {@code before}, the longest still first. */
    @Query("select j.id from InboundJobEntity j where j.state in :states and j.touchedAt < :before "
            + "order by j.touchedAt")
    List<String> standingStill(Collection<InboundJobEntity.State> states, Instant before, Pageable page);

    /** How far a running job got; a bulk update, so that the transaction storing its orders does not load it. */
    @Modifying
    @Query("update InboundJobEntity j set j.ordersTotal = :total, j.ordersStored = :stored, j.touchedAt = :at "
            + "where j.id = :id and j.state = io.lastmilehub.hub.inbound.jobs.InboundJobEntity.State.RUNNING")
    int recordProgress(String id, int total, int stored, Instant at);
}
