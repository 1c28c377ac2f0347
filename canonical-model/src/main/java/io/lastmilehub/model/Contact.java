package io.lastmilehub.model;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

/**
 * Whom to call or notify about a delivery.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlType(name = "Contact")
public class Contact {

    /** Person's name. */
    @Size(max = 200)
    String name;

    /** Phone number, preferably E.164. */
    @Size(max = 40)
    String phone;

    /** E-mail address. */
    @Email
    @Size(max = 200)
    String email;

    /** Builds Contacts that satisfy their constraints. */
    public static class ContactBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Contact build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
