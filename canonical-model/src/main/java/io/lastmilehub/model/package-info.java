/**
 * The canonical delivery model: immutable types with validating builders, JAXB and Jackson bound.
 */
@XmlSchema(namespace = SchemaVersion.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "lm", namespaceURI = SchemaVersion.NAMESPACE))
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapters({
        @XmlJavaTypeAdapter(type = Instant.class, value = InstantXmlAdapter.class),
        @XmlJavaTypeAdapter(type = LocalTime.class, value = LocalTimeXmlAdapter.class),
        @XmlJavaTypeAdapter(type = DayOfWeek.class, value = DayOfWeekXmlAdapter.class)
})
package io.lastmilehub.model;

import io.lastmilehub.model.xml.DayOfWeekXmlAdapter;
import io.lastmilehub.model.xml.InstantXmlAdapter;
import io.lastmilehub.model.xml.LocalTimeXmlAdapter;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
