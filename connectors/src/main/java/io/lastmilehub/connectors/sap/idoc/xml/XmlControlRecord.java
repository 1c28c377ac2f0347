package io.lastmilehub.connectors.sap.idoc.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code <EDI_DC40 SEGMENT="1">}: the control record's fields as child elements ({@code <DOCNUM>}, {@code <IDOCTYP>},
 * ...; see {@link io.lastmilehub.connectors.sap.idoc.ControlRecord#LAYOUT}), read generically so that a release
 * with more fields still reads.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ControlRecord")
class XmlControlRecord {

    /** Always 1. */
    @XmlAttribute(name = "SEGMENT")
    String segment;

    /** The fields, one element each. */
    @XmlAnyElement
    List<Element> fields = new ArrayList<>();
}
