package io.lastmilehub.hub.edi;

import io.lastmilehub.connectors.spi.DocumentReceipt;
import io.lastmilehub.hub.inbound.DocumentReceipts;
import io.lastmilehub.hub.messagelog.MessageLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What the hub sent each trading partner and what the partner answered (table {@code edi_document}): a row per
 * transaction set or message is written when the document is queued, in the same transaction, and a 997, 999, TA1 or
 * CONTRL from the partner sets the rows it names, matched by our control numbers (a TA1 names our interchange). An
 * answer that names nothing we sent is logged and kept with its message; it changes nothing.
 */
@Component
public class SentDocuments implements DocumentReceipts {

    /** Documents that are themselves answers: nobody acknowledges them. */
    static final Set<String> ACKNOWLEDGEMENTS = Set.of("997", "999", "TA1", "CONTRL");

    private static final Logger LOG = LoggerFactory.getLogger(SentDocuments.class);
    private static final String PENDING = "PENDING";
    private static final String NOT_EXPECTED = "NOT_EXPECTED";
    private static final String SET_ANSWER = "UPDATE edi_document SET ack_status = ?, ack_detail = ?, "
            + "ack_received_at = ?, ack_message = ? WHERE tenant = ? AND partner = ? AND ack_status <> '" + NOT_EXPECTED
            + "' AND %1$s%2$s AND queued_at = (SELECT MAX(queued_at) FROM edi_document WHERE tenant = ? "
            + "AND partner = ? "
            + "AND %1$s)";

    private final JdbcTemplate jdbc;
    private final TradingPartners partners;
    private final MessageLog log;

    public SentDocuments(JdbcTemplate jdbc, TradingPartners partners, MessageLog log) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.log = log;
    }

    /**
     * Records a queued document.
     *
     * @param group the group control number (GS06), or null (EDIFACT without UNG, TA1)
     * @param sets  the set or message control numbers (ST02, UNH 0062); none for a TA1
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queued(TradingPartner partner, String type, String fileName, long interchange, Long group,
                       List<Long> sets, Instant at) {
        String status = ACKNOWLEDGEMENTS.contains(type) ? NOT_EXPECTED : PENDING;
        List<Long> rows = sets.isEmpty() ? Collections.singletonList(null) : sets;
        for (Long set : rows) {
            jdbc.update("INSERT INTO edi_document (tenant, partner, document_type, file_name, interchange_number, "
                    + "group_number, set_number, queued_at, ack_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    partner.tenant(), partner.id(), type, fileName, String.valueOf(interchange),
                    group == null ? null : String.valueOf(group), set == null ? null : String.valueOf(set),
                    Timestamp.from(at), status);
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String tenant, String sourceSystem, String messageId, List<DocumentReceipt> receipts,
                       Instant receivedAt) {
        TradingPartner partner = partners.bySender(tenant, sourceSystem).orElse(null);
        if (partner == null) {
            return;
        }
        for (DocumentReceipt receipt : receipts) {
            int matched = answer(partner, receipt, messageId, receivedAt);
            if (matched == 0) {
                LOG.warn("Trading partner {} acknowledged {}, which the hub did not send it; message {} is kept",
                        partner.id(), describe(receipt), messageId);
            }
        }
        logAnswers(partner, messageId, receivedAt);
    }

    /** Tells the message log which interchanges this answer settled, each with its worst set's answer. */
    private void logAnswers(TradingPartner partner, String messageId, Instant at) {
        // MAX: REJECTED sorts after ACCEPTED, ACCEPTED_WITH_ERRORS and RECEIVED
        jdbc.query("SELECT interchange_number, MAX(ack_status) FROM edi_document WHERE tenant = ? AND partner = ? "
                + "AND ack_message = ? GROUP BY interchange_number", (RowCallbackHandler) row -> log.answered(
                        partner.tenant(), partner.id(), row.getString(1), row.getString(2), at),
                partner.tenant(), partner.id(), messageId);
    }

    private int answer(TradingPartner partner, DocumentReceipt receipt, String messageId, Instant at) {
        String match;
        List<Object> keys;
        if (receipt.group() != null) {
            match = receipt.control() == null ? "group_number = ?" : "group_number = ? AND set_number = ?";
            keys = receipt.control() == null ? List.of(number(receipt.group()))
                    : List.of(number(receipt.group()), number(receipt.control()));
        } else {
            match = receipt.control() == null ? "interchange_number = ?" : "interchange_number = ? AND set_number = ?";
            keys = receipt.control() == null ? List.of(number(receipt.interchange()))
                    : List.of(number(receipt.interchange()), number(receipt.control()));
        }
        List<Object> arguments = new ArrayList<>(List.of(receipt.status().name(), receipt.detail(),
                Timestamp.from(at), messageId, partner.tenant(), partner.id()));
        arguments.addAll(keys);
        arguments.add(partner.tenant());
        arguments.add(partner.id());
        arguments.addAll(keys);
        return jdbc.update(String.format(SET_ANSWER, match, onlyPending(receipt) ? " AND ack_status = '" + PENDING
                + "'" : ""), arguments.toArray());
    }

    /**
     * An interchange's envelope accepted (TA1 A or E, CONTRL UCI 7) says nothing of its sets: it does not overwrite
     * a set's answer already recorded (a 997 may come before the TA1). A rejected envelope rejects every set.
     */
    private static boolean onlyPending(DocumentReceipt receipt) {
        return receipt.group() == null && receipt.control() == null
                && receipt.status() != DocumentReceipt.Status.REJECTED;
    }

    /**
     * The tenant's documents, newest first.
     *
     * @param partner a partner id, or null for all
     * @param type    a document type (214, 990, IFTSTA...), or null for all
     * @param status  an acknowledgement status (PENDING, ACCEPTED...), or null for all
     */
    public List<SentDocument> list(String tenant, String partner, String type, String status, int limit) {
        StringBuilder sql = new StringBuilder("SELECT partner, document_type, file_name, interchange_number, "
                + "group_number, set_number, queued_at, ack_status, ack_detail, ack_received_at, ack_message "
                + "FROM edi_document WHERE tenant = ?");
        List<Object> arguments = new ArrayList<>(List.of(tenant));
        for (String[] filter : new String[][] {{"partner", partner}, {"document_type", type}, {"ack_status", status}}) {
            if (filter[1] != null) {
                sql.append(" AND ").append(filter[0]).append(" = ?");
                arguments.add(filter[1]);
            }
        }
        sql.append(" ORDER BY queued_at DESC, id DESC LIMIT ").append(limit);
        return jdbc.query(sql.toString(), (row, i) -> new SentDocument(row.getString(1), row.getString(2),
                row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                row.getTimestamp(7).toInstant(), row.getString(8), row.getString(9),
                row.getTimestamp(10) == null ? null : row.getTimestamp(10).toInstant(), row.getString(11)),
                arguments.toArray());
    }

    /** A control number as stored: without leading zeros, so that {@code 0012} and {@code 12} match. */
    static String number(String control) {
        String stripped = control.strip().replaceFirst("^0+(?=.)", "");
        return stripped.length() > 20 ? stripped.substring(0, 20) : stripped;
    }

    private static String describe(DocumentReceipt receipt) {
        String scope = receipt.group() != null ? "group " + receipt.group() : "interchange " + receipt.interchange();
        return receipt.control() == null ? scope : scope + " " + receipt.type() + " " + receipt.control();
    }
}
