package io.lastmilehub.model;

import jakarta.validation.Valid;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Singular;
import lombok.Value;

import java.util.List;

/** A batch of delivery orders in one document, as ERPs and WMSs send them. */
@Value
@Builder
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlRootElement(name = "deliveryOrders")
@XmlType(name = "DeliveryOrders")
public class DeliveryOrders {

    /** The orders, in the sender's order. */
    @XmlElement(name = "deliveryOrder")
    @Singular
    @Valid
    List<DeliveryOrder> orders;

    /** Never null: a document that leaves the list out reads as an empty list. */
    public List<DeliveryOrder> getOrders() {
        return orders == null ? List.of() : orders;
    }
}
