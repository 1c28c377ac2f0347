package io.lastmilehub.hub.geocoding;

import io.lastmilehub.model.Address;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cache key of an address: its fields in a fixed order, lower case, white space folded, so that spellings that
 * differ only in case or spacing share one look-up.
 */
final class AddressKey {

    static final int MAX_LENGTH = 700;

    private AddressKey() {
    }

    static String of(Address address) {
        String key = Stream.of(address.getCountryCode(), address.getPostalCode(), address.getCity(),
                        address.getLine1(), address.getLine2(), address.getRegion())
                .map(part -> Objects.toString(part, "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim())
                .collect(Collectors.joining("|"));
        return key.length() <= MAX_LENGTH ? key : key.substring(0, MAX_LENGTH);
    }
}
