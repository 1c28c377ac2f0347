package io.lastmilehub.hub.inbound.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lastmilehub.hub.inbound.AcceptedMessage;
import io.lastmilehub.hub.inbound.jobs.InboundJobEntity.State;
import io.lastmilehub.hub.web.ApiError;

import java.time.Instant;

/**
 * An inbound job as the API shows it.
 *
 * @param id         the job's id
 * @param href       where to follow it
 * @param state      QUEUED, RUNNING, DONE (the orders are stored and on their way) or FAILED
 * @param format     the message's format
 * @param bytes      the message's size
 * @param attempts   attempts started (more than one after a restart cut one short)
 * @param receivedAt when the message was answered 202
 * @param startedAt  when the last attempt started
 * @param finishedAt when it ended
 * @param progress   how far the last attempt got
 * @param messageId  the stored message, once DONE
 * @param result     the answer a request answered when stored would have had (its orders), once DONE; left out of
 *                   lists
 * @param error      why it FAILED, in the hub's error format: the fields refused, or the dead letter kept for replay
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InboundJobView(String id, String href, State state, String format, int bytes, int attempts,
                             Instant receivedAt, Instant startedAt, Instant finishedAt, Progress progress,
                             String messageId, AcceptedMessage result, ApiError error) {

    /** Where the API shows a job. */
    static String href(String id) {
        return "/api/v1/inbound/jobs/" + id;
    }

    /**
     * How far storing got.
     *
     * @param orders orders the message carries, once it is read and checked (null before)
     * @param stored orders stored so far in the attempt's transaction (all or none of them are kept at its end)
     */
    public record Progress(Integer orders, int stored) {
    }
}
