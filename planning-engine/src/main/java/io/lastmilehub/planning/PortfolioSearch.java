package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Several cores on one problem as a portfolio: as many whole searches ({@link VehicleMinimisingSearch}) as threads,
 * each on one thread with seeds of its own, side by side on the same budget; the plan with the lowest objective
 * wins. The first search has the options' seed, so one thread plans as before.
 * <p>
 * Why not jsprit's own threads, which share the work of each insertion: at 30 s on the Solomon instances two such
 * threads were no better than one (shorter routes on R1 and RC1, longer on R2 and RC2, where two to four routes
 * leave little work to share). Two searches took the mean distance gap at the best-known vehicle count from +1.63
 * and +1.71 % (one thread) to +1.19 and +1.50 % (seeds 4711 and 1, one run), with the same vehicles
 * (planning-engine/README.md, "Two searches side by side"). Large problems ({@link PhaseAlgorithms#isLarge()})
 * keep jsprit's threads: two whole searches would double their memory.
 */
final class PortfolioSearch {

    /** Between the seeds of two searches: each phase of a search takes the next seed, and no search has this many. */
    static final long SEED_STRIDE = 1_000_003;

    private final VehicleRoutingProblem problem;
    private final List<SolverExtension> extensions;
    private final PlanningOptions options;

    /** @param options budget and seed of every search; its thread count is the number of searches */
    PortfolioSearch(VehicleRoutingProblem problem, List<SolverExtension> extensions, PlanningOptions options) {
        this.problem = problem;
        this.extensions = List.copyOf(extensions);
        this.options = options;
    }

    /** Runs the searches, the first on the calling thread, and returns the best one's outcome. */
    SearchOutcome run() {
        PortfolioProgress progress = new PortfolioProgress(options.progressListener(), options.threads());
        List<CompletableFuture<SearchOutcome>> others = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(options.threads() - 1, new NamedThreads());
        try {
            for (int i = 1; i < options.threads(); i++) {
                int search = i;
                others.add(CompletableFuture.supplyAsync(() -> search(search, progress), threads));
            }
            List<SearchOutcome> outcomes = new ArrayList<>();
            outcomes.add(search(0, progress));
            others.forEach(other -> outcomes.add(joined(other)));
            int iterations = outcomes.stream().mapToInt(SearchOutcome::iterations).sum();
            SearchOutcome best = outcomes.stream().min(Comparator.comparingDouble(o -> o.best().getCost()))
                    .orElseThrow();
            return new SearchOutcome(best.best(), best.reasons(), iterations);
        } finally {
            threads.shutdownNow();
        }
    }

    private SearchOutcome search(int search, PortfolioProgress progress) {
        PlanningOptions own = options.toBuilder().threads(1)
                .randomSeed(options.randomSeed() + search * SEED_STRIDE)
                .progressListener(progress.of(search)).build();
        return SearchOutcome.of(new PhaseAlgorithms(problem, extensions, 1), own);
    }

    private static SearchOutcome joined(CompletableFuture<SearchOutcome> search) {
        try {
            return search.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /** Daemon threads named after the planning, so that a thread dump says what they are. */
    private static final class NamedThreads implements ThreadFactory {

        private static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "planning-search-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
