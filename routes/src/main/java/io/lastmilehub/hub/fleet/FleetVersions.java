package io.lastmilehub.hub.fleet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The table {@code fleet_version}: the versions valid at an instant, and appending the next version of an item. Two
 * writers of one item meet at the unique (tenant, kind, item, version) key: the second fails, nothing is half written.
 */
@Repository
public class FleetVersions {

    private static final String COLUMNS = "v.item_id, v.version, v.document, v.retired, v.valid_from, v.valid_to, "
            + "v.source, v.changed_by, v.changed_at";
    /** Valid at the instant and not retired, in the order the items first came (the fleet file's order). */
    private static final String VALID_AT = "SELECT " + COLUMNS + " FROM fleet_version v WHERE v.tenant = ? "
            + "AND v.kind = ? AND v.valid_from <= ? AND (v.valid_to IS NULL OR v.valid_to > ?) AND v.retired = FALSE";
    private static final String IN_ARRIVAL_ORDER = " ORDER BY (SELECT MIN(f.id) FROM fleet_version f "
            + "WHERE f.tenant = v.tenant AND f.kind = v.kind AND f.item_id = v.item_id)";
    private static final String LATEST = "SELECT " + COLUMNS + " FROM fleet_version v WHERE v.tenant = ? "
            + "AND v.kind = ? AND v.item_id = ? ORDER BY v.version DESC FETCH FIRST 1 ROWS ONLY";
    private static final String CLOSE = "UPDATE fleet_version SET valid_to = ? WHERE tenant = ? AND kind = ? "
            + "AND item_id = ? AND version = ? AND valid_to IS NULL";
    private static final String INSERT = "INSERT INTO fleet_version (tenant, kind, item_id, version, document, "
            + "retired, valid_from, valid_to, source, changed_by, changed_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)";

    private static final RowMapper<FleetVersion> ROW = (rs, n) -> new FleetVersion(rs.getString(1), rs.getInt(2),
            rs.getString(3), rs.getBoolean(4), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
            FleetSource.valueOf(rs.getString(7)), rs.getString(8), instant(rs.getTimestamp(9)));

    private final JdbcTemplate jdbc;

    public FleetVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's items of a kind as they were at the instant, retired ones left out. */
    public List<FleetVersion> validAt(String tenant, FleetKind kind, Instant at) {
        return jdbc.query(VALID_AT + IN_ARRIVAL_ORDER, ROW, tenant, kind.name(), ts(at), ts(at));
    }

    /** One item as it was at the instant; empty when it did not exist then or was retired. */
    public Optional<FleetVersion> validAt(String tenant, FleetKind kind, String itemId, Instant at) {
        return jdbc.query(VALID_AT + " AND v.item_id = ?", ROW, tenant, kind.name(), ts(at), ts(at), itemId).stream()
                .findFirst();
    }

    /** Whether the tenant has any version of anything stored. */
    public boolean anyOf(String tenant) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM fleet_version WHERE tenant = ?",
                Boolean.class, tenant));
    }

    /** The item's newest version, retired or not. */
    public Optional<FleetVersion> latest(String tenant, FleetKind kind, String itemId) {
        return jdbc.query(LATEST, ROW, tenant, kind.name(), itemId).stream().findFirst();
    }

    /**
     * Stores the next version of the item, valid from {@code validFrom}, and ends the one before at that instant.
     *
     * @param previous the item's newest version, null for its first
     * @throws org.springframework.dao.DuplicateKeyException when another writer stored that version first
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String tenant, FleetKind kind, FleetVersion previous, FleetVersion next) {
        if (previous != null) {
            jdbc.update(CLOSE, ts(next.validFrom()), tenant, kind.name(), next.itemId(), previous.version());
        }
        jdbc.update(INSERT, tenant, kind.name(), next.itemId(), next.version(), next.document(), next.retired(),
                ts(next.validFrom()), next.source().name(), next.changedBy(), ts(next.changedAt()));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
