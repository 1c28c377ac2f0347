package io.lastmilehub.hub.inbound;

/**
 * Where storing a message has got to, told while it is stored when the message is taken in as a job (after its 202):
 * its sender follows the job meanwhile. Messages answered when stored tell nobody.
 */
public interface StoreProgress {

    /** Header naming the job a message is taken in for. */
    String JOB_HEADER = "LastMileInboundJob";

    /**
     * @param jobId  the job
     * @param stored orders of the message stored so far (0 once it is read and checked)
     * @param total  orders the message carries
     */
    void stored(String jobId, int stored, int total);
}
