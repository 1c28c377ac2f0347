package io.lastmilehub.hub.edi;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The log of interchanges received from trading partners (table {@code edi_interchange}): it decides whether an
 * interchange is a duplicate, so that its acknowledgement and tender responses go out once. Called inside the
 * transaction that queues the answers; the row is locked until that transaction ends.
 */
@Component
public class ReceivedInterchanges {

    private final JdbcTemplate jdbc;

    public ReceivedInterchanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an interchange and its outcome.
     *
     * @return false when the same sender had sent an interchange with that control number before and it was
     *         accepted: a duplicate (counted), to be ignored; true otherwise, also when an earlier one with that
     *         number had been rejected (the partner sends it again corrected)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean record(String sender, String controlNumber, String tenant, String partner, boolean accepted,
            Instant receivedAt) {
        List<Boolean> earlier = jdbc.queryForList("SELECT accepted FROM edi_interchange WHERE sender = ? AND "
                + "control_number = ? FOR UPDATE", Boolean.class, sender, controlNumber);
        if (earlier.isEmpty()) {
            // a concurrent first receipt makes this insert fail; the retry then finds the row
            jdbc.update("INSERT INTO edi_interchange (sender, control_number, tenant, partner, accepted, received_at,"
                    + " duplicates) VALUES (?, ?, ?, ?, ?, ?, 0)", sender, controlNumber, tenant, partner, accepted,
                    Timestamp.from(receivedAt));
            return true;
        }
        if (earlier.get(0)) {
            jdbc.update("UPDATE edi_interchange SET duplicates = duplicates + 1 WHERE sender = ? AND "
                    + "control_number = ?", sender, controlNumber);
            return false;
        }
        jdbc.update("UPDATE edi_interchange SET accepted = ?, received_at = ? WHERE sender = ? AND control_number = ?",
                accepted, Timestamp.from(receivedAt), sender, controlNumber);
        return true;
    }
}
