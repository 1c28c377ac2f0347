package io.lastmilehub.connectors.support.address;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.InvalidModelException;
import io.lastmilehub.model.ModelViolation;

import java.util.Objects;

/**
 * Cleans an address on the way in: ISO 3166-1 alpha-2 country codes (from codes or names), postal codes checked
 * against the country's format and written the country's way, whitespace folded, empty or placeholder fields
 * ("n/a", "-", "xxx", "unknown") refused.
 *
 * <p>What a sender wrote often breaks the model's constraints ({@code Germany} is no alpha-2 code), so callers pass
 * the address as they have it, built with {@code Address.builder()...buildUnvalidated()}; the result is built and
 * validated. Thread-safe and stateless; the country names and postal-code formats are loaded once per JVM.
 *
 * <ul>
 * <li>{@code line1}, {@code city}: required; blank or a placeholder is refused.</li>
 * <li>{@code line2}, {@code region}: a blank or placeholder value becomes null.</li>
 * <li>{@code countryCode}: see {@link CountryCodes}; unknown is refused.</li>
 * <li>{@code postalCode}: optional; see {@link PostalCodes}; a code that does not fit the country is refused.</li>
 * </ul>
 */
public final class AddressNormalizer {

    /**
     * @throws MappingException naming the field ({@code countryCode}, {@code postalCode}, {@code line1},
     *                          {@code city}) and the reason
     */
    public Address normalize(Address address) {
        Objects.requireNonNull(address, "address");
        String country = country(address.getCountryCode());
        Address.AddressBuilder cleaned = address.toBuilder()
                .line1(required("line1", address.getLine1(), "an address"))
                .line2(Text.optional(address.getLine2()))
                .city(required("city", address.getCity(), "a city"))
                .region(Text.optional(address.getRegion()))
                .countryCode(country)
                .postalCode(PostalCodes.normalize(country, address.getPostalCode()));
        return build(cleaned);
    }

    private static String country(String value) {
        String folded = Text.fold(value);
        if (folded == null || folded.isEmpty()) {
            throw new MappingException("countryCode", "must not be empty");
        }
        return CountryCodes.alpha2(folded).orElseThrow(() -> new MappingException("countryCode",
                "'" + folded + "' is not an ISO 3166-1 country code or name"));
    }

    private static String required(String field, String value, String what) {
        String folded = Text.fold(value);
        if (folded == null || folded.isEmpty()) {
            throw new MappingException(field, "must not be empty");
        }
        if (Text.isPlaceholder(folded)) {
            throw new MappingException(field, "placeholder '" + folded + "' is not " + what);
        }
        return folded;
    }

    /** Builds with the model's constraints (lengths, mostly), reported like the checks above. */
    private static Address build(Address.AddressBuilder cleaned) {
        try {
            return cleaned.build();
        } catch (InvalidModelException e) {
            ModelViolation first = e.getViolations().get(0);
            throw new MappingException(first.field(), first.reason(), e);
        }
    }
}
