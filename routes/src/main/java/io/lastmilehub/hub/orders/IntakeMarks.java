package io.lastmilehub.hub.orders;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Whether the intake stage has taken each order, in columns the order entity does not map (native SQL only), so that
 * no save of an order loaded earlier can undo a mark.
 */
public interface IntakeMarks extends Repository<OrderEntity, String> {

    /** Marks the order taken; 0 when it already was (a redelivered or swept message). */
    @Modifying
    @Transactional
    @Query(value = "update delivery_order set intake_at = :at where id = :id and intake_at is null", nativeQuery = true)
    int markTaken(@Param("id") String orderId, @Param("at") Instant at);

    /** At most 500 orders stored before {@code receivedBefore} that no intake has taken and no sweep since {@code sweptBefore}. */
    @Query(value = "select id from delivery_order where intake_at is null and created_at < :receivedBefore"
            + " and (requeued_at is null or requeued_at < :sweptBefore) order by created_at limit 500",
            nativeQuery = true)
    List<String> untaken(@Param("receivedBefore") Instant receivedBefore, @Param("sweptBefore") Instant sweptBefore);

    /** Whether the intake stage has taken the order. */
    @Query(value = "select count(*) from delivery_order where id = :id and intake_at is not null", nativeQuery = true)
    long countTaken(@Param("id") String orderId);

    @Modifying
    @Query(value = "update delivery_order set requeued_at = :at where id = :id", nativeQuery = true)
    void markRequeued(@Param("id") String orderId, @Param("at") Instant at);
}
