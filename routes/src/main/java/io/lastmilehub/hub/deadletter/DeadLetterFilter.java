package io.lastmilehub.hub.deadletter;

import io.lastmilehub.hub.errors.InvalidMessageException;
import jakarta.persistence.criteria.Predicate;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.data.jpa.domain.Specification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which of a tenant's dead letters a person asks for.
 *
 * @param source      exactly this source (partner, format or route); null for any
 * @param reason      the reason contains this text, whatever its case; null for any
 * @param olderThan   kept at least this long ago; null for any
 * @param newerThan   kept at most this long ago; null for any
 * @param state       this state; null for every state
 * @param limit       at most this many, newest first
 */
public record DeadLetterFilter(String source, String reason, Duration olderThan, Duration newerThan,
                               DeadLetterState state, int limit) {

    public static final int MAX_LIMIT = 500;

    /**
     * From request parameters as a person types them: ages like {@code 2h} or {@code 7d}, state {@code open}
     * (the default), {@code replayed}, {@code discarded} or {@code all}.
     */
    public static DeadLetterFilter parse(String source, String reason, String olderThan, String newerThan,
                                         String state, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidMessageException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new DeadLetterFilter(blankToNull(source), blankToNull(reason), age("olderThan", olderThan),
                age("newerThan", newerThan), state(state), limit);
    }

    Specification<DeadLetterEntity> of(String tenant, Instant now) {
        return (letter, query, where) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(where.equal(letter.get("tenant"), tenant));
            if (source != null) {
                all.add(where.equal(letter.get("source"), source));
            }
            if (reason != null) {
                all.add(where.like(where.lower(letter.get("reason")), "%" + escaped(reason) + "%", '\\'));
            }
            if (olderThan != null) {
                all.add(where.lessThanOrEqualTo(letter.get("createdAt"), now.minus(olderThan)));
            }
            if (newerThan != null) {
                all.add(where.greaterThanOrEqualTo(letter.get("createdAt"), now.minus(newerThan)));
            }
            if (state != null) {
                all.add(where.equal(letter.get("state"), state));
            }
            return where.and(all.toArray(Predicate[]::new));
        };
    }

    private static String escaped(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Duration age(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Duration age = DurationStyle.detectAndParse(text.trim());
            if (age.isNegative()) {
                throw new InvalidMessageException(field, "must not be negative");
            }
            return age;
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException(field, "not an age: '" + text + "' (e.g. 2h, 7d)");
        }
    }

    private static DeadLetterState state(String text) {
        if (text == null || text.isBlank()) {
            return DeadLetterState.OPEN;
        }
        if (text.equalsIgnoreCase("all")) {
            return null;
        }
        try {
            return DeadLetterState.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException("state", "must be open, replayed, discarded or all");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
