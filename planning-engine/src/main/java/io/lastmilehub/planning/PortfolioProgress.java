package io.lastmilehub.planning;

/**
 * The progress of a portfolio's searches ({@link PortfolioSearch}) as one search's: the iteration of the search
 * that is furthest, and the best solution of all of them so far. The searches report from their own threads; the
 * listener is told one at a time.
 */
final class PortfolioProgress {

    private final PlanningProgressListener listener;
    private final int[] iterations;
    private PlanningProgress best;

    /**
     * @param listener told the combined progress
     * @param searches how many searches report
     */
    PortfolioProgress(PlanningProgressListener listener, int searches) {
        this.listener = listener;
        this.iterations = new int[searches];
    }

    /** The listener search {@code search} reports to. */
    PlanningProgressListener of(int search) {
        return new PlanningProgressListener() {
            @Override
            public void onIteration(int iteration, double bestCost) {
                onProgress(new PlanningProgress(iteration, bestCost, 0, 0));
            }

            @Override
            public void onProgress(PlanningProgress progress) {
                reported(search, progress);
            }
        };
    }

    private synchronized void reported(int search, PlanningProgress progress) {
        iterations[search] = progress.iteration();
        if (best == null || progress.bestCost() < best.bestCost()) {
            best = progress;
        }
        int furthest = 0;
        for (int iteration : iterations) {
            furthest = Math.max(furthest, iteration);
        }
        listener.onProgress(new PlanningProgress(furthest, best.bestCost(), best.vehicles(), best.unassigned()));
    }
}
