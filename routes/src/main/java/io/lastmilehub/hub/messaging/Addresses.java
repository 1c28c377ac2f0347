package io.lastmilehub.hub.messaging;

/** The Artemis addresses and message headers the hub publishes on; external systems subscribe to these. */
public final class Addresses {

    /**
     * Queue: one message per accepted order (canonical JSON), consumed by the order intake stage; grouped by order
     * ({@code JMSXGroupID = <order id>}) so that two messages of one order are never taken in at once.
     */
    public static final String ORDERS_RECEIVED = "lastmile.orders.received";
    /** Topic: every status change of every order, as a canonical DeliveryStatusEvent in JSON. */
    public static final String STATUS = "lastmile.status";
    /** Topic: the cost summary of every plan, as a canonical CostSummary in JSON. */
    public static final String COST = "lastmile.cost";

    /** Topic: every accepted vehicle position, as a canonical TrackingPosition in JSON. */
    public static final String POSITIONS = "lastmile.positions";
    /** Topic: the live ETAs a position of a tracked vehicle changed, one message per position (JSON EtaChanges). */
    public static final String ETA = "lastmile.eta";
    /** Queue: IDocs for SAP (audits, status, POD, cost), sent on by each tenant's sap-idoc-outbound route. */
    public static final String SAP_OUTBOUND = "lastmile.sap.outbound";

    /**
     * Queue: one message per plan request, grouped by depot ({@code JMSXGroupID = <tenant>/<depot>}) so that a depot
     * is planned by one consumer at a time while other depots are planned in parallel.
     */
    public static final String PLANNING_REQUESTS = "lastmile.planning.requests";
    /**
     * Queue: one message per inbound job (a message answered 202 before it is taken in), its body the job's id; the
     * job's payload stays in the database.
     */
    public static final String INBOUND_JOBS = "lastmile.inbound.jobs";
    /**
     * Queue: EDI interchanges for trading partners (997, 990, 214, 210, CONTRL, IFTSTA), each sent on by its
     * partner's transport route, which selects on {@link #PARTNER_HEADER}.
     */
    public static final String EDI_OUTBOUND = "lastmile.edi.outbound";

    /** Queue: customer notifications (one per channel and event), sent on by the notify-&lt;channel&gt; routes. */
    public static final String NOTIFICATIONS = "lastmile.notifications.outbound";

    /** Durable multicast queue on {@link #STATUS}: the status changes SAP is told about. */
    public static final String SAP_STATUS_SUBSCRIPTION = "sap-shipment-status";
    /** Durable multicast queue on {@link #STATUS}: the status changes customers are told about. */
    public static final String CUSTOMER_NOTIFICATIONS_SUBSCRIPTION = "customer-notifications";
    /** Durable multicast queue on {@link #COST}: the plans whose freight cost SAP is told about. */
    public static final String SAP_COST_SUBSCRIPTION = "sap-freight-cost";

    /** Durable multicast queue on {@link #STATUS} holding only delays ({@link #DELAY_HEADER} set): re-plan triggers. */
    public static final String PLANNING_DELAYS_SUBSCRIPTION = "planning-delays";
    /** Durable multicast queue on {@link #STATUS}: the status changes EDI partners are told about (214, IFTSTA). */
    public static final String EDI_STATUS_SUBSCRIPTION = "edi-shipment-status";
    /** Durable multicast queue on {@link #COST}: the plans whose freight EDI partners are invoiced for (210). */
    public static final String EDI_COST_SUBSCRIPTION = "edi-freight-invoice";

    /** Header: the tenant the message belongs to. */
    public static final String TENANT_HEADER = "LastMileTenant";
    /** Header: the inbound format of a message entering the hub. */
    public static final String FORMAT_HEADER = "LastMileFormat";
    /** Header: the order a message is about. */
    public static final String ORDER_HEADER = "LastMileOrderId";
    /** Header: the orders a message about several is about, comma-separated (order ids are UUIDs). */
    public static final String ORDERS_HEADER = "LastMileOrderIds";
    /** Header: the kind of an outbound message, e.g. ALEAUD. */
    public static final String MESSAGE_TYPE_HEADER = "LastMileMessageType";
    /** Header: the plan (and plan request) a message is about. */
    public static final String PLAN_HEADER = "LastMilePlanId";
    /** Header of a delay on {@link #STATUS}: how far behind its plan the vehicle is, in whole seconds. */
    public static final String DELAY_HEADER = "LastMileDelaySeconds";
    /** Header: the JMS message group; messages of one group are consumed one at a time, in order. */
    public static final String GROUP_HEADER = "JMSXGroupID";
    /** Header: the trading partner (its partner file's name) an outbound EDI interchange is for. */
    public static final String PARTNER_HEADER = "LastMilePartner";
    /**
     * Header: the file name a transport writes or uploads an outbound document as. A Camel JMS consumer drops
     * {@code Camel*} properties, so routes set Camel's file name from this one.
     */
    public static final String FILE_NAME_HEADER = "LastMileFileName";
    /** Header: the same file name as {@link #FILE_NAME_HEADER}, under Camel's name, for consumers outside Camel. */
    public static final String CAMEL_FILE_NAME_HEADER = "CamelFileName";
    /** Header: the channel of a customer notification ({@code webhook}, {@code email}, {@code sms}). */
    public static final String CHANNEL_HEADER = "LastMileChannel";
    /** Header: the id of a customer notification. */
    public static final String NOTIFICATION_HEADER = "LastMileNotificationId";
    /** Header: the address an inbound message came from over HTTP, as the hub saw it (a proxy's, behind one). */
    public static final String SENDER_ADDRESS_HEADER = "LastMileSenderAddress";
    /** Header: the User-Agent of the HTTP client that sent an inbound message. */
    public static final String SENDER_AGENT_HEADER = "LastMileSenderAgent";
    /** Header: the dead letter a failed message was stored as. */
    public static final String DEAD_LETTER_HEADER = "LastMileDeadLetterId";
    /**
     * Header: the message log entry of an outbound message, carried to the route that delivers it, so that its retries,
     * its delivery and its dead letter are recorded on the entry.
     */
    public static final String LOG_ENTRY_HEADER = "LastMileLogEntry";

    private Addresses() {
    }
}
