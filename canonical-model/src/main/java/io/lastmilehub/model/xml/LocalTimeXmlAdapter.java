package io.lastmilehub.model.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

import java.time.LocalTime;

/** Local times of day in XML as ISO-8601 (HH:mm or HH:mm:ss). */
public class LocalTimeXmlAdapter extends XmlAdapter<String, LocalTime> {

    @Override
    public LocalTime unmarshal(String value) {
        return value == null || value.isBlank() ? null : LocalTime.parse(value.trim());
    }

    @Override
    public String marshal(LocalTime value) {
        return value == null ? null : value.toString();
    }
}
