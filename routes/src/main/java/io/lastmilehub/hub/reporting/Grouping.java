package io.lastmilehub.hub.reporting;

import io.lastmilehub.hub.errors.InvalidMessageException;
import java.util.Locale;

/** How the KPIs are grouped over time: by the planned day, or the ISO week (from Monday) or month it falls in. */
public enum Grouping {
    DAY("f.planning_date"),
    WEEK("CAST(DATE_TRUNC('week', CAST(f.planning_date AS TIMESTAMP)) AS DATE)"),
    MONTH("CAST(DATE_TRUNC('month', CAST(f.planning_date AS TIMESTAMP)) AS DATE)");

    private final String periodSql;

    Grouping(String periodSql) {
        this.periodSql = periodSql;
    }

    /** The grouping a query parameter names: day, week or month, in any case. */
    static Grouping of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException("groupBy", "must be day, week or month");
        }
    }

    /** The first day of the period of a fact row {@code f}, in SQL that H2 and PostgreSQL both run. */
    String periodSql() {
        return periodSql;
    }
}
