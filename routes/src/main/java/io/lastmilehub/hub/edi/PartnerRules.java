package io.lastmilehub.hub.edi;

import io.lastmilehub.hub.edi.TradingPartner.Party;
import io.lastmilehub.hub.edi.TradingPartner.Standard;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ReasonCode;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks one partner file's content: every problem as {@code field: reason}, in the file's own key names, so that
 * the hub refuses to start naming the file and field instead of failing later on the first message.
 */
final class PartnerRules {

    /** What the hub takes in and sends, per standard (the connectors' mappers and builders). */
    static final Map<Standard, Set<String>> INBOUND = Map.of(Standard.X12, Set.of("204", "940", "856", "945"),
            Standard.EDIFACT, Set.of("IFTMIN", "ORDERS", "DESADV"));
    static final Map<Standard, Set<String>> OUTBOUND = Map.of(Standard.X12, Set.of("997", "990", "214", "210"),
            Standard.EDIFACT, Set.of("CONTRL", "IFTSTA"));
    /** The versions the builders write (990, 214, 210 in 004010; IFTSTA in D:01B). */
    private static final Map<Standard, String> VERSION = Map.of(Standard.X12, "004010", Standard.EDIFACT, "D01B");
    private static final Set<String> STATUS_MESSAGES = Set.of("214", "IFTSTA");
    private static final Set<String> WITH_SCAC = Set.of("990", "214", "210");
    private static final Pattern SCAC = Pattern.compile("[A-Z]{2,4}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern X12_QUALIFIER = Pattern.compile("[A-Z0-9]{2}");
    private static final Pattern X12_ID = Pattern.compile("[A-Za-z0-9 ._-]{1,15}");
    private static final Pattern EDIFACT_ID = Pattern.compile("[A-Za-z0-9 ./_-]{1,35}");
    private static final Pattern STATUS_CODE = Pattern.compile("[A-Z0-9]{1,3}");

    private final List<String> problems = new ArrayList<>();

    private PartnerRules() {
    }

    /** The problems of a partner, empty when it is fine. */
    static List<String> check(TradingPartner partner, Set<String> tenants) {
        PartnerRules rules = new PartnerRules();
        rules.envelope(partner, tenants);
        rules.zone(partner);
        if (partner.standard() != null) {
            rules.problems.addAll(SyntaxRules.check(partner));
            rules.messages(partner);
            rules.status(partner);
            rules.tender(partner);
        }
        return rules.problems;
    }

    private void zone(TradingPartner partner) {
        if (partner.zone() != null) {
            try {
                ZoneId.of(partner.zone());
            } catch (DateTimeException e) {
                problems.add("zone: '" + partner.zone() + "' is no time zone id; use an IANA id, e.g. America/Chicago");
            }
        }
    }

    private void envelope(TradingPartner partner, Set<String> tenants) {
        require(partner.tenant() != null && tenants.contains(partner.tenant()), "tenant",
                "'" + partner.tenant() + "' is no configured tenant; known: " + tenants);
        require(partner.standard() != null, "standard", "missing: X12 or EDIFACT");
        if (partner.standard() == null) {
            return;
        }
        boolean x12 = partner.standard() == Standard.X12;
        require(VERSION.get(partner.standard()).equals(partner.version()), "version", "'" + partner.version()
                + "': what we send to a " + partner.standard() + " partner is " + VERSION.get(partner.standard()));
        party(partner.us(), "us", x12);
        party(partner.them(), "them", x12);
        for (int i = 0; i < partner.otherIds().size(); i++) {
            party(partner.otherIds().get(i), "other-ids[" + i + "]", x12);
        }
        if (x12) {
            require(partner.syntax() == null, "syntax", "is for EDIFACT partners only");
            require(Set.of("P", "T").contains(partner.usage()), "usage", "'" + partner.usage() + "': P or T");
        } else {
            require(SyntaxRules.EDIFACT_CHARSETS.containsKey(partner.syntax()), "syntax",
                    "'" + partner.syntax() + "': UNOA to UNOF (the hub writes syntax version 3)");
        }
    }

    private void party(Party party, String field, boolean x12) {
        if (party == null) {
            problems.add(field + ": missing");
            return;
        }
        require(party.id() != null && (x12 ? X12_ID : EDIFACT_ID).matcher(party.id()).matches(), field + ".id",
                "'" + party.id() + "': " + (x12 ? "1 to 15 letters or digits (ISA06/ISA08)" : "1 to 35 characters"));
        if (x12) {
            require(party.qualifier() != null && X12_QUALIFIER.matcher(party.qualifier()).matches(),
                    field + ".qualifier", "'" + party.qualifier() + "': two characters (ISA05/ISA07), e.g. ZZ");
            require(party.group().length() <= 15, field + ".group-id", "longer than 15 characters (GS02/GS03)");
        }
    }

    private void messages(TradingPartner partner) {
        unknown(partner.inbound(), INBOUND.get(partner.standard()), "inbound");
        unknown(partner.outbound(), OUTBOUND.get(partner.standard()), "outbound");
        if (partner.outbound().stream().anyMatch(WITH_SCAC::contains)) {
            require(partner.scac() != null && SCAC.matcher(partner.scac()).matches(), "scac",
                    "'" + partner.scac() + "': our SCAC, 2 to 4 capital letters, is needed for 990, 214 and 210");
        }
        String acknowledgement = partner.standard() == Standard.X12 ? "997" : "CONTRL";
        require(partner.acknowledgements() == TradingPartner.AckPolicy.NEVER
                || partner.outbound().contains(acknowledgement), "acknowledgements", "'"
                + partner.acknowledgements().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + "' needs " + acknowledgement + " in outbound (or say never)");
        if (!partner.outbound().isEmpty()) {
            require(partner.transport() != null && partner.transport().template() != null
                    && !partner.transport().template().isBlank(), "transport.template",
                    "missing: the route template that delivers " + partner.outbound());
        }
    }

    private void status(TradingPartner partner) {
        if (partner.outbound().stream().noneMatch(STATUS_MESSAGES::contains)) {
            return;
        }
        if (partner.status() == null || partner.status().codes().isEmpty()) {
            problems.add("status.codes: missing: which status codes the partner gets for 214 or IFTSTA");
            return;
        }
        require(partner.status().scope() != null, "status.scope", "missing: own-orders or tenant");
        Set<String> names = Stream.concat(Stream.of(DeliveryStatus.values()), Stream.of(ReasonCode.values()))
                .map(Enum::name).collect(Collectors.toSet());
        partner.status().codes().forEach((name, code) -> {
            require(names.contains(name), "status.codes." + name, "no canonical status or reason of that name");
            require(code != null && STATUS_CODE.matcher(code).matches(), "status.codes." + name,
                    "'" + code + "': 1 to 3 capital letters or digits");
        });
    }

    private void tender(TradingPartner partner) {
        TradingPartner.TenderRules rules = partner.tenderRules();
        if (rules == null) {
            return;
        }
        rules.servicedCountries().stream().filter(Predicate.not(c -> c != null && COUNTRY.matcher(c).matches()))
                .forEach(c -> problems.add("tender-rules.serviced-countries: '" + c + "': ISO 3166 code, e.g. US"));
        require(rules.maxWeightKg() == null || rules.maxWeightKg() > 0, "tender-rules.max-weight-kg",
                "must be greater than 0");
    }

    private void unknown(Set<String> given, Set<String> supported, String field) {
        given.stream().filter(Predicate.not(supported::contains)).sorted().forEach(type -> problems.add(field + ": '"
                + type + "' is not supported; supported: " + supported.stream().sorted().toList()));
    }

    private void require(boolean condition, String field, String reason) {
        if (!condition) {
            problems.add(field + ": " + reason);
        }
    }
}
