package io.lastmilehub.hub.config;

import io.lastmilehub.model.DeliveryStatus;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The hub's own settings, under {@code lastmile.*}.
 *
 * @param dataDir   where the embedded broker journal, the H2 database and stored documents live
 * @param configDir the integrators' configuration directory, relative to the working directory unless absolute: fleet
 *                  files, YAML routes ({@code routes/}), trading partners ({@code partners/}), carriers, the cost
 *                  model ({@code cost-model.yaml}) and notification texts are read from it
 * @param tenants   the tenants by id; an id is 1 to 64 letters, digits, {@code -} or {@code _} (it names the tenant's
 *                  broker addresses)
 * @param inbound   limits of the inbound contract
 * @param broker    how other systems reach the embedded broker
 * @param redelivery how often and how patiently a failed step is retried before its message is dead-lettered
 * @param planning   how hard the planning engine searches
 */
@ConfigurationProperties("lastmile")
public record HubProperties(
        @DefaultValue("./data") String dataDir,
        @DefaultValue("config") String configDir,
        Map<String, Tenant> tenants,
        @DefaultValue Inbound inbound,
        @DefaultValue Broker broker,
        @DefaultValue Redelivery redelivery,
        @DefaultValue Planning planning) {

    public HubProperties {
        tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
    }

    /** The configuration directory, relative to the working directory unless absolute. */
    public Path configPath() {
        return Path.of(configDir);
    }

    /**
     * One tenant.
     *
     * @param apiKeys      keys that authenticate as this tenant (header {@code X-Api-Key}, or HTTP Basic and
     *                     WS-Security with the tenant id as user), in clear (demo only) or as {@code sha256:<hex>}
     * @param defaultDepot depot, as in the fleet file, for orders whose source names none
     * @param fleetFile    YAML file with the tenant's depots, vehicles and drivers, relative to the config directory
     * @param geocoder     how the tenant's addresses become coordinates; none configured means orders without
     *                     coordinates wait for a correction through the API
     * @param sap          the tenant's SAP system: what the hub sends it (IDocs, SOAP status); none means nothing
     * @param devices      GPS devices (phones with Traccar Client or OsmAnd, trackers) and the vehicles they ride in
     * @param planning     when the tenant's depots are planned, and how hard
     * @param notifications how the tenant's customers are told about their deliveries; none means they are not
     * @param codes        the PINs and parcel-locker codes the hub issues for the tenant's customers
     * @param dispatch     how on-demand orders are dispatched into the routes under way
     * @param connectors   the tenant's settings of inbound formats, by format name, e.g.
     *                     {@code connectors.wms-csv.delimiter}; each format declares its own settings (its
     *                     {@code InboundFormat}, listed in docs/inbound.md) and they are checked at start-up
     */
    public record Tenant(List<String> apiKeys, String defaultDepot, String fleetFile, Geocoding geocoder, Sap sap,
                         List<Device> devices, @DefaultValue TenantPlanning planning, Notifications notifications,
                         @DefaultValue Codes codes, @DefaultValue Dispatch dispatch,
                         Map<String, Map<String, Object>> connectors) {

        public Tenant {
            apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
            devices = devices == null ? List.of() : List.copyOf(devices);
            connectors = connectors == null ? Map.of() : Map.copyOf(connectors);
        }
    }

    /**
     * Customer notifications of a tenant: the channels it sends through and the texts. Each channel is used when it
     * is configured here and, for e-mail and SMS, when the order's contact has an address or number and the
     * templates file has a text for the event on that channel.
     *
     * @param templatesFile YAML file with the texts per event and channel (Mustache), relative to the config
     *                      directory, e.g. {@code notifications/demo.yaml}
     * @param webhook       the tenant's own system, told about every event as signed JSON
     * @param email         the SMTP server that sends the e-mails
     * @param sms           the SMS provider's REST API
     */
    public record Notifications(String templatesFile, Webhook webhook, Email email, Sms sms) {
    }

    /**
     * A webhook receiver.
     *
     * @param url     where each event is POSTed
     * @param secret  the shared secret of the HMAC-SHA256 signature (header {@code LastMile-Signature})
     * @param timeout how long to wait for the connection and, again, for the answer
     */
    public record Webhook(URI url, String secret, @DefaultValue("10s") Duration timeout) {
    }

    /**
     * An SMTP server.
     *
     * @param host     SMTP host
     * @param port     SMTP port
     * @param username user, if the server needs a login
     * @param password password for the user
     * @param from     sender address of the e-mails
     * @param timeout  connection and read timeout
     */
    public record Email(String host, @DefaultValue("25") int port, String username, String password, String from,
                        @DefaultValue("10s") Duration timeout) {
    }

    /**
     * An SMS provider's REST API: one POST per message.
     *
     * @param url           the provider's send endpoint
     * @param authorization the value of the {@code Authorization} header, e.g. {@code Bearer <token>} or
     *                      {@code Basic <base64 of user:password>}
     * @param from          sender name or number
     * @param bodyTemplate  the JSON request body (Mustache; {@code {{to}}}, {@code {{from}}} and {@code {{text}}}
     *                      are escaped as JSON string content)
     * @param timeout       how long to wait for the connection and, again, for the answer
     */
    public record Sms(URI url, String authorization, String from,
                      @DefaultValue("{\"from\":\"{{from}}\",\"to\":\"{{to}}\",\"text\":\"{{text}}\"}")
                      String bodyTemplate, @DefaultValue("10s") Duration timeout) {
    }

    /**
     * The one-time codes the hub issues for a tenant's customers.
     *
     * @param pinIssuedAt        the status at which an order that needs a PIN gets one, sent with that status's
     *                           notification ({@code DISPATCHED} or {@code OUT_FOR_DELIVERY})
     * @param pinDigits          digits of a PIN
     * @param pinValidity        how long a PIN counts after it is issued
     * @param lockerCodeValidity how long a parcel-locker pickup code opens the locker after the deposit
     */
    public record Codes(@DefaultValue("OUT_FOR_DELIVERY") DeliveryStatus pinIssuedAt,
                        @DefaultValue("6") int pinDigits, @DefaultValue("24h") Duration pinValidity,
                        @DefaultValue("72h") Duration lockerCodeValidity) {

        public Codes {
            if (pinIssuedAt != DeliveryStatus.DISPATCHED && pinIssuedAt != DeliveryStatus.OUT_FOR_DELIVERY) {
                throw new IllegalArgumentException("codes.pin-issued-at must be DISPATCHED or OUT_FOR_DELIVERY, not "
                        + pinIssuedAt);
            }
        }
    }

    /**
     * A GPS device bound to a vehicle.
     *
     * @param id        the identifier the device reports (Traccar Client's device identifier, an IMEI)
     * @param vehicleId the vehicle it rides in, as in the fleet file
     * @param driverId  the driver carrying it, if it is a phone
     * @param secret    its password for OwnTracks over HTTP (Basic) and MQTT, in clear or as {@code sha256:<hex>};
     *                  none: the device can report over the OsmAnd protocol only
     */
    public record Device(String id, String vehicleId, String driverId, String secret) {
    }

    /**
     * A tenant's SAP system: the partner profile the IDocs the hub sends it name (EDI_DC40), and where status changes
     * go over SOAP.
     *
     * @param hubLogicalSystem the hub's logical system in SAP (SNDPRN), e.g. {@code LASTMILEHB}
     * @param hubPort          the hub's port in SAP (SNDPOR)
     * @param partnerType      SAP's partner type (RCVPRT), usually {@code LS}
     * @param partnerNumber    SAP's logical system (RCVPRN), e.g. {@code S4HCLNT100}; none means no IDocs are sent
     * @param port             SAP's port (RCVPOR), e.g. {@code SAPS4H}
     * @param client           SAP client (MANDT), if the port needs it
     * @param zone             time zone SAP writes its local dates and times in; none means, for IDocs we read, the
     *                         zone of the place a date is for, else the depot's, and UTC for what we write
     * @param soapStatusUrl    SOAP 1.1 endpoint that receives every status change of the tenant's orders, one canonical
     *                         {@code deliveryStatusEvent} element per call as the body (document/literal), e.g. an SAP
     *                         PI/PO or Integration Suite SOAP sender channel; none configured means no SOAP status push
     * @param soapTimeout      how long to wait for the connection and, again, for the answer; a call that takes longer
     *                         fails and is retried like any other failure
     * @param soapUsername     HTTP Basic user for the endpoint, if it needs one
     * @param soapPassword     HTTP Basic password for the endpoint
     */
    public record Sap(@DefaultValue("LASTMILEHB") String hubLogicalSystem, @DefaultValue("LMHUBHTTP") String hubPort,
                      @DefaultValue("LS") String partnerType, String partnerNumber, String port, String client,
                      ZoneId zone, URI soapStatusUrl, @DefaultValue("30s") Duration soapTimeout,
                      String soapUsername, String soapPassword) {

        /** Whether status changes go to SAP over SOAP. */
        public boolean pushesStatusOverSoap() {
            return soapStatusUrl != null;
        }

        /** Whether the hub sends IDocs to SAP. */
        public boolean receivesIdocs() {
            return partnerNumber != null;
        }
    }

    /**
     * Limits of the inbound contract.
     *
     * @param maxPayloadSize largest message accepted; larger ones are refused before they are parsed
     * @param jobAbove       a message over this size is answered 202 with a job as soon as it is stored, and taken in
     *                       afterwards (docs/inbound.md, "Large messages: jobs"); a sender may ask for a job for any
     *                       message with {@code Prefer: respond-async}
     */
    public record Inbound(@DefaultValue("10MB") DataSize maxPayloadSize, @DefaultValue("512KB") DataSize jobAbove) {
    }

    /**
     * The embedded broker's network side.
     *
     * @param acceptorUrl an extra Artemis acceptor for systems outside the hub (e.g. {@code tcp://127.0.0.1:61616});
     *                    empty for in-VM only
     * @param mqttUrl     the MQTT acceptor devices publish their positions to (e.g. {@code tcp://0.0.0.0:1883});
     *                    empty for none
     * @param users       who may connect to the acceptor (ERPs, WMSs), by user name; each reads its tenant's
     *                    addresses {@code lastmile.tenant.<tenant>.*} only (docs/broker-security.md)
     * @param sendTimeout longest a send outside a consumer (an inbound request's) waits to connect to the broker and,
     *                    again, for the broker's answer; past it the request answers 503 (docs/operations.md)
     */
    public record Broker(@DefaultValue("") String acceptorUrl, @DefaultValue("") String mqttUrl,
                         Map<String, BrokerUser> users, @DefaultValue("5s") Duration sendTimeout) {

        public Broker {
            users = users == null ? Map.of() : Map.copyOf(users);
        }
    }

    /**
     * A system outside the hub that reads a tenant's events from the broker.
     *
     * @param tenant   the tenant whose addresses it may read
     * @param password its password, in clear (demo only) or as {@code sha256:<hex>}
     */
    public record BrokerUser(String tenant, String password) {
    }

    /**
     * Redelivery of failed steps.
     *
     * @param maxAttempts  redeliveries after the first failure
     * @param initialDelay wait before the first redelivery
     * @param multiplier   factor by which each wait grows
     * @param maxDelay     longest wait
     */
    public record Redelivery(@DefaultValue("3") int maxAttempts, @DefaultValue("500ms") Duration initialDelay,
                             @DefaultValue("2") double multiplier, @DefaultValue("10s") Duration maxDelay) {
    }

    /**
     * Search effort of the planning engine, and how plan requests are worked off.
     *
     * @param maxIterations    ruin-and-recreate iterations at most
     * @param timeBudget       wall-clock time at most per plan
     * @param progressEvery    log the best cost every this many iterations
     * @param consumers        plan requests solved at once by this hub instance (each depot one at a time); on a
     *                         cluster shared among its brokers, at least one on each
     * @param progressInterval how often a running request's progress is written where the API reads it
     * @param maxWait          longest a client may wait for its plan in {@code POST /api/v1/plans}
     */
    public record Planning(@DefaultValue("2000") int maxIterations, @DefaultValue("30s") Duration timeBudget,
                           @DefaultValue("100") int progressEvery, @DefaultValue("2") int consumers,
                           @DefaultValue("1s") Duration progressInterval, @DefaultValue("60s") Duration maxWait) {
    }

    /**
     * A tenant's planning.
     *
     * @param maxIterations iterations at most for this tenant's plans; the hub's {@code lastmile.planning} when none
     * @param timeBudget    time at most for this tenant's plans; the hub's when none
     * @param replanDelay   a vehicle this far behind its plan makes a re-plan request for its depot; 0 never
     * @param cutOffs       when depots are planned without being asked
     * @param roadRouter    the road router (OSRM) whose road distances and free-flow driving times the tenant's plans
     *                      use, stretched by the fleet file's rush hours; none: the built-in estimate (straight line
     *                      times a detour factor, at each vehicle type's speed)
     */
    public record TenantPlanning(Integer maxIterations, Duration timeBudget,
                                 @DefaultValue("15m") Duration replanDelay, List<CutOff> cutOffs,
                                 RoadRouter roadRouter) {

        public TenantPlanning {
            cutOffs = cutOffs == null ? List.of() : List.copyOf(cutOffs);
        }
    }

    /**
     * An OSRM server (HTTP API v5, table service) holding the road network of the tenant's area. A plan asks it for
     * one table per vehicle profile ({@code driving}, {@code cycling}, {@code foot}), in several requests when a
     * depot's day has more locations than {@code maxTableSize}. When it fails the plan request fails naming it and
     * the reason: a timeout, a refused connection or a 5xx is retried like every other step, a 400 (OSRM's
     * {@code InvalidQuery}, {@code NoSegment}, {@code TooBig}, ...) is not; either way it ends {@code FAILED} and a
     * dead letter that can be replayed. No plan is made with guessed travel times. An order the router finds no road
     * to is left unassigned ({@code NO_ROAD_ROUTE}).
     *
     * @param url          the OSRM server, e.g. {@code http://osrm.internal:5000}, whose road distances and free-flow
     *                     times (stretched by the fleet file's rush hours) the tenant's plans use; no road router: the
     *                     built-in great-circle estimate
     * @param timeout      how long to wait for one table request; a router that fails or does not answer fails the
     *                     plan request, which is retried and then dead-lettered
     * @param maxTableSize locations per table request at most, at least 2: the server's {@code --max-table-size}
     *                     (OSRM's default 100); a larger table is asked in blocks of half that many locations
     */
    public record RoadRouter(URI url, @DefaultValue("30s") Duration timeout, @DefaultValue("100") int maxTableSize) {

        public RoadRouter {
            if (url == null) {
                throw new IllegalArgumentException("planning.road-router.url is required when a road router is set");
            }
            if (maxTableSize < 2) {
                throw new IllegalArgumentException("planning.road-router.max-table-size must be at least 2 (the "
                        + "server's --max-table-size, OSRM's default 100), was " + maxTableSize);
            }
        }
    }

    /**
     * A tenant's auto-dispatch rules (see {@code io.lastmilehub.planning.dispatch.DispatchRules}).
     *
     * @param tiers              tried in order: {@code own} (own fleet), {@code contractor} (contracted vehicles) or
     *                           {@code carrier:<id>} (hand the order to that carrier; ends the list)
     * @param maxDistanceKm      a vehicle further than this from the order is no candidate; 0 for any distance
     * @param maxStopsPerVehicle a vehicle with this many orders still to serve is no candidate; 0 for no limit
     */
    public record Dispatch(@DefaultValue({"own", "contractor"}) List<String> tiers,
                           @DefaultValue("0") double maxDistanceKm, @DefaultValue("0") int maxStopsPerVehicle) {
    }

    /**
     * A depot's cut-off: orders received until then are planned.
     *
     * @param depot    the depot, as in the fleet file
     * @param cron     Spring cron expression with seconds, e.g. {@code 0 0 6 * * MON-FRI}
     * @param zone     time zone of the expression and of the planned day; the depot's when none
     * @param planDate which day is planned: the cut-off's day ({@code today}) or the next ({@code tomorrow})
     */
    public record CutOff(String depot, String cron, ZoneId zone, @DefaultValue("today") PlanDay planDate) {
    }

    /** The day a cut-off plans, counted from the day it fires. */
    public enum PlanDay {
        TODAY(0), TOMORROW(1);

        private final int daysAfterCutOff;

        PlanDay(int daysAfterCutOff) {
            this.daysAfterCutOff = daysAfterCutOff;
        }

        public LocalDate after(LocalDate cutOffDay) {
            return cutOffDay.plusDays(daysAfterCutOff);
        }
    }

    /**
     * A tenant's geocoding provider.
     *
     * @param provider      {@code nominatim} or {@code photon}
     * @param baseUrl       the service, e.g. {@code https://nominatim.openstreetmap.org}
     * @param userAgent     identifying User-Agent (application and contact), required by Nominatim's usage policy
     * @param email         contact e-mail sent where the provider asks for one
     * @param apiKey        key, for providers that need one
     * @param minInterval   shortest time between two requests (Nominatim's public service: 1s)
     * @param timeout       how long to wait for an answer
     * @param minConfidence a match below this confidence (0 to 1) counts as an ambiguous address
     */
    public record Geocoding(String provider, URI baseUrl, String userAgent, String email, String apiKey,
                            @DefaultValue("1s") Duration minInterval, @DefaultValue("10s") Duration timeout,
                            @DefaultValue("0.6") double minConfidence) {
    }
}
