package io.lastmilehub.connectors.wms;

import org.apache.commons.csv.CSVRecord;

/** One data row of a CSV confirmation, read through the layout; every value names the row and its column. */
final class CsvRow {

    private final CSVRecord record;
    private final CsvLayout layout;
    private final String row;

    CsvRow(CSVRecord record, CsvLayout layout, String row) {
        this.record = record;
        this.layout = layout;
        this.row = row;
    }

    WmsLine line() {
        var references = WmsValues.references(text("erpDelivery"), text("erpSalesOrder"), text("customerPo"),
                text("shopOrder"), row + ", order reference columns");
        double kg = layout.kilogramsPerUnit();
        double cm = layout.centimetresPerUnit();
        String tracking = text("trackingNumber");
        var parcel = WmsValues.parcel(new WmsValues.ParcelValues(text("parcelId"), text("sscc"), tracking,
                WmsValues.quantity(text("quantity"), where("quantity")),
                WmsValues.number(text("weight"), kg, where("weight")),
                WmsValues.number(text("length"), cm, where("length")),
                WmsValues.number(text("width"), cm, where("width")),
                WmsValues.number(text("height"), cm, where("height")), text("description")), row);
        return new WmsLine(references, WmsValues.event(text("event"), where("event")),
                WmsValues.instant(text("occurredAt"), layout.zone(), where("occurredAt")), parcel, tracking);
    }

    /** The trimmed value of a field's column, {@code null} when the layout has no such column or it is empty. */
    private String text(String field) {
        String column = layout.columns().get(field);
        if (column == null) {
            return null;
        }
        String value;
        if (layout.header()) {
            value = record.isSet(column) ? record.get(column) : null;
        } else {
            int index = Integer.parseInt(column) - 1;
            value = index < record.size() ? record.get(index) : null;
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    private String where(String field) {
        return row + ", column \"" + layout.columns().get(field) + "\"";
    }
}
