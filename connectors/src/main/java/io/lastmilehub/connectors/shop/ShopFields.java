package io.lastmilehub.connectors.shop;

import io.lastmilehub.connectors.json.JsonField;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.Money;

import java.math.BigDecimal;

/** Decoding steps every shop platform's order shares, whatever its field names. */
public final class ShopFields {

    private ShopFields() {
    }

    /**
     * The amount a driver collects on a cash-on-delivery order: the order total in its currency, or null when
     * nothing is left to pay.
     *
     * @throws MappingException naming the total when it is missing
     */
    public static Money amountToCollect(JsonField total, JsonField currency) {
        BigDecimal amount = total.decimal();
        if (amount == null) {
            throw new MappingException(total.path(), "missing for a cash-on-delivery order");
        }
        if (amount.signum() <= 0) {
            return null;
        }
        return Money.builder().amount(amount).currency(currency.currencyCode()).buildUnvalidated();
    }

    /** A contact for notifications and the driver, or null when there is no way to reach anyone. */
    public static Contact contact(String name, String phone, String email) {
        if (phone == null && email == null) {
            return null;
        }
        return Contact.builder().name(name).phone(phone).email(email).buildUnvalidated();
    }
}
