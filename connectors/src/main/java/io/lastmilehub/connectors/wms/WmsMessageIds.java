package io.lastmilehub.connectors.wms;

import io.lastmilehub.connectors.spi.InboundMessage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The id of a confirmation that carries none: the SHA-256 of its bytes, so the same file twice is one message. */
final class WmsMessageIds {

    private WmsMessageIds() {
    }

    static String of(InboundMessage message) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(message.payload()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
