package io.lastmilehub.connectors.support.edi;

import io.lastmilehub.connectors.spi.DocumentReceipt;
import io.lastmilehub.connectors.spi.ParcelUpdate;
import io.lastmilehub.model.DeliveryOrder;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/** Maps one transaction set or message type; the X12 and EDIFACT mappers each have one per type they take. */
public interface TransactionMapping {

    /** The transaction set identifiers or message types this maps, e.g. {@code 204} or {@code IFTMIN}. */
    Set<String> types();

    /**
     * Maps one transaction set.
     *
     * @throws io.lastmilehub.connectors.spi.MappingException naming the segment and element
     */
    Result map(EdiContext context, EdiTransaction transaction);

    /** A mapping of one type by a function. */
    static TransactionMapping of(String type, BiFunction<EdiContext, EdiTransaction, Result> function) {
        return new TransactionMapping() {
            @Override
            public Set<String> types() {
                return Set.of(type);
            }

            @Override
            public Result map(EdiContext context, EdiTransaction transaction) {
                return function.apply(context, transaction);
            }
        };
    }

    /**
     * What one transaction set carried.
     *
     * @param orders        new orders
     * @param parcelUpdates parcels for orders the hub already has
     * @param receipts      the partner's answers to documents we sent (997, 999, CONTRL)
     */
    record Result(List<DeliveryOrder> orders, List<ParcelUpdate> parcelUpdates, List<DocumentReceipt> receipts) {

        /** Only orders. */
        public static Result ofOrders(List<DeliveryOrder> orders) {
            return new Result(orders, List.of(), List.of());
        }

        /** Only parcel updates. */
        public static Result ofUpdates(List<ParcelUpdate> updates) {
            return new Result(List.of(), updates, List.of());
        }

        /** Only answers to what we sent. */
        public static Result ofReceipts(List<DocumentReceipt> receipts) {
            return new Result(List.of(), List.of(), receipts);
        }
    }
}
