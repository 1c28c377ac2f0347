package io.lastmilehub.hub.carriers;

import io.lastmilehub.connectors.carrier.CarrierApiSettings;
import io.lastmilehub.connectors.carrier.WebhookFields;
import io.lastmilehub.connectors.edifact.EdifactParties;
import io.lastmilehub.connectors.x12.X12Parties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One carrier, as written in {@code config/carriers/<id>.yaml} (keys in kebab case, as in application.yaml;
 * {@code ${...}} placeholders are resolved from the hub's environment, so secrets can come from variables).
 *
 * @param tenant   the tenant whose orders the carrier takes
 * @param name     the carrier's name, for people
 * @param carries  which orders are the carrier's
 * @param cutOff   when the manifest closes
 * @param manifest what the manifest looks like and where it goes
 * @param api      the carrier's booking API; none means the manifest is the only booking
 * @param webhook  the carrier's status webhooks; none means the hub takes none
 */
public record CarrierConfig(String tenant, String name, Carries carries, CutOff cutOff, Manifest manifest, Api api,
                            Webhook webhook) {

    /**
     * The rule that makes an order the carrier's: a plan puts it on one of these vehicles (the fleet file's vehicles
     * that stand for the carrier's pick-ups, e.g. {@code dpx-linehaul}).
     *
     * @param vehicleIds the carrier's vehicles in the tenant's fleet
     */
    public record Carries(List<String> vehicleIds) {

        public Carries {
            vehicleIds = vehicleIds == null ? List.of() : List.copyOf(vehicleIds);
        }
    }

    /**
     * The dispatch cut-off.
     *
     * @param cron Spring cron expression, six fields with seconds, e.g. {@code 0 0 17 * * MON-FRI}
     * @param zone the zone the expression is read in, e.g. {@code America/Toronto}
     */
    public record CutOff(String cron, ZoneId zone) {
    }

    /**
     * The manifest.
     *
     * @param formats  one document per format and cut-off: {@code x12-856}, {@code edifact-iftmin}, {@code csv},
     *                 {@code json}
     * @param endpoint where the documents go: a directory ({@code file:...}), an HTTP URL or a JMS queue
     *                 ({@code jms:queue:...}), as a Camel endpoint URI
     * @param x12      envelope identifiers, for {@code x12-856}
     * @param edifact  envelope identifiers, for {@code edifact-iftmin}
     * @param csv      columns, for {@code csv}
     */
    public record Manifest(List<ManifestFormat> formats, String endpoint, X12 x12, Edifact edifact, Csv csv) {

        public Manifest {
            formats = formats == null ? List.of() : List.copyOf(formats);
        }
    }

    /**
     * X12 envelope of the 856.
     *
     * @param senderQualifier   ISA05, ours
     * @param senderId          ISA06, ours
     * @param receiverQualifier ISA07, the carrier's
     * @param receiverId        ISA08, the carrier's
     * @param groupSender       GS02; ISA06 when left out
     * @param groupReceiver     GS03; ISA08 when left out
     * @param usage             ISA15, {@code P} production or {@code T} test
     * @param scac              the carrier's SCAC, TD5-03
     */
    public record X12(@DefaultValue("ZZ") String senderQualifier, String senderId,
                      @DefaultValue("ZZ") String receiverQualifier, String receiverId, String groupSender,
                      String groupReceiver, @DefaultValue("P") String usage, String scac) {

        X12Parties parties() {
            return new X12Parties(senderQualifier, senderId, receiverQualifier, receiverId,
                    groupSender == null ? senderId : groupSender, groupReceiver == null ? receiverId : groupReceiver,
                    usage);
        }
    }

    /**
     * EDIFACT envelope of the IFTMIN.
     *
     * @param syntax             UNB syntax level, {@code UNOA} to {@code UNOC}
     * @param senderId           UNB sender, ours
     * @param senderQualifier    its code qualifier, e.g. {@code 14} (GLN)
     * @param recipientId        UNB recipient, the carrier's
     * @param recipientQualifier its code qualifier
     * @param carrierCode        the carrier's code in TDT
     */
    public record Edifact(@DefaultValue("UNOC") String syntax, String senderId,
                          @DefaultValue("") String senderQualifier, String recipientId,
                          @DefaultValue("") String recipientQualifier, String carrierCode) {

        EdifactParties parties() {
            return new EdifactParties(syntax, senderId, senderQualifier, recipientId, recipientQualifier);
        }
    }

    /**
     * CSV manifest.
     *
     * @param delimiter one character
     * @param columns   the columns, in order
     */
    public record Csv(@DefaultValue(",") String delimiter, List<Column> columns) {

        public Csv {
            columns = columns == null ? List.of() : List.copyOf(columns);
        }
    }

    /**
     * A CSV column.
     *
     * @param header the carrier's column name
     * @param field  what it holds: {@code orderId}, {@code trackingNumber}, {@code recipientName}, {@code postalCode},
     *               {@code weightKg}, … (see README)
     */
    public record Column(String header, String field) {
    }

    /**
     * The carrier's booking API (generic JSON REST).
     *
     * @param baseUrl        the API
     * @param bookingPath    the booking call's path under it
     * @param authHeader     the credential's header
     * @param authValue      the credential
     * @param service        the service code sent with every booking
     * @param connectTimeout how long to wait for a connection
     * @param timeout        how long to wait for the answer
     * @param response       JSON pointers into the answer
     */
    public record Api(URI baseUrl, String bookingPath, String authHeader, String authValue, String service,
                      @DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration timeout,
                      Response response) {

        CarrierApiSettings settings() {
            return new CarrierApiSettings(baseUrl, bookingPath, authHeader, authValue, service, connectTimeout, timeout,
                    response.trackingNumber(), response.labelUrl());
        }
    }

    /**
     * Where the booking answer keeps its values, as JSON pointers.
     *
     * @param trackingNumber e.g. {@code /trackingNumber}
     * @param labelUrl       e.g. {@code /label/url}; optional
     */
    public record Response(String trackingNumber, String labelUrl) {
    }

    /**
     * The carrier's status webhooks, {@code POST /carriers/<id>/webhooks}.
     *
     * @param secret          the shared secret of the HMAC-SHA256 signature
     * @param signatureHeader the header with the signature
     * @param timestampHeader the header with the time of sending, Unix seconds
     * @param tolerance       how far that time may be from the hub's clock
     * @param fields          JSON pointers into the body
     * @param statusCodes     the carrier's codes: {@code CODE: STATUS} or {@code CODE: STATUS/REASON}
     */
    public record Webhook(String secret, @DefaultValue("X-Carrier-Signature") String signatureHeader,
                          @DefaultValue("X-Carrier-Timestamp") String timestampHeader,
                          @DefaultValue("5m") Duration tolerance, Fields fields, Map<String, String> statusCodes) {

        public Webhook {
            statusCodes = statusCodes == null ? Map.of() : Map.copyOf(statusCodes);
        }
    }

    /**
     * JSON pointers into a webhook body.
     *
     * @param eventId        the carrier's event id; optional, used to apply each event once
     * @param trackingNumber the tracking number
     * @param status         the status code
     * @param occurredAt     when it happened (ISO-8601 with offset); optional
     */
    public record Fields(String eventId, String trackingNumber, String status, String occurredAt) {

        WebhookFields pointers() {
            return new WebhookFields(eventId, trackingNumber, status, occurredAt);
        }
    }
}
