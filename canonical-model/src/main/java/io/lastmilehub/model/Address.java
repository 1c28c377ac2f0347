package io.lastmilehub.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

/**
 * A postal address as the destination country writes it.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlType(name = "Address")
public class Address {

    /** Street and house number. */
    @NotBlank
    @Size(max = 200)
    String line1;

    /** Building, floor, c/o and the like. */
    @Size(max = 200)
    String line2;

    /** Postal code in the country's own format. */
    @Size(max = 20)
    String postalCode;

    /** City or town. */
    @NotBlank
    @Size(max = 100)
    String city;

    /** State, province or region. */
    @Size(max = 100)
    String region;

    /** ISO 3166-1 alpha-2 country code, upper case. */
    @NotBlank
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE or US")
    String countryCode;

    /** Builds Addresss that satisfy their constraints. */
    public static class AddressBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Address build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
