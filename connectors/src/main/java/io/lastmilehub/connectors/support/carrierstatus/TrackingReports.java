package io.lastmilehub.connectors.support.carrierstatus;

import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.StatusReport;
import io.lastmilehub.model.ExternalReferences;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** Status reports of a carrier's tracking number, and the id of a message that carries none of its own. */
public final class TrackingReports {

    private TrackingReports() {
    }

    /**
     * The report of a tracking number whose code means something; empty when it moves nothing. The hub finds the
     * order by the tracking number the carrier's booking returned.
     */
    public static Optional<StatusReport> of(String trackingNumber, Optional<StatusCodeTable.Meaning> meaning,
                                            Instant occurredAt, String detail) {
        ExternalReferences references = ExternalReferences.builder().trackingNumber(trackingNumber)
                .buildUnvalidated();
        return meaning.map(m -> new StatusReport(references, m.status(), m.reason(), occurredAt, detail));
    }

    /** A tracking response (a poll's answer) has no id: its SHA-256 is the id, so the same answer twice is one. */
    public static String payloadId(InboundMessage message) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(message.payload()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
