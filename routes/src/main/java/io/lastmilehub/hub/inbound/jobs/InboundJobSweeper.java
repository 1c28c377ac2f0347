package io.lastmilehub.hub.inbound.jobs;

import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.hub.scheduling.OncePerTick;
import io.lastmilehub.hub.scheduling.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * Puts jobs that stopped moving back on the job queue. A job is stored and its message sent in one database
 * transaction, but the broker commits after the database: a crash between the two leaves a job without its message.
 * A job whose message is there is not harmed by a second one: the first run finishes it and the second finds it
 * finished. A running job moves at every progress report, so only one whose instance died is sent again (its own
 * message also comes back when that instance restarts).
 */
@Component
class InboundJobSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(InboundJobSweeper.class);
    /** How long a job may stand still before it is sent again: far more than a large message takes to store. */
    static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final int PAGE = 100;

    private final InboundJobRepository jobs;
    private final EventPublisher publisher;
    private final TransactionTemplate transactions;
    private final OncePerTick ticks;
    private final Clock clock;

    InboundJobSweeper(InboundJobRepository jobs, EventPublisher publisher, TransactionTemplate transactions,
                      OncePerTick ticks, Clock clock) {
        this.jobs = jobs;
        this.publisher = publisher;
        this.transactions = transactions;
        this.ticks = ticks;
        this.clock = clock;
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
    public void everyMinute() {
        ticks.run(ScheduledJob.INBOUND_JOB_SWEEP, this::sweep);
    }

    /** Sends again every job that stood still for {@link #PATIENCE}; returns how many. */
    int sweep() {
        int sent = 0;
        List<String> still;
        do {
            Instant now = clock.instant();
            still = jobs.standingStill(EnumSet.of(InboundJobEntity.State.QUEUED, InboundJobEntity.State.RUNNING),
                    now.minus(PATIENCE), PageRequest.ofSize(PAGE));
            still.forEach(jobId -> transactions.executeWithoutResult(status -> resend(jobId, now)));
            sent += still.size();
        } while (!still.isEmpty());
        if (sent > 0) {
            LOG.warn("{} inbound jobs stood still for {} (a crash or broker failure): sent again", sent, PATIENCE);
        }
        return sent;
    }

    private void resend(String jobId, Instant now) {
        jobs.findById(jobId).filter(job -> !job.isFinished()).ifPresent(job -> {
            job.resent(now);
            publisher.inboundJob(job.getTenant(), job.getId());
        });
    }
}
