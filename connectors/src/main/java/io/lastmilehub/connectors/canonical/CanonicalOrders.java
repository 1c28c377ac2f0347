package io.lastmilehub.connectors.canonical;

import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.InvalidModelException;
import io.lastmilehub.model.ModelValidator;
import io.lastmilehub.model.ModelViolation;
import io.lastmilehub.model.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * What both canonical mappers do once the orders are read: take the tenant from the credentials, drop hub ids,
 * validate the whole graph and find the one source the message comes from.
 */
final class CanonicalOrders {

    private CanonicalOrders() {
    }

    /**
     * Turns the orders read from one message into the mapped message.
     *
     * @param prefix    the path prefix of the order at an index, e.g. {@code orders[1].}, empty for a single order
     * @param listField the field named when the message carries no order at all
     */
    static MappedMessage toMappedMessage(InboundMessage message, List<DeliveryOrder> read, IntFunction<String> prefix,
                                         String listField) {
        requireOrders(read, prefix, listField);
        List<DeliveryOrder> orders = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            DeliveryOrder order = withTenant(read.get(i), message.tenant(), prefix.apply(i));
            validate(order, prefix.apply(i));
            orders.add(order);
        }
        SourceRef source = sharedSource(orders, prefix);
        return new MappedMessage(source.getSystem(), source.getMessageId(), orders);
    }

    private static void requireOrders(List<DeliveryOrder> read, IntFunction<String> prefix, String listField) {
        if (read.isEmpty()) {
            throw new MappingException(listField, "empty: a message must carry at least one delivery order");
        }
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i) == null) {
                String at = prefix.apply(i);
                throw new MappingException(at.isEmpty() ? listField : at.substring(0, at.length() - 1),
                        "null is not a delivery order");
            }
        }
        if (read.stream().allMatch(order -> order.getSource() == null)) {
            throw new MappingException("source", "missing: canonical orders must name their source system and "
                    + "the sender's message id");
        }
    }

    /** Sets the tenant from the credentials when the document has none; refuses another tenant's order. */
    private static DeliveryOrder withTenant(DeliveryOrder order, String tenant, String prefix) {
        Objects.requireNonNull(tenant, "message tenant");
        if (order.getTenant() != null && !order.getTenant().isBlank() && !order.getTenant().equals(tenant)) {
            throw new MappingException(prefix + "tenant", "does not match the credentials' tenant " + tenant);
        }
        // The hub assigns ids; one carried in from elsewhere would collide with them.
        return order.toBuilder().tenant(tenant).id(null).buildUnvalidated();
    }

    private static void validate(DeliveryOrder order, String prefix) {
        List<ModelViolation> violations = ModelValidator.violationsOf(order);
        if (violations.isEmpty()) {
            return;
        }
        ModelViolation first = violations.get(0);
        String others = violations.stream().skip(1).map(v -> prefix + v).collect(Collectors.joining("; "));
        String reason = others.isEmpty() ? first.reason() : first.reason() + "; also " + others;
        throw new MappingException(prefix + first.field(), reason, new InvalidModelException("DeliveryOrder",
                violations));
    }

    private static SourceRef sharedSource(List<DeliveryOrder> orders, IntFunction<String> prefix) {
        SourceRef first = orders.get(0).getSource();
        for (int i = 1; i < orders.size(); i++) {
            SourceRef source = orders.get(i).getSource();
            if (!first.getSystem().equals(source.getSystem()) || !first.getMessageId().equals(source.getMessageId())) {
                throw new MappingException(prefix.apply(i) + "source", "differs from the first order's source "
                        + first.getSystem() + "/" + first.getMessageId()
                        + "; the orders of one message share one source");
            }
        }
        return first;
    }
}
