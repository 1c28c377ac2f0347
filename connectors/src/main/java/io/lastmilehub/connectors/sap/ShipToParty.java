package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.sap.idoc.Segment;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.Party;

import java.util.Locale;
import java.util.Set;

/**
 * The ship-to partner (partner function WE) of a delivery (E1ADRM1, SAP's central address) or of an order
 * (E1EDKA1) as the canonical party. Name lines 1 and 2 make the name on the label; a c/o name or a second street
 * line makes the second address line.
 */
final class ShipToParty {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private ShipToParty() {
    }

    /** The party of an E1ADRM1 segment. */
    static Party fromAddress(Segment partner) {
        String name = joined(partner.field("NAME1"), partner.field("NAME2"));
        String careOf = partner.field("NAME_CO");
        return Party.builder()
                .name(name)
                .address(Address.builder()
                        .line1(SegmentPaths.required(partner, "STREET1"))
                        .line2(careOf != null ? "c/o " + careOf : partner.field("STREET2"))
                        .postalCode(partner.field("POSTL_COD1"))
                        .city(SegmentPaths.required(partner, "CITY1"))
                        .region(partner.field("REGION"))
                        .countryCode(country(partner, "COUNTRY2", "COUNTRY1"))
                        .buildUnvalidated())
                .contact(contact(name, partner.field("TELEPHONE1"), partner.field("E_MAIL")))
                .buildUnvalidated();
    }

    /** The party of an E1EDKA1 segment. */
    static Party fromOrderPartner(Segment partner) {
        String name = joined(partner.field("NAME1"), partner.field("NAME2"));
        return Party.builder()
                .name(name)
                .address(Address.builder()
                        .line1(street(partner))
                        .line2(partner.field("STRS2"))
                        .postalCode(partner.field("PSTLZ"))
                        .city(SegmentPaths.required(partner, "ORT01"))
                        .region(partner.field("REGIO"))
                        .countryCode(country(partner, "ISOAL", "LAND1"))
                        .buildUnvalidated())
                .contact(contact(name, partner.field("TELF1"), null))
                .buildUnvalidated();
    }

    /** STRAS, with the house number HAUSN when it is given apart (and not SAP's empty 000000). */
    private static String street(Segment partner) {
        String street = SegmentPaths.required(partner, "STRAS");
        String number = partner.field("HAUSN");
        boolean separate = number != null && !number.chars().allMatch(c -> c == '0') && !street.contains(number);
        return separate ? street + " " + number : street;
    }

    /**
     * The ISO 3166-1 code: the ISO field when given, else SAP's country key, which is the ISO code for nearly every
     * country.
     */
    private static String country(Segment partner, String isoField, String keyField) {
        String iso = partner.field(isoField);
        String field = iso != null && iso.length() == 2 ? isoField : keyField;
        String code = SegmentPaths.required(partner, field).toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new MappingException(SegmentPaths.path(partner, field), "not an ISO 3166-1 country code: '"
                    + code + "'");
        }
        return code;
    }

    private static Contact contact(String name, String phone, String email) {
        if (phone == null && email == null) {
            return null;
        }
        return Contact.builder().name(name).phone(phone).email(email).buildUnvalidated();
    }

    private static String joined(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " " + second;
    }
}
