package io.lastmilehub.model.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

import java.time.DayOfWeek;
import java.util.Locale;

/** Days of the week in XML as their English names, e.g. MONDAY, as in JSON. */
public class DayOfWeekXmlAdapter extends XmlAdapter<String, DayOfWeek> {

    @Override
    public DayOfWeek unmarshal(String value) {
        return value == null || value.isBlank() ? null : DayOfWeek.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String marshal(DayOfWeek value) {
        return value == null ? null : value.name();
    }
}
