package io.lastmilehub.hub.inbound.jobs;

import io.lastmilehub.hub.inbound.StoreProgress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Writes a running job's progress in a transaction of its own: the transaction storing its orders commits only at its
 * end, and the sender follows the job meanwhile.
 */
@Component
class JobProgressRecorder implements StoreProgress {

    private final InboundJobRepository jobs;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    JobProgressRecorder(InboundJobRepository jobs, PlatformTransactionManager transactionManager, Clock clock) {
        this.jobs = jobs;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void stored(String jobId, int stored, int total) {
        ownTransaction.executeWithoutResult(status -> jobs.recordProgress(jobId, total, stored, clock.instant()));
    }
}
