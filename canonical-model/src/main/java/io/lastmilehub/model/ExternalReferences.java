package io.lastmilehub.model;

import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

/**
 * The numbers other systems know this delivery by.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlType(name = "ExternalReferences")
public class ExternalReferences {

    /** ERP outbound delivery number (SAP VBELN of the delivery). */
    @Size(max = 100)
    String erpDelivery;

    /** ERP shipment number (SAP TKNUM of the shipment the delivery travels in). */
    @Size(max = 100)
    String erpShipment;

    /** ERP sales order number. */
    @Size(max = 100)
    String erpSalesOrder;

    /** Customer purchase order number. */
    @Size(max = 100)
    String customerPo;

    /** Shop order number as the customer sees it. */
    @Size(max = 100)
    String shopOrder;

    /** Carrier tracking number. */
    @Size(max = 100)
    String trackingNumber;

    /** Builds ExternalReferencess that satisfy their constraints. */
    public static class ExternalReferencesBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public ExternalReferences build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
