package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.edi.EdiLoops;
import io.lastmilehub.connectors.support.edi.EdiSegment;
import io.lastmilehub.connectors.support.edi.EdiValues;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.Party;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a party from an N1 loop: N1 name, N3 street, N4 place. */
final class X12Party {

    private static final Set<String> N1_LOOP = Set.of("N2", "N3", "N4", "PER", "REF", "G61");
    /** N4-04 is optional; X12 partners that leave it out are in the United States. */
    private static final String DEFAULT_COUNTRY = "US";

    private X12Party() {
    }

    /** The first N1 loop whose N1-01 entity code is one of {@code codes}, in the order of the codes. */
    static Optional<List<EdiSegment>> find(List<EdiSegment> segments, String... codes) {
        for (String code : codes) {
            for (int i = 0; i < segments.size(); i++) {
                if (segments.get(i).is("N1", code)) {
                    return Optional.of(EdiLoops.following(segments, i, N1_LOOP));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The party of an N1 loop, with its address.
     *
     * @throws MappingException naming {@code N1*<code>/N3} or {@code /N4} when the street or the city is missing
     */
    static Party read(List<EdiSegment> loop, String field) {
        EdiSegment n1 = loop.get(0); // N1*ST*name*id qualifier*id
        String where = field + "/N1*" + n1.element(1);
        EdiSegment n3 = loop.stream().filter(s -> s.is("N3")).findFirst() // N3*line 1*line 2
                .orElseThrow(() -> new MappingException(where + "/N3", "no street address"));
        EdiSegment n4 = loop.stream().filter(s -> s.is("N4")).findFirst() // N4*city*state*postal code*country
                .orElseThrow(() -> new MappingException(where + "/N4", "no city"));
        String country = n4.element(4).isEmpty() ? DEFAULT_COUNTRY : n4.element(4);
        Address address = Address.builder().line1(n3.element(1)).line2(EdiValues.blankToNull(n3.element(2)))
                .city(n4.element(1)).region(EdiValues.blankToNull(n4.element(2)))
                .postalCode(EdiValues.blankToNull(n4.element(3)))
                .countryCode(country).build();
        return Party.builder().company(EdiValues.blankToNull(n1.element(2))).address(address).build();
    }
}
