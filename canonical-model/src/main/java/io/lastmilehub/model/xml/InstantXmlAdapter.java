package io.lastmilehub.model.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Instants in XML as ISO-8601 date-times; an offset other than Z is accepted on the way in. */
public class InstantXmlAdapter extends XmlAdapter<String, Instant> {

    @Override
    public Instant unmarshal(String value) {
        return value == null || value.isBlank() ? null : OffsetDateTime.parse(value.trim()).toInstant();
    }

    @Override
    public String marshal(Instant value) {
        return value == null ? null : value.toString();
    }
}
