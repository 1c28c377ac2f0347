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
 * Dangerous goods declaration of a parcel (ADR / IATA).
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlType(name = "DangerousGoods")
public class DangerousGoods {

    /** UN number, e.g. UN3481. */
    @NotBlank
    @Pattern(regexp = "(UN)?[0-9]{4}", message = "must be a UN number such as UN3481")
    String unNumber;

    /** Hazard class, e.g. 9. */
    @Size(max = 10)
    String hazardClass;

    /** Packing group I, II or III. */
    @Pattern(regexp = "I|II|III", message = "must be I, II or III")
    String packingGroup;

    /** Builds DangerousGoodss that satisfy their constraints. */
    public static class DangerousGoodsBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public DangerousGoods build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
