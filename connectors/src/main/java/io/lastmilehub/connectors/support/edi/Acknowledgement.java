package io.lastmilehub.connectors.support.edi;

import java.util.List;

/**
 * An X12 997 or EDIFACT CONTRL we send back for one inbound interchange.
 *
 * @param payload  the interchange to send, as bytes in the character set it declares
 * @param accepted whether every transaction set or message in it was accepted (possibly with errors noted)
 * @param errors   what we reported, one line each, e.g. {@code ST*214*0001: transaction set 214 is not accepted}
 */
public record Acknowledgement(byte[] payload, boolean accepted, List<String> errors) {

    public Acknowledgement {
        errors = List.copyOf(errors);
    }
}
