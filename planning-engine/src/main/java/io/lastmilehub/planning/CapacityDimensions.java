package io.lastmilehub.planning;

import io.lastmilehub.model.Capacity;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Parcel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The four load dimensions the solver counts in whole numbers: 0 weight in grams, 1 volume in litres, 2 parcels
 * (pieces), 3 pallets in hundredths. Demands round up and capacities round down, so a plan never overloads; a model
 * capacity of 0 means no limit in that dimension.
 */
final class CapacityDimensions {

    static final int WEIGHT = 0;
    static final int VOLUME = 1;
    static final int PARCELS = 2;
    static final int PALLETS = 3;
    static final int COUNT = 4;

    /** Stands for "no limit": far above any real load, far enough below int overflow for jsprit's sums. */
    static final int UNLIMITED = 1_000_000_000;

    private static final double GRAMS_PER_KG = 1000;
    private static final double LITRES_PER_M3 = 1000;
    private static final double HUNDREDTHS = 100;
    /** Absorbs binary rounding such as 1.2 * 1000 = 1200.0000000000002. */
    private static final double EPSILON = 1e-6;

    private CapacityDimensions() {
    }

    /** What the order takes up, rounded up. */
    static int[] demandOf(DeliveryOrder order) {
        int pieces = order.getParcels().stream().mapToInt(p -> Math.max(0, p.getQuantity())).sum();
        double pallets = order.getParcels().stream().mapToDouble(Parcel::getPallets).sum();
        return new int[] {
            roundUp(order.totalWeightKg() * GRAMS_PER_KG),
            roundUp(order.totalVolumeM3() * LITRES_PER_M3),
            pieces,
            roundUp(pallets * HUNDREDTHS)
        };
    }

    /** What the vehicle carries at once, rounded down; {@link #UNLIMITED} where the model says 0. */
    static int[] capacityOf(Capacity capacity) {
        return new int[] {
            limit(capacity.getWeightKg(), GRAMS_PER_KG),
            limit(capacity.getVolumeM3(), LITRES_PER_M3),
            limit(capacity.getParcels(), 1),
            limit(capacity.getPallets(), HUNDREDTHS)
        };
    }

    /** A weight limit in kilograms as a capacity, rounded down. */
    static int weightCapacity(double kg) {
        return limit(kg, GRAMS_PER_KG);
    }

    /** True when the demand fits the capacity in every dimension. */
    static boolean fits(int[] demand, int[] capacity) {
        for (int i = 0; i < COUNT; i++) {
            if (demand[i] > capacity[i]) {
                return false;
            }
        }
        return true;
    }

    /** For a dispatcher: e.g. "12.5 kg, 0.040 m3, 2 parcels, 0.00 pallets". */
    static String describe(int[] demand) {
        return String.format(Locale.ROOT, "%.1f kg, %.3f m3, %d parcels, %.2f pallets", demand[WEIGHT] / GRAMS_PER_KG,
                demand[VOLUME] / LITRES_PER_M3, demand[PARCELS], demand[PALLETS] / HUNDREDTHS);
    }

    /**
     * For a dispatcher: the dimensions in which the demand exceeds every capacity, e.g. "weight (largest 900.0 kg)";
     * when it exceeds none alone, that no vehicle fits all at once.
     */
    static String exceeded(int[] demand, List<int[]> capacities) {
        String[] names = {"weight", "volume", "parcels", "pallets"};
        double[] scales = {GRAMS_PER_KG, LITRES_PER_M3, 1, HUNDREDTHS};
        String[] units = {" kg", " m3", "", ""};
        List<String> over = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            int dimension = i;
            int largest = capacities.stream().mapToInt(capacity -> capacity[dimension]).max().orElse(0);
            if (demand[i] > largest) {
                over.add(String.format(Locale.ROOT, "%s (largest %s%s)", names[i],
                        largest >= UNLIMITED ? "unlimited" : trim(largest / scales[i]), units[i]));
            }
        }
        return over.isEmpty() ? "no single dimension, but no vehicle fits all at once" : String.join(", ", over);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.3f", value);
    }

    private static int limit(double modelValue, double scale) {
        if (modelValue <= 0) {
            return UNLIMITED;
        }
        return (int) Math.min(UNLIMITED, Math.floor(modelValue * scale + EPSILON));
    }

    private static int roundUp(double scaled) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, Math.ceil(scaled - EPSILON)));
    }
}
