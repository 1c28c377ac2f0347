package io.lastmilehub.hub.planning;

import io.lastmilehub.model.Plan;
import java.time.LocalDate;

/**
 * Keeps what follows a stored plan in step with it, in the transaction that stores it (reporting keeps its rows so);
 * an interface here so that planning need not depend on the features that read plans.
 */
public interface StoredPlanRecorder {

    /** Records a plan version just stored for the tenant's depot and day. */
    void record(String tenant, LocalDate day, Plan plan);
}
