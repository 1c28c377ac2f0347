package io.lastmilehub.benchmarks.batches;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Large messages of distinct orders for the demo tenant, in the formats a sender batches them in. */
final class BatchMessages {

    private BatchMessages() {
    }

    /** {@code {"orders": [...]}}: one message id for all, one customer PO each. */
    static byte[] canonicalJson(int orders) {
        StringBuilder json = new StringBuilder("{\"orders\":[");
        for (int i = 0; i < orders; i++) {
            json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, """
                    {"tenant":"demo","type":"DELIVERY","priority":"NORMAL",
                     "source":{"system":"benchmark","messageId":"batch-%1$d"},
                     "references":{"customerPo":"PO-%2$d","erpDelivery":"DLV-%2$d"},
                     "shipTo":{"name":"Customer %2$d",
                       "address":{"line1":"150 Elgin St","postalCode":"K1P 1J1","city":"Ottawa","countryCode":"CA"},
                       "location":{"latitude":45.4180,"longitude":-75.6900}},
                     "parcels":[{"id":"P%2$d-1","quantity":1,"weightKg":2.5}]}""", orders, i));
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One interchange of IFTMIN messages, one order each, shaped like the real sample (samples/edifact),
     * with the consignee's address written out (the demo tenant has no GLN directory). */
    static byte[] edifact(int orders) {
        StringBuilder edi = new StringBuilder("UNB+UNOA:2+SID+RID+20130430:1159+BATCH" + orders + "+++++T01'\n");
        for (int i = 1; i <= orders; i++) {
            edi.append(String.format(Locale.ROOT, """
                    UNH+M%1$d+IFTMIN:D:96A:UN:EAN004'
                    BGM+610+%1$d+9'
                    DTM+137:20020301:102'
                    DTM+2:200203081100:203'
                    CNT+11:1'
                    RFF+CU:TI%1$d'
                    TDT+20++30+31'
                    DTM+133:200203051100:203'
                    LOC+9+5412345678908::9'
                    NAD+CZ+5412345123453::9'
                    NAD+CA+5411234512309::9'
                    NAD+CN+++CUSTOMER %1$d+150 ELGIN ST+OTTAWA++K1P 1J1+CA'
                    NAD+DP+++CUSTOMER %1$d+150 ELGIN ST+OTTAWA++K1P 1J1+CA'
                    GID+1+1:09::9+14:PK'
                    HAN+EAT::9'
                    TMP+2+000:CEL'
                    RNG+5+CEL:-5:5'
                    MOA+44:45000:EUR'
                    PIA+5+5410738377117:SRV'
                    MEA+AAE+X7E+KGM:250'
                    PCI+33E'
                    GIN+BJ+354123450000000014'
                    UNT+23+M%1$d'
                    """, i));
        }
        return edi.append("UNZ+").append(orders).append("+BATCH").append(orders).append("'\n").toString()
                .getBytes(StandardCharsets.UTF_8);
    }
}
