package io.lastmilehub.hub.inbound.jobs;

import org.springframework.data.jpa.repository.JpaRepository;

interface InboundJobPayloadRepository extends JpaRepository<InboundJobPayloadEntity, String> {
}
