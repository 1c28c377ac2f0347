package io.lastmilehub.hub.deadletter;

import java.time.Instant;

/** A dead letter as the API shows it; the payload itself is at {@code /api/v1/dead-letters/{id}/payload}. */
public record DeadLetterView(String id, String reason, String errorType, String routeId, String endpointUri,
                             Instant createdAt, int payloadBytes, String headers, int replayCount,
                             Instant lastReplayedAt, String replayOutcome) {

    static DeadLetterView of(DeadLetterEntity e) {
        return new DeadLetterView(e.getId(), e.getReason(), e.getErrorType(), e.getRouteId(), e.getEndpointUri(),
                e.getCreatedAt(), e.getPayload() == null ? 0 : e.getPayload().length, e.getHeaders(),
                e.getReplayCount(), e.getLastReplayedAt(), e.getReplayOutcome());
    }
}
