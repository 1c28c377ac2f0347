package io.lastmilehub.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

import java.math.BigDecimal;

/**
 * An amount in a currency.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlType(name = "Money")
public class Money {

    /** The amount. */
    @NotNull
    BigDecimal amount;

    /** ISO 4217 currency code. */
    @NotBlank
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
    String currency;

    /** Builds Moneys that satisfy their constraints. */
    public static class MoneyBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Money build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
