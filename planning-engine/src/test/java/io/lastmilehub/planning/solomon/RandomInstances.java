package io.lastmilehub.planning.solomon;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated instances in Solomon's form, for tests that need more customers than the shared files have. */
public final class RandomInstances {

    private RandomInstances() {
    }

    /**
     * Customers on a 100 × 100 square around the depot, demand 1 to 10, each with a window of {@code window} to
     * twice that, opening between 100 and 700 in a day of 1000 (so that every customer can be reached from the
     * depot in time), and a service time of 10; 100 vehicles of capacity 200.
     * The windows, not the capacity, decide the number of routes: the narrower, the more.
     *
     * @param customers how many
     * @param window    the narrowest window
     */
    public static SolomonInstance square(int customers, int window) {
        Random random = new Random(42);
        SolomonNode depot = new SolomonNode(0, 50, 50, 0, 0, 1000, 0);
        List<SolomonNode> nodes = new ArrayList<>();
        for (int i = 1; i <= customers; i++) {
            int ready = 100 + random.nextInt(600);
            nodes.add(new SolomonNode(i, random.nextInt(101), random.nextInt(101), 1 + random.nextInt(10), ready,
                    ready + window + random.nextInt(window + 1), 10));
        }
        return new SolomonInstance("square-" + customers + "-" + window, 100, 200, depot, nodes);
    }
}
