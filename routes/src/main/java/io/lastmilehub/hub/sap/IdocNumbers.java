package io.lastmilehub.hub.sap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** DOCNUMs for the IDocs the hub sends, from a database sequence, so several hub instances never share one. */
@Component
public class IdocNumbers {

    private static final int DOCNUM_LENGTH = 16;

    private final JdbcTemplate jdbc;

    public IdocNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next DOCNUM, zero-padded to SAP's 16 digits. */
    public String next() {
        Long value = jdbc.queryForObject("SELECT nextval('idoc_docnum')", Long.class);
        return String.format("%0" + DOCNUM_LENGTH + "d", value);
    }
}
