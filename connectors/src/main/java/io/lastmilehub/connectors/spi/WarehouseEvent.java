package io.lastmilehub.connectors.spi;

/** How far a warehouse has got with an order's goods, as a ship notice or confirmation reports it. */
public enum WarehouseEvent {
    /** The goods were picked from stock. */
    PICKED,
    /** The goods were packed into parcels or handling units. */
    PACKED,
    /** The parcels left the warehouse. */
    SHIPPED
}
