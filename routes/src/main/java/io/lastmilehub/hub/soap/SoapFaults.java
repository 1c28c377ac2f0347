package io.lastmilehub.hub.soap;

import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.errors.Violation;
import io.lastmilehub.hub.soap.generated.DeliveryFault;
import io.lastmilehub.hub.soap.generated.DeliveryServiceFault;
import io.lastmilehub.hub.soap.generated.FaultCode;
import io.lastmilehub.hub.web.ConflictException;
import io.lastmilehub.hub.web.NotFoundException;

import java.util.List;

/**
 * The typed faults of the delivery service, made from the hub's own refusals: the same fields and reasons the HTTP
 * API answers with in its 400 body.
 */
final class SoapFaults {

    private SoapFaults() {
    }

    static DeliveryServiceFault invalid(InvalidMessageException e, String deadLetter) {
        return fault(FaultCode.INVALID_MESSAGE, e.getMessage(), e.getViolations(), deadLetter);
    }

    /** @param field the request field that names what was not found, e.g. {@code orderId} */
    static DeliveryServiceFault notFound(String field, NotFoundException e) {
        return fault(FaultCode.NOT_FOUND, e.getMessage(), List.of(new Violation(field, e.getMessage())), null);
    }

    static DeliveryServiceFault conflict(String field, ConflictException e) {
        return fault(FaultCode.CONFLICT, e.getMessage(), List.of(new Violation(field, e.getMessage())), null);
    }

    /**
     * A request whose XML cannot be read into the model (an unknown element, a value of the wrong type).
     *
     * @param element the element that could not be read, as far as it is known
     */
    static DeliveryServiceFault unreadable(String element, String reason) {
        return fault(FaultCode.INVALID_MESSAGE, element + ": " + reason, List.of(new Violation(element, reason)),
                null);
    }

    static DeliveryServiceFault unavailable(Throwable e, String deadLetter) {
        return fault(FaultCode.UNAVAILABLE, "the message could not be processed now and was kept for replay: "
                + e.getMessage(), List.of(), deadLetter);
    }

    private static DeliveryServiceFault fault(FaultCode code, String message, List<Violation> violations,
                                              String deadLetter) {
        DeliveryFault detail = new DeliveryFault();
        detail.setCode(code);
        detail.setMessage(message);
        detail.setDeadLetter(deadLetter);
        violations.forEach(v -> detail.getViolation().add(violation(v.field(), v.reason())));
        return new DeliveryServiceFault(message, detail);
    }

    private static io.lastmilehub.hub.soap.generated.Violation violation(String field, String reason) {
        io.lastmilehub.hub.soap.generated.Violation violation = new io.lastmilehub.hub.soap.generated.Violation();
        violation.setField(field);
        violation.setReason(reason);
        return violation;
    }
}
