package io.lastmilehub.hub.orders;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.address.AddressNormalizer;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.errors.Violation;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.InvalidModelException;
import org.springframework.stereotype.Component;

/** Normalises addresses coming into the hub and refuses them, naming the field in the document, when unusable. */
@Component
public class NormalizedAddresses {

    private final AddressNormalizer normalizer;

    public NormalizedAddresses(AddressNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /**
     * @param path where the address sits in the document, e.g. {@code shipTo.address}
     * @throws InvalidMessageException naming {@code path.field} and the reason
     */
    public Address normalize(Address address, String path) {
        if (address == null) {
            return null;
        }
        try {
            return normalizer.normalize(address);
        } catch (MappingException e) {
            throw new InvalidMessageException(path + "." + e.getField(), e.getReason());
        } catch (InvalidModelException e) {
            throw new InvalidMessageException(e.getViolations().stream()
                    .map(v -> new Violation(path + "." + v.field(), v.reason())).toList());
        }
    }
}
