package io.lastmilehub.hub.edi;

import io.lastmilehub.connectors.support.edi.ControlNumbers;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Control numbers from the table {@code edi_control_number}, one row per partner and kind.
 *
 * <p>The number is taken with an {@code UPDATE} in the caller's transaction (or a transaction of its own when there
 * is none), so the row stays locked until the document has been stored or queued: two documents for one partner
 * never share a number, also across hub instances, and a send that rolls back gives its number back. After
 * 999,999,999 (the largest ISA13 and GS06) the number starts again at 1, as X12 and EDIFACT partners expect; at
 * one interchange a second that takes 31 years.
 */
@Component
public class EdiControlNumbers implements ControlNumbers {

    static final long MAX = 999_999_999L;

    private static final String INCREMENT = "UPDATE edi_control_number"
            + " SET last_value = CASE WHEN last_value >= " + MAX + " THEN 1 ELSE last_value + 1 END"
            + " WHERE partner = ? AND kind = ?";
    private static final String READ = "SELECT last_value FROM edi_control_number WHERE partner = ? AND kind = ?";
    private static final String CREATE = "INSERT INTO edi_control_number (partner, kind, last_value) VALUES (?, ?, 0)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate joinOrStart;
    private final TransactionTemplate separate;

    public EdiControlNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.joinOrStart = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public long next(String partner, Kind kind) {
        Long value = joinOrStart.execute(status -> {
            if (jdbc.update(INCREMENT, partner, kind.name()) == 0) {
                createRow(partner, kind);
                jdbc.update(INCREMENT, partner, kind.name());
            }
            return jdbc.queryForObject(READ, Long.class, partner, kind.name());
        });
        if (value == null) {
            throw new IllegalStateException("no control number row for " + partner + " " + kind);
        }
        return value;
    }

    /**
     * The partner's first number of this kind: the row is created in a transaction of its own, so a concurrent
     * creator's duplicate key cannot abort the caller's transaction (PostgreSQL would).
     */
    private void createRow(String partner, Kind kind) {
        try {
            separate.executeWithoutResult(status -> jdbc.update(CREATE, partner, kind.name()));
        } catch (DuplicateKeyException alreadyCreated) {
            // another sender created it first: fine, the caller increments it
        }
    }
}
