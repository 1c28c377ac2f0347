package io.lastmilehub.connectors.sap.outbound;

/**
 * Hands out the numbers (DOCNUM) of the IDocs the hub sends to SAP. SAP identifies an inbound IDoc by its sender
 * and DOCNUM, so a number must never come twice from the same hub logical system, not even after a restart: the
 * caller keeps the sequence in durable storage (a database sequence, for instance). Builders draw a number only
 * when they are about to return an IDoc, never for input they refuse.
 */
@FunctionalInterface
public interface DocnumSequence {

    /** The largest IDoc number: DOCNUM is sixteen digits. */
    long MAX = 9_999_999_999_999_999L;

    /** The next IDoc number, from 1 to {@link #MAX}. */
    long next();
}
