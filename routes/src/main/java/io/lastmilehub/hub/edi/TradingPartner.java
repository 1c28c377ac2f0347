package io.lastmilehub.hub.edi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.lastmilehub.connectors.edifact.EdifactParties;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.StatusCodeTable;
import io.lastmilehub.connectors.x12.X12Parties;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One trading partner, as configured in {@code config/partners/<id>.yaml} (see README, "For 3PLs and carriers").
 *
 * @param id               the file name without {@code .yaml}; the {@code LastMilePartner} header of what we send
 * @param tenant           the tenant the partner's interchanges are received for
 * @param standard         X12 or EDIFACT
 * @param version          what we send: X12 GS08 {@code 004010}; EDIFACT message version {@code D01B}
 * @param syntax           EDIFACT only: the syntax level (character set) of what we send, UNOA to UNOC
 * @param usage            X12 only: ISA15 of what we send, P (production) or T (test)
 * @param us               our identifiers in the envelope
 * @param them             the partner's identifiers in the envelope: what identifies its interchanges, and whom
 *                         what we send is addressed to
 * @param otherIds         more qualifier/id pairs the partner's interchanges may carry (another ISA05 qualifier, a
 *                         second id, a sister company's id): they identify the partner as {@code them} does
 * @param scac             our SCAC, written in 990 B1, 214 B10 and 210 B3
 * @param inbound          the transaction sets or messages we take from the partner (204, 940, 856, 945, IFTMIN...)
 * @param outbound         what we send it (997, 990, 214, 210, CONTRL, IFTSTA); the rest is not sent
 * @param acknowledgements when an inbound interchange is acknowledged
 * @param status           which status changes go to the partner, with its status and reason codes
 * @param tenderRules      how a 204 load tender is answered (990)
 * @param transport        how what we send reaches the partner
 * @param separators       the separators of what we send; the standard's defaults for those not given
 * @param segmentSuffix    written after each segment terminator of what we send: a line break, or nothing
 * @param charset          X12 only: the character set of what we send (EDIFACT's follows {@code syntax})
 * @param zone             the IANA time zone of the partner's dates and times that name none (X12 G62/DTM, EDIFACT
 *                         DTM), e.g. {@code America/Chicago}; none means the zone of the place they are for, else
 *                         the tenant's depot's
 * @param envelopeErrors   what becomes of an interchange whose envelope counts or control numbers are wrong (SE01,
 *                         GE01, IEA01, UNT, UNZ, ST02/SE02, GS06/GE02, ISA13/IEA02): refused (the default) or taken
 *                         with the errors noted in the acknowledgement
 */
