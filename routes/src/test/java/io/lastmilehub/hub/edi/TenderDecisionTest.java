package io.lastmilehub.hub.edi;

import io.lastmilehub.hub.edi.TradingPartner.TenderRules;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.TimeWindow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TenderDecisionTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final TenderRules RULES = new TenderRules(List.of("US", "CA"), 1000.0, true);

    @Test
    void whenEveryRuleIsMet_theTenderIsAccepted() {
        assertThat(TenderDecision.declineReason(RULES, List.of(order("US", 400, NOW.plusSeconds(3600)),
                order("CA", 600, null)), NOW)).isEmpty();
    }

    @Test
    void whenAConsigneeIsAbroad_theTenderIsDeclinedNamingTheCountry() {
        assertThat(TenderDecision.declineReason(RULES, List.of(order("US", 1, null), order("MX", 1, null)), NOW))
                .contains("COUNTRY MX NOT SERVICED");
    }

    @Test
    void whenTheStopsTogetherAreTooHeavy_theTenderIsDeclinedWithBothWeights() {
        List<DeliveryOrder> heavy = List.of(order("US", 600, null), order("US", 450.4, null));

        assertThat(TenderDecision.declineReason(RULES, heavy, NOW))
                .hasValueSatisfying(r -> assertThat(r).isEqualTo("WEIGHT 1050 KG OVER 1000 KG").hasSizeLessThan(31));
    }

    @Test
    void whenTheDeliveryWindowHasEnded_theTenderIsDeclinedUnlessTheRuleIsOff() {
        List<DeliveryOrder> late = List.of(order("US", 1, NOW.minusSeconds(60)));

        assertThat(TenderDecision.declineReason(RULES, late, NOW)).contains("DELIVERY WINDOW IN THE PAST");
        assertThat(TenderDecision.declineReason(new TenderRules(List.of(), null, false), late, NOW)).isEmpty();
        assertThat(TenderDecision.declineReason(null, late, NOW)).isEmpty();
    }

    private static DeliveryOrder order(String country, double kg, Instant windowEnd) {
        DeliveryOrder.DeliveryOrderBuilder order = DeliveryOrder.builder()
                .shipTo(Party.builder().address(Address.builder().line1("1 Main St").city("Springfield")
                        .countryCode(country).buildUnvalidated()).buildUnvalidated())
                .parcel(Parcel.builder().id("p").quantity(1).weightKg(kg).buildUnvalidated());
        if (windowEnd != null) {
            order.timeWindow(TimeWindow.builder().start(windowEnd.minusSeconds(7200)).end(windowEnd)
                    .buildUnvalidated());
        }
        return order.buildUnvalidated();
    }
}
