package io.lastmilehub.connectors.spi;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A message exactly as a source system sent it, with the tenant it was received for.
 *
 * @param tenant  tenant the sender authenticated as (or the inbox was configured for)
 * @param format  format name on the inbound contract, e.g. {@code shopify}
 * @param payload the raw bytes
 * @param headers transport headers worth keeping (HTTP headers, file name), never credentials
 */
public record InboundMessage(String tenant, String format, byte[] payload, Map<String, String> headers) {

    public InboundMessage {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** The payload as UTF-8 text. */
    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
