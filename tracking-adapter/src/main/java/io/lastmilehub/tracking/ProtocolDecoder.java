package io.lastmilehub.tracking;

import java.time.Instant;
import java.util.List;

/**
 * Decodes the messages of one device protocol into reports, Traccar style: one small class per protocol, no I/O.
 * The caller (an HTTP or MQTT intake) hands over the message text exactly as received.
 */
public interface ProtocolDecoder {

    /** Name of the protocol, e.g. {@code osmand}; used in logs and in the intake's configuration. */
    String protocol();

    /**
     * Decodes one message.
     *
     * @param message    the message text as received (request target, form body or JSON)
     * @param receivedAt when the hub received it; the time of reports that carry none
     * @return the reports, in message order; empty when the message carries none (e.g. an OwnTracks lwt)
     * @throws DecodeException when the message breaks the protocol, naming the field
     */
    List<DeviceReport> decode(String message, Instant receivedAt) throws DecodeException;
}
