package io.lastmilehub.hub.messaging;

/** The Artemis addresses and message headers the hub publishes on; external systems subscribe to these. */
public final class Addresses {

    /** Queue: one message per accepted order (canonical JSON), consumed by the order intake stage. */
    public static final String ORDERS_RECEIVED = "lastmile.orders.received";
    /** Topic: every status change of every order, as a canonical DeliveryStatusEvent in JSON. */
    public static final String STATUS = "lastmile.status";
    /** Topic: the cost summary of every plan, as a canonical CostSummary in JSON. */
    public static final String COST = "lastmile.cost";

    /** Topic: every accepted vehicle position, as a canonical TrackingPosition in JSON. */
    public static final String POSITIONS = "lastmile.positions";
    /** Queue: IDocs for SAP (audits, status, POD, cost), sent on by each tenant's sap-idoc-outbound route. */
    public static final String SAP_OUTBOUND = "lastmile.sap.outbound";

    /** Queue: customer notifications (one per channel and event), sent on by the notify-&lt;channel&gt; routes. */
    public static final String NOTIFICATIONS = "lastmile.notifications.outbound";

    /** Durable multicast queue on {@link #STATUS}: the status changes SAP is told about. */
    public static final String SAP_STATUS_SUBSCRIPTION = "sap-shipment-status";
    /** Durable multicast queue on {@link #STATUS}: the status changes customers are told about. */
    public static final String CUSTOMER_NOTIFICATIONS_SUBSCRIPTION = "customer-notifications";
    /** Durable multicast queue on {@link #COST}: the plans whose freight cost SAP is told about. */
    public static final String SAP_COST_SUBSCRIPTION = "sap-freight-cost";

    /** Header: the tenant the message belongs to. */
    public static final String TENANT_HEADER = "LastMileTenant";
    /** Header: the inbound format of a message entering the hub. */
    public static final String FORMAT_HEADER = "LastMileFormat";
    /** Header: the order a message is about. */
    public static final String ORDER_HEADER = "LastMileOrderId";
    /** Header: the kind of an outbound message, e.g. ALEAUD. */
    public static final String MESSAGE_TYPE_HEADER = "LastMileMessageType";
    /** Header: the channel of a customer notification ({@code webhook}, {@code email}, {@code sms}). */
    public static final String CHANNEL_HEADER = "LastMileChannel";
    /** Header: the id of a customer notification. */
    public static final String NOTIFICATION_HEADER = "LastMileNotificationId";
    /** Header: the dead letter a failed message was stored as. */
    public static final String DEAD_LETTER_HEADER = "LastMileDeadLetterId";

    private Addresses() {
    }
}
