package io.lastmilehub.planning;

/**
 * A driver's break in solver time: it starts inside {@code window} and lasts {@code seconds}.
 *
 * <p>EU Regulation 561/2006, simply: after at most 4 h 30 min of driving a driver takes 45 minutes. The engine
 * counts working time from the start of the shift instead of driving time (stricter, never looser), so the break
 * must start between half the limit and the limit after the shift starts, e.g. for a 07:00 shift with 270/45
 * between 09:15 and 11:30. A route that is back before the window closes needs no break. One break per shift: a
 * shift of more than 9 h driving also needs a maximum route duration.
 *
 * @param window  when the break may start
 * @param seconds how long it lasts
 */
record BreakRule(Interval window, double seconds) {

    /** The break of a shift starting at {@code shiftStart}, or null when the shift has none. */
    static BreakRule of(double shiftStart, int breakAfterMinutes, int breakMinutes) {
        if (breakAfterMinutes <= 0 || breakMinutes <= 0) {
            return null;
        }
        double latest = shiftStart + breakAfterMinutes * 60.0;
        return new BreakRule(new Interval(shiftStart + breakAfterMinutes * 30.0, latest), breakMinutes * 60.0);
    }
}
