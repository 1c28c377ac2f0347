package io.lastmilehub.hub.scheduling;

import java.time.Duration;

/**
 * Every job the hub runs on a schedule over shared data, with the name of its ShedLock row (table {@code shedlock})
 * and how long the row is held. Each hub instance keeps its own timer; at each tick the instance that takes the row
 * does the work and the others skip it.
 * <ul>
 *   <li>{@code lockAtMostFor} is how long the row stays taken when the instance that took it dies in the middle of
 *   the work, so that the next tick is not lost for good. It must exceed the longest run, or a slow run would
 *   overlap with another instance's.</li>
 *   <li>{@code lockAtLeastFor} is how long the row stays taken after a quick run, so that an instance whose clock (or
 *   fixed-delay timer) is a little behind does not run the same tick again.</li>
 * </ul>
 * A job that works on one depot or one carrier has a row per depot or carrier: {@link #lockName(String...)}.
 */
public enum ScheduledJob {

    /**
     * {@code plan-cut-off/<tenant>/<depot>}: a depot's cut-off queues one plan request (one insert, deduplicated on
     * the cut-off time as well). Five minutes is far beyond an insert; a minute at least covers clocks apart.
     */
    PLAN_CUT_OFF("plan-cut-off", Duration.ofMinutes(5), Duration.ofMinutes(1)),

    /**
     * {@code carrier-cut-off/<carrier>}: closes a carrier's manifest and sends it (file, SFTP or HTTP with their
     * time-outs and retries). Thirty minutes covers a slow carrier; a minute at least covers clocks apart. Shipments
     * are claimed by one manifest only, so a second run would find nothing, but it would still talk to the carrier.
     */
    CARRIER_CUT_OFF("carrier-cut-off", Duration.ofMinutes(30), Duration.ofMinutes(1)),

    /**
     * {@code intake-sweep}: every minute, orders that never reached the intake stage are sent again, 500 at a time.
     * An instance that dies mid-sweep frees the row after ten minutes, the time after which an order is sent again
     * anyway ({@code IntakeSweeper.RESEND_AFTER}); fifty seconds at least keep the instances' one-minute timers from
     * sweeping one after the other.
     */
    INTAKE_SWEEP("intake-sweep", Duration.ofMinutes(10), Duration.ofSeconds(50)),

    /**
     * {@code notification-sweep}: every minute, notifications QUEUED for five minutes without being sent are put back
     * on their channel's queue, 100 at a time. Ten minutes cover a long sweep; fifty seconds at least keep the
     * instances' one-minute timers from sweeping one after the other (which could send one notification twice).
     */
    NOTIFICATION_SWEEP("notification-sweep", Duration.ofMinutes(10), Duration.ofSeconds(50)),

    /**
     * {@code inbound-job-sweep}: every minute, inbound jobs that stopped moving for five minutes (their message lost
     * between the database's commit and the broker's, or their instance killed) are put back on the job queue, 100 at
     * a time. Ten minutes cover a long sweep; fifty seconds at least keep the instances' timers apart.
     */
    INBOUND_JOB_SWEEP("inbound-job-sweep", Duration.ofMinutes(10), Duration.ofSeconds(50)),

    /**
     * {@code event-outbox-sweep}: every minute, topic messages (status events, plan costs) left in the outbox for a
     * minute, by a hub killed between its database's commit and its broker's, are sent, 500 at a time. Ten minutes
     * cover a long sweep; fifty seconds at least keep the instances' timers apart (which would send them twice).
     */
    EVENT_OUTBOX_SWEEP("event-outbox-sweep", Duration.ofMinutes(10), Duration.ofSeconds(50)),

    /**
     * {@code inbound-answer-sweep}: every minute, accepted messages whose sender was not answered on its channel
     * within a minute (the hub killed between the 202 and the answer) are answered, 100 at a time. Ten minutes cover
     * a long sweep; fifty seconds at least keep the instances' timers from answering one message twice.
     */
    INBOUND_ANSWER_SWEEP("inbound-answer-sweep", Duration.ofMinutes(10), Duration.ofSeconds(50)),

    /**
     * {@code message-log-purge}: every hour, one update drops the payloads past the retention. Fifty-five minutes
     * cover the first purge of a large log; fifty minutes at least make it about once an hour for all instances
     * together. At most must not be less than at least: ShedLock refuses such a lock, and the purge never ran.
     */
    MESSAGE_LOG_PURGE("message-log-purge", Duration.ofMinutes(55), Duration.ofMinutes(50)),

    /**
     * {@code tracking-lookup-failure-purge}: every five minutes, one delete of the tracking page's failed lookups of
     * minutes past. Four and a half minutes cover it; four minutes at least make it about once per period for all
     * instances.
     */
    TRACKING_LOOKUP_FAILURE_PURGE("tracking-lookup-failure-purge", Duration.ofSeconds(270), Duration.ofMinutes(4));

    private final String name;
    private final Duration lockAtMostFor;
    private final Duration lockAtLeastFor;

    ScheduledJob(String name, Duration lockAtMostFor, Duration lockAtLeastFor) {
        this.name = name;
        this.lockAtMostFor = lockAtMostFor;
        this.lockAtLeastFor = lockAtLeastFor;
    }

    /** The name of the job's row, followed by what it works on (a tenant and depot, a carrier), if anything. */
    public String lockName(String... subject) {
        return subject.length == 0 ? name : name + "/" + String.join("/", subject);
    }

    Duration lockAtMostFor() {
        return lockAtMostFor;
    }

    Duration lockAtLeastFor() {
        return lockAtLeastFor;
    }
}