public record TradingPartner(String id, String tenant, Standard standard, String version, String syntax,
        String usage, Party us, Party them, List<Party> otherIds, String scac, Set<String> inbound,
        Set<String> outbound,
        AckPolicy acknowledgements, StatusReporting status, TenderRules tenderRules, Transport transport,
        Separators separators, String segmentSuffix, String charset, String zone, EnvelopeErrors envelopeErrors) {

    public TradingPartner {
        otherIds = otherIds == null ? List.of() : List.copyOf(otherIds);
        inbound = inbound == null ? Set.of() : Set.copyOf(inbound);
        outbound = outbound == null ? Set.of() : Set.copyOf(outbound);
        acknowledgements = acknowledgements == null ? AckPolicy.ALWAYS : acknowledgements;
        usage = usage == null && standard == Standard.X12 ? "P" : usage;
        syntax = syntax == null && standard == Standard.EDIFACT ? "UNOC" : syntax;
        separators = separators == null ? new Separators(null, null, null, null, null) : separators;
        envelopeErrors = envelopeErrors == null ? EnvelopeErrors.REJECT : envelopeErrors;
    }

    /** What becomes of an interchange whose envelope counts or control numbers do not match. */
    public enum EnvelopeErrors {
        /** Refused: HTTP 400, a dead letter, a 997 with AK5 R or a CONTRL with action 4. */
        @JsonProperty("reject") REJECT,
        /** Taken, the errors noted in the acknowledgement (AK5 E, CONTRL error codes). */
        @JsonProperty("accept") ACCEPT
    }

    /** The EDI standard a partner speaks. */
    public enum Standard { X12, EDIFACT }

    /** When an inbound interchange is acknowledged (997 or CONTRL). */
    public enum AckPolicy {
        /** Every interchange, accepted or not. */
        @JsonProperty("always") ALWAYS,
        /** Only interchanges with a rejected or noted error, and duplicates. */
        @JsonProperty("on-error") ON_ERROR,
        /** None. */
        @JsonProperty("never") NEVER
    }

    /** Which orders' status changes a partner receives. */
    public enum StatusScope {
        /** Orders that came from the partner. */
        @JsonProperty("own-orders") OWN_ORDERS,
        /** Every order of the partner's tenant. */
        @JsonProperty("tenant") TENANT
    }

    /**
     * Envelope identifiers of one side.
     *
     * @param qualifier ISA05/ISA07 (X12) or UNB 0007 (EDIFACT, may be empty)
     * @param id        ISA06/ISA08 or UNB 0004/0010
     * @param groupId   X12 only: GS02/GS03 application code, the {@code id} when not given
     */
    public record Party(String qualifier, String id, String groupId) {

        /** GS02/GS03. */
        public String group() {
            return groupId == null || groupId.isBlank() ? id : groupId;
        }

        String qualifierOrEmpty() {
            return qualifier == null ? "" : qualifier;
        }
    }

    /**
     * @param scope which orders
     * @param codes canonical status and reason names to the partner's AT7-01/AT7-02 or STS codes
     */
    public record StatusReporting(StatusScope scope, Map<String, String> codes) {

        public StatusReporting {
            codes = codes == null ? Map.of() : Map.copyOf(codes);
        }
    }

    /**
     * The rules a 204 load tender must meet to be accepted (990 A); the first it breaks declines it (990 D, its
     * reason in K1). Rules not given are not checked.
     *
     * @param servicedCountries ISO country codes of the consignees we deliver to
     * @param maxWeightKg       heaviest tender we take, all its stops together
     * @param refusePastWindows decline a tender whose delivery window has already ended
     */
    public record TenderRules(List<String> servicedCountries, Double maxWeightKg, boolean refusePastWindows) {

        public TenderRules {
            servicedCountries = servicedCountries == null ? List.of() : List.copyOf(servicedCountries);
        }
    }

    /**
     * A Camel route template that delivers the partner's documents from {@code lastmile.edi.outbound}, instantiated
     * once per partner with {@code partner} set to the partner id.
     *
     * @param template   the route template id: {@code edi-outbound}, {@code sftp-upload}...
     * @param parameters its other parameters, e.g. {@code endpoint}
     */
    public record Transport(String template, Map<String, String> parameters) {

        public Transport {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        }
    }

    /**
     * The separators of what we send, each one character; {@code null} where the partner file gives none. The
     * repetition separator is read only to be refused with a reason: neither X12 00401 nor EDIFACT syntax 3 has one.
     */
    public record Separators(String segment, String element, String component, String repetition, String release) {
    }

    /** The same partner with its id (the file name). */
    TradingPartner withId(String partnerId) {
        return new TradingPartner(partnerId, tenant, standard, version, syntax, usage, us, them, otherIds, scac,
                inbound, outbound, acknowledgements, status, tenderRules, transport, separators, segmentSuffix, charset,
                zone, envelopeErrors);
    }

    /** How what we send the partner is written: its separators, else the standard's, and character set. */
    public EdiSyntax ediSyntax() {
        boolean x12 = standard == Standard.X12;
        EdiSyntax defaults = x12 ? EdiSyntax.X12 : EdiSyntax.EDIFACT;
        Charset characters = x12 ? (charset == null ? defaults.charset() : Charset.forName(charset))
                : EdiSyntax.edifactCharset(syntax);
        return new EdiSyntax(or(separators.segment(), defaults.segment()),
                or(separators.element(), defaults.element()), or(separators.component(), defaults.component()),
                x12 ? null : or(separators.release(), defaults.release()), segmentSuffix, characters);
    }

    private static char or(String given, char standard) {
        return given == null ? standard : given.charAt(0); // one character, checked by PartnerRules
    }

    /** The source system the inbound mappers give the partner's interchanges: {@code X12:ZZ:MGCTLYST}. */
    public String sourceSystem() {
        return sourceSystem(them);
    }

    /** The source systems of {@code them} and of each of the {@code otherIds}, each identifying the partner. */
    public List<String> sourceSystems() {
        return Stream.concat(Stream.of(them), otherIds.stream()).map(this::sourceSystem).distinct().toList();
    }

    private String sourceSystem(Party party) {
        return switch (standard) {
            case X12 -> "X12:" + party.qualifierOrEmpty() + ":" + party.id();
            case EDIFACT -> "EDIFACT:" + party.id() + (party.qualifierOrEmpty().isEmpty() ? ""
                    : ":" + party.qualifier());
        };
    }

    /** The zone of the partner's local dates and times, if its file names one (checked by PartnerRules). */
    public Optional<ZoneId> localZone() {
        return Optional.ofNullable(zone).map(ZoneId::of);
    }

    /**
     * The source system of a sender as a partner without a qualifier names it: {@code X12:ZZ:ACME} is
     * {@code X12::ACME}, {@code EDIFACT:ACME:14} is {@code EDIFACT:ACME}.
     */
    static String withoutQualifier(String sourceSystem) {
        String[] parts = sourceSystem.split(":", -1);
        if (parts[0].equals("X12") && parts.length == 3) {
            return "X12::" + parts[2];
        }
        return parts[0].equals("EDIFACT") && parts.length == 3 ? "EDIFACT:" + parts[1] : sourceSystem;
    }

    /** Whether we send the partner this document type. */
    public boolean receives(String documentType) {
        return outbound.contains(documentType);
    }

    /** The partner's status and reason codes. */
    public StatusCodeTable statusCodes() {
        return new StatusCodeTable(status == null ? Map.of() : status.codes());
    }

    /** Who the X12 interchanges we send are from and to. */
    public X12Parties x12Parties() {
        return new X12Parties(us.qualifierOrEmpty(), us.id(), them.qualifierOrEmpty(), them.id(), us.group(),
                them.group(), usage);
    }

    /** Who the EDIFACT interchanges we send are from and to. */
    public EdifactParties edifactParties() {
        return new EdifactParties(syntax, us.id(), us.qualifierOrEmpty(), them.id(), them.qualifierOrEmpty());
    }
}
