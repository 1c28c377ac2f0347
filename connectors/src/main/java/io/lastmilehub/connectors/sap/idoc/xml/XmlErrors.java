package io.lastmilehub.connectors.sap.idoc.xml;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/** Parser errors as the sender can act on them: line, column and the parser's own words. */
final class XmlErrors {

    private static final String MESSAGE_PREFIX = "Message: ";

    private XmlErrors() {
    }

    /** E.g. {@code line 12, column 7: The element type "VBELN" must be terminated by the matching end-tag}. */
    static String describe(XMLStreamException e) {
        Location location = e.getLocation();
        String message = String.valueOf(e.getMessage());
        // The JDK parser prefixes its message with "ParseError at [row,col]:[r,c]\nMessage: ".
        int start = message.indexOf(MESSAGE_PREFIX);
        String text = start < 0 ? message : message.substring(start + MESSAGE_PREFIX.length());
        return location == null ? text
                : "line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ": " + text;
    }
}
