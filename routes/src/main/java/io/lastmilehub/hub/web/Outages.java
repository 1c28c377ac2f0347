package io.lastmilehub.hub.web;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jms.JmsException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means that the database or the broker cannot be reached now (stopped, restarting, no connection
 * left in the pool): the request did nothing, and the client should send it again later (503), unlike a fault of
 * the hub's (500).
 */
public final class Outages {

    /** Seconds a client is asked to wait before it sends again. */
    private static final String RETRY_AFTER_SECONDS = "30";

    private Outages() {
    }

    /**
     * The answer to a request the hub could not carry out now: 503 with a Retry-After, naming the dead letter the
     * message was kept as, if it could be kept.
     */
    public static ResponseEntity<Object> answer(String deadLetter) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).body(ApiError.unavailable(deadLetter));
    }

    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof JmsException
                    || cause instanceof jakarta.jms.JMSException
                    || cause instanceof ActiveMQException) {
                return true;
            }
        }
        return false;
    }
}
