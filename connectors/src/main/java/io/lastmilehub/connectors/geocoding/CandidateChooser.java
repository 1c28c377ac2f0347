package io.lastmilehub.connectors.geocoding;

import io.lastmilehub.model.Address;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a provider's candidates into one answer: keeps those in the address's country, scores them with
 * {@link ConfidenceRules}, takes the best (the provider's order breaks ties) and calls the answer ambiguous when
 * another candidate is about as good but in a clearly different place: same level, confidence within
 * {@value #SIMILAR_CONFIDENCE}, importance (where the provider gives one) within {@value #SIMILAR_IMPORTANCE}, and
 * more than {@value #DISTINCT_PLACE_METERS} m away. An ambiguous answer keeps the best candidate's point, shares its
 * confidence among the rivals, and lists every rival's description.
 */
final class CandidateChooser {

    static final double SIMILAR_CONFIDENCE = 0.1;
    static final double SIMILAR_IMPORTANCE = 0.1;
    static final double DISTINCT_PLACE_METERS = 1000;

    private CandidateChooser() {
    }

    private record Scored(Candidate candidate, double confidence) {
    }

    /** The answer for an address from the candidates in the provider's order; not found when none is left. */
    static GeocodeResult choose(String provider, Address address, List<Candidate> candidates) {
        List<Scored> scored = candidates.stream()
                .filter(candidate -> inCountry(candidate, address))
                .map(candidate -> ConfidenceRules.checked(candidate, address))
                .map(candidate -> new Scored(candidate, ConfidenceRules.confidence(candidate, address)))
                .toList();
        if (scored.isEmpty()) {
            return GeocodeResult.notFound(provider);
        }
        Scored best = scored.get(0);
        for (Scored each : scored) {
            if (each.confidence() > best.confidence()) {
                best = each;
            }
        }
        List<Scored> places = distinctRivals(best, scored);
        Candidate chosen = best.candidate();
        if (places.size() == 1) {
            return new GeocodeResult(GeocodeResult.Outcome.FOUND, chosen.location(), best.confidence(), provider,
                    chosen.description());
        }
        String all = places.stream().map(each -> each.candidate().description()).collect(Collectors.joining(" | "));
        return new GeocodeResult(GeocodeResult.Outcome.AMBIGUOUS, chosen.location(),
                best.confidence() / places.size(), provider, places.size() + " places match: " + all);
    }

    /** The best candidate followed by each rival, rivals that are the same place as an earlier one left out. */
    private static List<Scored> distinctRivals(Scored best, List<Scored> scored) {
        List<Scored> places = new ArrayList<>(List.of(best));
        for (Scored each : scored) {
            if (isRival(best, each) && places.stream().allMatch(place -> farApart(place, each))) {
                places.add(each);
            }
        }
        return places;
    }

    private static boolean isRival(Scored best, Scored other) {
        Candidate a = best.candidate();
        Candidate b = other.candidate();
        return other != best
                && a.level() == b.level()
                && best.confidence() - other.confidence() < SIMILAR_CONFIDENCE
                && (a.importance() == null || b.importance() == null
                    || Math.abs(a.importance() - b.importance()) < SIMILAR_IMPORTANCE);
    }

    private static boolean farApart(Scored a, Scored b) {
        return a.candidate().location().distanceMetersTo(b.candidate().location()) > DISTINCT_PLACE_METERS;
    }

    private static boolean inCountry(Candidate candidate, Address address) {
        return address.getCountryCode() == null || address.getCountryCode().equalsIgnoreCase(candidate.countryCode());
    }
}
