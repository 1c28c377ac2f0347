package io.lastmilehub.hub.deadletter;

import java.time.Instant;

/**
 * A dead letter as the API shows it; the payload itself is at {@code /api/v1/dead-letters/{id}/payload}, and a
 * person's edit of it, kept beside it, at {@code /api/v1/dead-letters/{id}/edited-payload}.
 *
 * @param source             the trading partner, else the format, else the route it failed in
 * @param state              OPEN, REPLAYED (a replay delivered it) or DISCARDED
 * @param editedPayloadBytes the size of the edited payload, 0 when nobody edited it
 * @param editedBy           who edited the payload (the authenticated caller), when somebody did
 */
public record DeadLetterView(String id, String source, DeadLetterState state, String reason, String errorType,
                             String routeId, String endpointUri, Instant createdAt, int payloadBytes, String headers,
                             int replayCount, Instant lastReplayedAt, String replayOutcome, int editedPayloadBytes,
                             String editedBy, Instant editedAt, String discardReason, String discardedBy,
                             Instant discardedAt) {

    public static DeadLetterView of(DeadLetterEntity e) {
        return new DeadLetterView(e.getId(), e.getSource(), e.getState(), e.getReason(), e.getErrorType(),
                e.getRouteId(), e.getEndpointUri(), e.getCreatedAt(), sizeOf(e.getPayload()), e.getHeaders(),
                e.getReplayCount(), e.getLastReplayedAt(), e.getReplayOutcome(), sizeOf(e.getEditedPayload()),
                e.getEditedBy(), e.getEditedAt(), e.getDiscardReason(), e.getDiscardedBy(), e.getDiscardedAt());
    }

    private static int sizeOf(byte[] payload) {
        return payload == null ? 0 : payload.length;
    }
}
