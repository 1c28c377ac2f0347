package io.lastmilehub.hub.sap;

import io.lastmilehub.connectors.sap.outbound.DocnumSequence;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** DOCNUMs for the IDocs the hub sends, from a database sequence, so several hub instances never share one. */
@Component
public class IdocNumbers implements DocnumSequence {

    private static final int DOCNUM_LENGTH = 16;

    private final JdbcTemplate jdbc;

    public IdocNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long next() {
        Long value = jdbc.queryForObject("SELECT nextval('idoc_docnum')", Long.class);
        if (value == null || value > MAX) {
            throw new IllegalStateException("the IDoc number sequence is exhausted: " + value);
        }
        return value;
    }

    /** The next DOCNUM, zero-padded to SAP's 16 digits. */
    public String nextPadded() {
        return String.format("%0" + DOCNUM_LENGTH + "d", next());
    }
}
