package io.lastmilehub.connectors.support.geo;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.TimeWindow;
import net.iakovlev.timeshape.TimeZoneEngine;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The IANA time zone at a point on earth, from the time-zone boundaries shipped with the hub (the timeshape library,
 * built from timezone-boundary-builder's OpenStreetMap data, ODbL), and canonical time windows from local times.
 *
 * <p>The boundaries are loaded on the first {@link #zoneAt} (or {@link #load}), once. For the whole world that took
 * 2 to 3.5 seconds and kept about 205 MB of heap on a 2-core machine ({@code TimeZonesFootprint} in the tests
 * measures it), shared by every instance made with {@link #TimeZones()}. An instance made for a {@link BoundingBox}
 * reads the same data, so it starts no faster, but keeps only the zones lying wholly inside the box (about 10 MB for
 * Europe); a point in a zone that crosses the box's edge then has no zone. An instance made for a set of zones
 * ({@link #TimeZones(Set)}) reads those alone first and the world's only for a point outside them. Thread-safe.
 *
 * <p>A look-up on the boundaries took 4.2 ms (the polygons of a large zone have many thousand vertices), a third of
 * the intake of an order. The answers are kept per cell of {@value #CELL_DEGREES}° by {@value #CELL_DEGREES}° (about
 * 1.1 by 0.8 km at 45° latitude), so that a city's orders share a few hundred look-ups: a cell whose four corners
 * lie in one zone answers that zone for every point in it; a cell a border runs through (its corners disagree)
 * answers each point from the boundaries, as before. A border that enters and leaves a cell by the same side, or a
 * zone smaller than a cell and wholly inside one, would go unseen: time-zone borders are drawn along administrative
 * ones, so such a cell is rare, and its points are given the zone around them.
 */
public final class TimeZones {

    private static final String NAUTICAL_ZONES = "Etc/";
    private static final double CELL_DEGREES = 0.01;
    /** Corners remembered (about 10 MB at most); past it, points of cells not seen yet are looked up each time. */
    private static final int MAX_CORNERS = 100_000;

    private final BoundingBox area;
    /** Zones read first; the world's only for a point outside them. Null: the area's, or the world's. */
    private final Set<ZoneId> first;
    private final Map<Long, Optional<ZoneId>> corners = new ConcurrentHashMap<>();
    private volatile TimeZoneEngine engine;

    /** Time zones of the whole world. */
    public TimeZones() {
        this.area = null;
        this.first = null;
    }

    /** Only the time zones that lie wholly inside the box. */
    public TimeZones(BoundingBox area) {
        this.area = Objects.requireNonNull(area, "area");
        this.first = null;
    }

    /**
     * Time zones of the whole world, the given ones read first and alone (the tenants' depots' zones: about 10 MB for
     * one, against 205 MB for the world); the world's boundaries are read only when a point lies outside all of them.
     * Where zones overlap (disputed areas), a zone given wins over the others there.
     */
    public TimeZones(Set<ZoneId> first) {
        this.area = null;
        this.first = Set.copyOf(first);
    }

    /**
     * The zone at the point; empty at sea (the nautical Etc/GMT zones beyond territorial waters) or where no
     * boundary covers it. Where zones overlap (disputed areas), the one first in alphabetical order.
     */
    public Optional<ZoneId> zoneAt(GeoPoint point) {
        long row = (long) Math.floor(point.getLatitude() / CELL_DEGREES);
        long column = (long) Math.floor(point.getLongitude() / CELL_DEGREES);
        Optional<ZoneId> corner = node(row, column);
        boolean oneZone = corner.equals(node(row + 1, column)) && corner.equals(node(row, column + 1))
                && corner.equals(node(row + 1, column + 1));
        // With zones read first, a corner outside them (at sea off a coastal city) says nothing: the point decides
        return oneZone && (corner.isPresent() || first == null) ? corner
                : query(point.getLatitude(), point.getLongitude());
    }

    /**
     * The zone at a corner of the grid of cells, looked up once (each corner is shared by four cells), in the zones
     * read first: a corner must not make the hub read the world's boundaries.
     */
    private Optional<ZoneId> node(long row, long column) {
        long key = (row << 32) ^ (column & 0xFFFF_FFFFL);
        Optional<ZoneId> zone = corners.get(key);
        if (zone == null) {
            zone = onLand(engine().queryAll(row * CELL_DEGREES, column * CELL_DEGREES)); // never the world's
            if (corners.size() < MAX_CORNERS) {
                corners.put(key, zone);
            }
        }
        return zone;
    }

    private Optional<ZoneId> query(double latitude, double longitude) {
        Optional<ZoneId> zone = onLand(engine().queryAll(latitude, longitude));
        return zone.isEmpty() && first != null ? onLand(World.ENGINE.queryAll(latitude, longitude)) : zone;
    }

    private static Optional<ZoneId> onLand(List<ZoneId> zones) {
        return zones.stream().filter(zone -> !zone.getId().startsWith(NAUTICAL_ZONES))
                .min(Comparator.comparing(ZoneId::getId));
    }

    /** Loads the boundaries now rather than on the first query, e.g. at start-up; returns this. */
    public TimeZones load() {
        engine();
        return this;
    }

    /**
     * A canonical time window (UTC instants, the zone kept) from local times at the destination, as sources send
     * them. A local time skipped by a daylight-saving change (02:30 on the spring-forward night in Berlin) becomes the
     * instant the gap ends; a local time that occurs twice (02:30 on the fall-back night) becomes its earlier instant
     * for the start and its later instant for the end, so that a window is never shortened.
     *
     * @throws io.lastmilehub.model.InvalidModelException when the end is before the start
     */
    public static TimeWindow window(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return TimeWindow.builder()
                .start(instant(Objects.requireNonNull(start, "start"), zone, true))
                .end(instant(Objects.requireNonNull(end, "end"), zone, false))
                .zoneId(zone.getId())
                .build();
    }

    private static Instant instant(LocalDateTime local, ZoneId zone, boolean earlier) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        ZonedDateTime zoned = ZonedDateTime.of(local, zone);
        return (earlier ? zoned.withEarlierOffsetAtOverlap() : zoned.withLaterOffsetAtOverlap()).toInstant();
    }

    private TimeZoneEngine engine() {
        if (area == null && first == null) {
            return World.ENGINE;
        }
        TimeZoneEngine loaded = engine;
        if (loaded == null) {
            synchronized (this) {
                loaded = engine;
                if (loaded == null) {
                    loaded = area != null ? TimeZoneEngine.initialize(area.minLatitude(), area.minLongitude(),
                            area.maxLatitude(), area.maxLongitude(), false) : TimeZoneEngine.initialize(first, false);
                    engine = loaded;
                }
            }
        }
        return loaded;
    }

    /** The whole world's boundaries, loaded when first needed and shared. */
    private static final class World {
        private static final TimeZoneEngine ENGINE = TimeZoneEngine.initialize();
    }
}
