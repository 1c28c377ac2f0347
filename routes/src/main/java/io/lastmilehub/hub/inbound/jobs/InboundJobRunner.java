package io.lastmilehub.hub.inbound.jobs;

import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.inbound.InboundGateway;
import io.lastmilehub.hub.inbound.StoreProgress;
import io.lastmilehub.hub.web.ApiError;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Takes in the message of a job, as a message answered when stored would be ({@code direct:inbound}: the same
 * mapping, checks, all-or-nothing storage, dead letter and acknowledgement to the sender), and records its outcome.
 * It runs in the job consumer's JMS transaction: the orders' intake messages commit with the job message, after the
 * database. A hub killed meanwhile finds the job message again at its restart and runs it once more; a message that
 * was stored by then is answered as a duplicate with the same orders.
 */
@Component
class InboundJobRunner {

    private final InboundJobRepository jobs;
    private final InboundJobPayloadRepository payloads;
    private final InboundGateway gateway;
    private final InboundJobViews views;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InboundJobRunner(InboundJobRepository jobs, InboundJobPayloadRepository payloads, InboundGateway gateway,
                     InboundJobViews views, TransactionTemplate transactions, Clock clock) {
        this.jobs = jobs;
        this.payloads = payloads;
        this.gateway = gateway;
        this.views = views;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs the job unless it is finished (a second message for it, from the sweep, finds it so). */
    public void run(String jobId) {
        InboundJobEntity job = transactions.execute(status -> jobs.findById(jobId)
                .filter(found -> !found.isFinished())
                .map(found -> {
                    found.start(clock.instant());
                    return found;
                }).orElse(null));
        byte[] payload = job == null ? null : payloads.findById(jobId).map(InboundJobPayloadEntity::getPayload)
                .orElse(null);
        if (payload == null) {
            return;
        }
        Map<String, Object> headers = new HashMap<>(views.headers(job.getHeaders()));
        headers.put(StoreProgress.JOB_HEADER, jobId);
        InboundGateway.Outcome outcome = gateway.send(job.getTenant(), job.getFormat(), payload, headers);
        transactions.executeWithoutResult(status -> jobs.findById(jobId).ifPresent(running -> {
            record(running, outcome);
            // The stored message, or its dead letter, keeps the bytes from here on.
            payloads.deleteById(jobId);
        }));
    }

    private void record(InboundJobEntity job, InboundGateway.Outcome outcome) {
        if (outcome.failure() == null) {
            job.done(outcome.accepted().messageId(), views.write(outcome.accepted()), clock.instant());
        } else if (outcome.failure() instanceof InvalidMessageException invalid) {
            job.failed(views.write(ApiError.invalid(invalid, outcome.deadLetter())), clock.instant());
        } else {
            job.failed(views.write(ApiError.unavailable(outcome.deadLetter())), clock.instant());
        }
    }
}
