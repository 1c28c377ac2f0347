package io.lastmilehub.connectors.sap.outbound;

/**
 * The shipment deadlines (E1EDT10-QUALF, process category at shipment header level) the hub reports, in the order
 * a shipment passes them, each with the fields of the shipment (VTTK) it stands for. SAP's full list continues with
 * 003 loading (DALBG/DALEN) and 004 shipment completion (DTABF), which happen in the warehouse, not on the road.
 * 003, 004 and 005 are confirmed by public SHPMNT05 mappings (loading window, completion, dispatch to delivery
 * date); 001 and 002 follow SAP's sequence of shipment statuses and should be checked in WE60 for the landscape.
 */
enum ShipmentProcess {

    /** 001, transportation planning: planned (VTTK-DTDIS/UZDIS). */
    PLANNING("001"),
    /** 002, check-in: the vehicle registered at the depot (VTTK-DAREG/UAREG). */
    CHECK_IN("002"),
    /** 005, the shipment under way: start (VTTK-DATBG/UATBG) and end (VTTK-DATEN/UATEN). */
    SHIPMENT("005");

    private final String qualifier;

    ShipmentProcess(String qualifier) {
        this.qualifier = qualifier;
    }

    /** E1EDT10-QUALF. */
    String qualifier() {
        return qualifier;
    }
}
