package io.lastmilehub.hub.messagelog;

/** The kinds of business key a logged message can be found by. */
public enum KeyType {
    /** SAP IDoc number, without leading zeros. */
    DOCNUM,
    ERP_DELIVERY,
    ERP_SHIPMENT,
    ERP_SALES_ORDER,
    CUSTOMER_PO,
    SHOP_ORDER,
    /** X12 interchange control number, without leading zeros. */
    ISA13,
    /** X12 group control number, without leading zeros. */
    GS06,
    /** EDIFACT interchange reference. */
    UNB0020,
    TRACKING_NUMBER,
    ORDER_ID,
    PLAN_ID,
    DEVICE_ID,
    /** A carrier manifest's id, as in its documents (mf-...). */
    MANIFEST_ID,
    /** The sender's message id when its format has none of the above (a shop's order id, a WMS file id). */
    SOURCE_MESSAGE_ID
}
