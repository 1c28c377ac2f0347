package io.lastmilehub.hub.messagelog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.AccessLevel;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One business key of a logged message: its type and its value, e.g. DOCNUM 93000001. */
@Embeddable
@Getter
@EqualsAndHashCode
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class BusinessKey {

    /** Longer values are cut: no key the hub knows comes close, and the column is indexed. */
    static final int MAX_VALUE = 200;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_type")
    private KeyType type;
    @Column(name = "key_value")
    private String value;

    public BusinessKey(KeyType type, String value) {
        this.type = type;
        this.value = value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value;
    }

    @Override
    public String toString() {
        return type + " " + value;
    }
}
