package io.lastmilehub.hub.orders;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.lastmilehub.model.DeliveryOrder;

/**
 * An order as the order API shows it: the canonical order and, beside it, its public tracking link.
 *
 * @param order    the canonical order, its fields at the top level
 * @param tracking the order's tracking page
 */
public record OrderView(@JsonUnwrapped DeliveryOrder order, Tracking tracking) {

    /**
     * The public tracking page of an order: hand the link to the customer.
     *
     * @param token 128 random bits, URL-safe
     * @param url   the page, on {@code lastmile.tracking-page.base-url}
     */
    public record Tracking(String token, String url) {
    }
}
