package io.lastmilehub.hub.orders;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A row whose id the hub assigns and that has no version column. Spring Data cannot tell such a row is new, so its
 * save merged it, selecting it by id first: one query per status event or parcel update, 10,000 for a large batch.
 * A row created here is new until persisted; one read from the database is not.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<String> {

    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }
}
