package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.support.edi.EdiSegment;
import io.lastmilehub.connectors.support.edi.EdiValues;
import io.lastmilehub.connectors.support.edi.EdiTransaction;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.Party;

import java.util.Optional;

/**
 * Reads a party from a NAD segment:
 * {@code NAD+qualifier+id:code list:agency+name and address+name:name+street:street+city+region+postcode+country}.
 * A NAD with only a party id (a GLN) names no place we can drive to: there is no GLN directory yet.
 */
final class EdifactParty {

    private EdifactParty() {
    }

    /** The first NAD with one of the qualifiers, in the order of the qualifiers. */
    static Optional<EdiSegment> find(EdiTransaction message, String... qualifiers) {
        for (String qualifier : qualifiers) {
            Optional<EdiSegment> nad = message.first("NAD", qualifier);
            if (nad.isPresent()) {
                return nad;
            }
        }
        return Optional.empty();
    }

    /**
     * The party of a NAD, with its address.
     *
     * @throws MappingException naming {@code NAD+<qualifier>} when it has no street, city or country
     */
    static Party read(EdiSegment nad, String field) {
        String where = field + "/NAD+" + nad.element(1);
        String street = nad.component(5, 1); // C059 street 3042
        String city = nad.element(6); // 3164
        String country = nad.element(9); // 3207
        if (street.isEmpty() || city.isEmpty() || country.isEmpty()) {
            String id = nad.component(2, 1); // C082 party id 3039
            throw new MappingException(where, id.isEmpty() ? "no street, city and country"
                    : "party " + id + " has no street, city and country, only a party id (no GLN directory)");
        }
        Address address = Address.builder().line1(street).line2(EdiValues.blankToNull(nad.component(5, 2)))
                .city(city).region(EdiValues.blankToNull(nad.component(7, 1)))
                .postalCode(EdiValues.blankToNull(nad.element(8)))
                .countryCode(country).build();
        String name = String.join(" ", nad.component(4, 1), nad.component(4, 2)).strip(); // C080 party name 3036
        return Party.builder().company(EdiValues.blankToNull(name)).address(address).build();
    }
}
