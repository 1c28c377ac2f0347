package io.lastmilehub.connectors.support.edi;

/**
 * Hands out the control numbers of what we send to one trading partner: ISA13 and UNB 0020 (interchange), GS06
 * (group), ST02 and UNH 0062 (transaction set or message). The caller persists them: each call returns a number
 * greater than any returned before for that partner and kind, also when two messages go out at once (the hub backs
 * this with a database row per partner and kind, updated in the sending transaction). After 999,999,999 the numbers
 * start again at 1.
 */
public interface ControlNumbers {

    /** The kinds of control number. */
    enum Kind {
        /** ISA13 (9 digits) or UNB 0020 (up to 14 characters). */
        INTERCHANGE,
        /** GS06 (up to 9 digits). */
        GROUP,
        /** ST02 (4 to 9 characters) or UNH 0062 (up to 14 characters). */
        TRANSACTION,
        /** Our freight invoice numbers (210 B3-02, up to 22 characters). */
        INVOICE
    }

    /**
     * The next control number.
     *
     * @param partner the partner, as the {@code sourceSystem} the inbound mappers give it (e.g.
     *                {@code X12:ZZ:MGCTLYST})
     * @param kind    which number
     * @return a number from 1 to 999,999,999
     */
    long next(String partner, Kind kind);
}
