package io.lastmilehub.connectors.sap.outbound;

import io.lastmilehub.model.ReasonCode;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who the IDocs the hub sends to one SAP system come from and go to, and how their local dates are written. The
 * defaults match the sample IDocs (hub {@code LASTMILEHB} on port {@code LMHUBHTTP}, SAP {@code S4HCLNT100} on port
 * {@code SAPS4H}, UTC); every landscape sets its own.
 *
 * @param hubLogicalSystem  the hub's logical system in SAP (BD54), sent as SNDPRN with SNDPRT LS
 * @param hubPort           the port SAP knows the hub by (WE21), sent as SNDPOR
 * @param sapPartnerType    partner type of the SAP system, sent as RCVPRT; LS for a logical system
 * @param sapPartnerNumber  partner number of the SAP system, sent as RCVPRN, e.g. {@code S4HCLNT100}
 * @param sapPort           the SAP system's port, sent as RCVPOR, e.g. {@code SAPS4H}
 * @param sapClient         the SAP client, sent as MANDT; null leaves it out (SAP takes the client it receives in)
 * @param sapZone           time zone of the SAP system: every date and time field (CREDAT, PODAT, ISDD, ...) is
 *                          local time there
 * @param podReasons        SAP's reasons for POD quantity differences (Customizing "Define reasons for quantity
 *                          differences", table TVPODG, four characters) per canonical reason; the code of
 *                          {@link ReasonCode#OTHER}, if set, stands for every reason not listed, as SAP's
 *                          recommended "difference under investigation" reason does
 * @param salesUnit         unit of the POD quantities (E1EDL53-VRKME): the hub counts pieces, ISO code PCE
 */
public record SapOutboundSettings(String hubLogicalSystem, String hubPort, String sapPartnerType,
                                  String sapPartnerNumber, String sapPort, String sapClient, ZoneId sapZone,
                                  Map<ReasonCode, String> podReasons, String salesUnit) {

    private static final Pattern CLIENT = Pattern.compile("\\d{3}");

    public SapOutboundSettings {
        requireLength("hubLogicalSystem (SNDPRN)", hubLogicalSystem, 10);
        requireLength("hubPort (SNDPOR)", hubPort, 10);
        requireLength("sapPartnerType (RCVPRT)", sapPartnerType, 2);
        requireLength("sapPartnerNumber (RCVPRN)", sapPartnerNumber, 10);
        requireLength("sapPort (RCVPOR)", sapPort, 10);
        requireLength("salesUnit (VRKME)", salesUnit, 3);
        if (sapClient != null && !CLIENT.matcher(sapClient).matches()) {
            throw new IllegalArgumentException("sapClient (MANDT) must be three digits: " + sapClient);
        }
        Objects.requireNonNull(sapZone, "sapZone");
        podReasons.forEach((reason, code) -> requireLength("podReasons[" + reason + "] (GRUND)", code, 4));
        podReasons = podReasons.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(podReasons));
    }

    /** The sample landscape: hub LASTMILEHB/LMHUBHTTP, SAP LS S4HCLNT100/SAPS4H, no client, UTC, no POD reasons. */
    public static SapOutboundSettings defaults() {
        return new SapOutboundSettings("LASTMILEHB", "LMHUBHTTP", "LS", "S4HCLNT100", "SAPS4H", null,
                ZoneId.of("UTC"), Map.of(), "PCE");
    }

    /** These settings for another SAP system: its partner type and number (e.g. LS, S4PCLNT200) and its port. */
    public SapOutboundSettings withSapPartner(String partnerType, String partnerNumber, String port) {
        return new SapOutboundSettings(hubLogicalSystem, hubPort, partnerType, partnerNumber, port, sapClient,
                sapZone, podReasons, salesUnit);
    }

    /** These settings with the hub known to SAP under another logical system and port. */
    public SapOutboundSettings withHub(String logicalSystem, String port) {
        return new SapOutboundSettings(logicalSystem, port, sapPartnerType, sapPartnerNumber, sapPort, sapClient,
                sapZone, podReasons, salesUnit);
    }

    /** These settings with the SAP client (MANDT). */
    public SapOutboundSettings withSapClient(String client) {
        return new SapOutboundSettings(hubLogicalSystem, hubPort, sapPartnerType, sapPartnerNumber, sapPort, client,
                sapZone, podReasons, salesUnit);
    }

    /** These settings with the SAP system's time zone. */
    public SapOutboundSettings withSapZone(ZoneId zone) {
        return new SapOutboundSettings(hubLogicalSystem, hubPort, sapPartnerType, sapPartnerNumber, sapPort,
                sapClient, zone, podReasons, salesUnit);
    }

    /** These settings with SAP's POD difference reason (GRUND) for a canonical reason. */
    public SapOutboundSettings withPodReason(ReasonCode reason, String grund) {
        Map<ReasonCode, String> reasons = new EnumMap<>(ReasonCode.class);
        reasons.putAll(podReasons);
        reasons.put(reason, grund);
        return new SapOutboundSettings(hubLogicalSystem, hubPort, sapPartnerType, sapPartnerNumber, sapPort,
                sapClient, sapZone, reasons, salesUnit);
    }

    private static void requireLength(String name, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + " characters: " + value);
        }
    }
}
