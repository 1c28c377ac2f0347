package io.lastmilehub.connectors.sap.idoc.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/** One {@code <IDOC BEGIN="1">}: the control record first, then the data segments, read generically. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Idoc", propOrder = {"control", "segments"})
class XmlIdoc {

    /** Always 1: marks the start of an IDoc. */
    @XmlAttribute(name = "BEGIN")
    String begin;

    /** The control record. */
    @XmlElement(name = "EDI_DC40")
    XmlControlRecord control;

    /** The data segments (E1..., Z1...), each with its fields and child segments. */
    @XmlAnyElement
    List<Element> segments = new ArrayList<>();
}
