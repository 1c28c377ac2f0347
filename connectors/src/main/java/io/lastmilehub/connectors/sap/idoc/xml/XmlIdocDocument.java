package io.lastmilehub.connectors.sap.idoc.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/**
 * The root of an IDoc-XML document. Its element is named after the IDoc type ({@code <DELVRY07>}, or the extension
 * type such as {@code <ZDELVRY07>}), so it is bound as a declared type rather than a root element:
 * <pre>{@code
 * <DELVRY07>
 *   <IDOC BEGIN="1">
 *     <EDI_DC40 SEGMENT="1">...</EDI_DC40>
 *     <E1EDL20 SEGMENT="1">...</E1EDL20>
 *   </IDOC>
 * </DELVRY07>
 * }</pre>
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "IdocDocument")
class XmlIdocDocument {

    /** The IDocs of the document; the hub takes exactly one. */
    @XmlElement(name = "IDOC")
    List<XmlIdoc> idocs = new ArrayList<>();
}
