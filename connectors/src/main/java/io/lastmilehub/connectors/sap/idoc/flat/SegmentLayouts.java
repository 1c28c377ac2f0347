package io.lastmilehub.connectors.sap.idoc.flat;

import io.lastmilehub.connectors.sap.idoc.FixedField;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the fields sit in the SDATA of the segments the hub reads, from SAP's documented segment layouts (field
 * names and lengths as in the segment definitions, transaction WE31/WE60). SAP only ever appends fields in later
 * segment versions, so a layout is the leading part of every version; a field beyond a layout's end is not read
 * from a flat file (IDoc-XML carries every field by name). Segments without a layout keep their SDATA whole.
 */
final class SegmentLayouts {

    /** The field under which the SDATA of a segment without a layout is kept. */
    static final String SDATA = "SDATA";

    private static final Map<String, List<FixedField>> LAYOUTS = Map.ofEntries(
            Map.entry("E1EDL20", List.of(      // delivery header
                    f("VBELN", 10),            // delivery number
                    f("VSTEL", 4),             // shipping point
                    f("VKORG", 4),             // sales organisation
                    f("LSTEL", 2),             // loading point
                    f("VKBUR", 4),             // sales office
                    f("LGNUM", 3),             // warehouse number
                    f("ABLAD", 25),            // unloading point
                    f("INCO1", 3),             // Incoterms
                    f("INCO2", 28),            // Incoterms place
                    f("ROUTE", 6),             // route
                    f("VSBED", 2),             // shipping conditions
                    f("BTGEW", 17),            // total gross weight
                    f("NTGEW", 15),            // total net weight
                    f("GEWEI", 3),             // weight unit (ISO, e.g. KGM)
                    f("VOLUM", 15),            // total volume
                    f("VOLEH", 3),             // volume unit (ISO, e.g. MTQ)
                    f("ANZPK", 5))),           // number of packages
            Map.entry("E1ADRM1", List.of(      // partner with its central address
                    f("PARTNER_Q", 3),         // partner function: WE ship-to, AG sold-to, SP forwarding agent
                    f("ADDRESS_T", 1),         // address type
                    f("PARTNER_ID", 17),       // partner number
                    f("JURISDIC", 17),         // tax jurisdiction
                    f("LANGUAGE", 2),          // language
                    f("FORMOFADDR", 15),       // form of address
                    f("NAME1", 40), f("NAME2", 40), f("NAME3", 40), f("NAME4", 40),
                    f("NAME_TEXT", 50),        // formatted name
                    f("NAME_CO", 40),          // c/o name
                    f("LOCATION", 40), f("BUILDING", 10), f("FLOOR", 10), f("ROOM", 10),
                    f("STREET1", 40),          // street and house number
                    f("STREET2", 40), f("STREET3", 40),
                    f("HOUSE_SUPL", 4), f("HOUSE_RANG", 10),
                    f("POSTL_COD1", 10),       // postal code of the city
                    f("POSTL_COD3", 10), f("POSTL_AREA", 15),
                    f("CITY1", 40),            // city
                    f("CITY2", 40),            // district
                    f("POSTL_PBOX", 10), f("POSTL_COD2", 10), f("POSTL_CITY", 40),
                    f("TELEPHONE1", 30), f("TELEPHONE2", 30), f("TELEFAX", 30), f("TELEX", 30),
                    f("E_MAIL", 70),
                    f("COUNTRY1", 3),          // country key
                    f("COUNTRY2", 3),          // ISO country code
                    f("REGION", 3),            // region (state, province)
                    f("COUNTY_COD", 3), f("COUNTY_TXT", 25),
                    f("TZCODE", 6),            // time zone of the address
                    f("TZDESC", 35))),
            Map.entry("E1EDT13", List.of(      // deadline of the delivery
                    f("QUALF", 3),             // 006 goods issue, 007 delivery (at the ship-to), ...
                    f("VSTZW", 4), f("VSTZW_BEZ", 20),
                    f("NTANF", 8),             // earliest start date, YYYYMMDD
                    f("NTANZ", 6),             // earliest start time, HHMMSS
                    f("NTEND", 8),             // latest end date
                    f("NTENZ", 6),             // latest end time
                    f("TZONE_BEG", 6),         // time zone of the start
                    f("ISDD", 8), f("ISDZ", 6), f("IEDD", 8), f("IEDZ", 6),
                    f("TZONE_END", 6))),       // time zone of the end
            Map.entry("E1EDL24", List.of(      // delivery item
                    f("POSNR", 6),             // item number
                    f("MATNR", 18),            // material
                    f("MATWA", 18),            // material entered
                    f("ARKTX", 40),            // item description
                    f("ORKTX", 40), f("SUGRD", 4), f("SUDRU", 1), f("MATKL", 9), f("WERKS", 4), f("LGORT", 4),
                    f("CHARG", 10), f("KDMAT", 22),
                    f("LFIMG", 15),            // delivered quantity in the sales unit
                    f("VRKME", 3),             // sales unit
                    f("LGMNG", 15), f("MEINS", 3),
                    f("NTGEW", 15),            // net weight of the item
                    f("BRGEW", 15),            // gross weight of the item
                    f("GEWEI", 3),             // weight unit
                    f("VOLUM", 15),            // volume of the item
                    f("VOLEH", 3))),           // volume unit
            Map.entry("E1EDL43", List.of(      // reference document of a delivery item
                    f("QUALF", 1),             // SD document category: C = sales order
                    f("BELNR", 35))),          // document number
            Map.entry("E1EDL37", List.of(      // handling unit
                    f("EXIDV", 20),            // external handling unit id (SSCC on the label)
                    f("TARAG", 17), f("GWEIT", 3),
                    f("BRGEW", 17),            // total weight
                    f("NTGEW", 17), f("MAGEW", 17),
                    f("GWEIM", 3),             // unit of the total weight
                    f("BTVOL", 17),            // total volume
                    f("NTVOL", 17), f("MAVOL", 17),
                    f("VOLEM", 3),             // unit of the total volume
                    f("TAVOL", 17), f("VOLET", 3), f("VEGR2", 5), f("VEGR1", 5), f("VEGR3", 5),
                    f("VHILM", 18),            // packaging material
                    f("VEGR4", 5),
                    f("LAENG", 15),            // length
                    f("VEGR5", 5),
                    f("BREIT", 15),            // width
                    f("HOEHE", 15),            // height
                    f("MEABM", 3),             // unit of the dimensions
                    f("INHALT", 40))),         // description of the contents
            Map.entry("E1EDT20", List.of(      // shipment header
                    f("TKNUM", 10),            // shipment number
                    f("SHTYP", 4),             // shipment type
                    f("ABFER", 1), f("ABWST", 1), f("BFART", 1),
                    f("VSART", 2),             // shipping type
                    f("LAUFK", 1), f("VSBED", 2),
                    f("ROUTE", 6),             // route
                    f("SIGNI", 20),            // container id, often the vehicle's registration
                    f("EXTI1", 20), f("EXTI2", 20),
                    f("TPBEZ", 20))),          // description of the shipment
            Map.entry("E1EDK01", List.of(      // order header
                    f("ACTION", 3), f("KZABS", 1), f("CURCY", 3), f("HWAER", 3), f("WKURS", 12), f("ZTERM", 17),
                    f("KUNDEUINR", 20), f("EIGENUINR", 20), f("BSART", 4),
                    f("BELNR", 35))),          // the sender's document number
            Map.entry("E1EDKA1", List.of(      // order partner
                    f("PARVW", 3),             // partner function: WE ship-to, AG sold-to, ...
                    f("PARTN", 17),            // partner number
                    f("LIFNR", 17),
                    f("NAME1", 35), f("NAME2", 35), f("NAME3", 35), f("NAME4", 35),
                    f("STRAS", 35),            // street and house number
                    f("STRS2", 35),            // street, second line
                    f("PFACH", 35),            // PO box
                    f("ORT01", 35),            // city
                    f("COUNC", 9),
                    f("PSTLZ", 9),             // postal code
                    f("PSTL2", 9),
                    f("LAND1", 3),             // country key
                    f("ABLAD", 35), f("PERNR", 30), f("PARNR", 30),
                    f("TELF1", 25),            // telephone
                    f("TELF2", 25), f("TELBX", 25), f("TELFX", 25), f("TELTX", 25), f("TELX1", 25), f("SPRAS", 1),
                    f("ANRED", 15), f("ORT02", 35),
                    f("HAUSN", 6),             // house number
                    f("STOCK", 6),
                    f("REGIO", 3),             // region
                    f("PARGE", 1),
                    f("ISOAL", 2))),           // ISO country code
            Map.entry("E1EDK02", List.of(      // order reference
                    f("QUALF", 3),             // 001 customer purchase order, 002 vendor (sales) order
                    f("BELNR", 35), f("POSNR", 6), f("DATUM", 8), f("UZEIT", 6))),
            Map.entry("E1EDK03", List.of(      // order date
                    f("IDDAT", 3),             // 002 requested delivery date, 012 document date, ...
                    f("DATUM", 8), f("UZEIT", 6))),
            Map.entry("E1EDP01", List.of(      // order item
                    f("POSEX", 6),             // item number
                    f("ACTION", 3),            // 001 new, 002 changed, 003 deleted
                    f("PSTYP", 1), f("KZABS", 1),
                    f("MENGE", 15),            // quantity
                    f("MENEE", 3),             // unit of the quantity
                    f("BMNG2", 15), f("PMENE", 3), f("ABFTZ", 7), f("VPREI", 15), f("PEINH", 9), f("NETWR", 18),
                    f("ANETW", 18), f("SKFBP", 18),
                    f("NTGEW", 18),            // net weight
                    f("GEWEI", 3))),           // weight unit
            Map.entry("E1EDP19", List.of(      // order item object identification
                    f("QUALF", 3),             // 001 customer's material, 002 vendor's material, ...
                    f("IDTNR", 35),            // material
                    f("KTEXT", 70))));         // material description

    private SegmentLayouts() {
    }

    /** The fields of a segment's SDATA: by its layout, or the whole SDATA for a segment without one. */
    static Map<String, String> fields(String type, String sdata) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<FixedField> layout = LAYOUTS.get(type);
        if (layout == null) {
            fields.put(SDATA, sdata.strip());
            return fields;
        }
        int offset = 0;
        for (FixedField field : layout) {
            if (offset >= sdata.length()) {
                break;
            }
            String value = sdata.substring(offset, Math.min(sdata.length(), offset + field.width())).strip();
            if (!value.isEmpty()) {
                fields.put(field.name(), value);
            }
            offset += field.width();
        }
        return fields;
    }

    private static FixedField f(String name, int width) {
        return new FixedField(name, width);
    }
}
