package io.lastmilehub.hub.reporting;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;

/**
 * How a stop of today's operation stands against its time window, as the dashboard marks it. A stop without a window
 * is never late nor at risk.
 */
public enum StopFlag {

    /** The window's end has passed and nobody stood at the door yet, or the order was delivered after the window. */
    LATE("late"),
    /** Not attempted yet, and the vehicle is expected (live ETA, else planned arrival) after the window's end. */
    AT_RISK("at-risk"),
    ON_TRACK("on-track");

    private final String label;

    StopFlag(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /**
     * @param windowEnd   the end of the window the stop was planned in, or null
     * @param deliveredAt the first delivery of the day, or null
     * @param attemptAt   the first attempt of the day (delivered or failed), or null
     * @param expected    the live ETA, else the planned arrival, or null
     * @param now         the hub's time
     */
    static StopFlag of(Instant windowEnd, Instant deliveredAt, Instant attemptAt, Instant expected, Instant now) {
        if (windowEnd == null) {
            return ON_TRACK;
        }
        if (attemptAt == null && now.isAfter(windowEnd) || deliveredAt != null && deliveredAt.isAfter(windowEnd)) {
            return LATE;
        }
        return attemptAt == null && expected != null && expected.isAfter(windowEnd) ? AT_RISK : ON_TRACK;
    }
}
