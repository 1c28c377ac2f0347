package io.lastmilehub.hub.inbound.jobs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The bytes of a job's message, kept until the job is finished (then the stored message or its dead letter has them). */
@Entity
@Table(name = "inbound_job_payload")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class InboundJobPayloadEntity {

    @Id
    private String jobId;
    private byte[] payload;

    InboundJobPayloadEntity(String jobId, byte[] payload) {
        this.jobId = jobId;
        this.payload = payload;
    }
}
