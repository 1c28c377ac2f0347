package io.lastmilehub.hub.pod;

import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.pod.DirectoryDocumentStore;
import io.lastmilehub.pod.DocumentStore;
import io.lastmilehub.pod.LockerCodes;
import io.lastmilehub.pod.PinVerifier;
import io.lastmilehub.pod.PodAssembler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** The proof-of-delivery library's parts as beans: documents under the data directory, PIN checks, assembly. */
@Configuration
public class PodBeans {

    /** Largest photo or signature accepted. */
    private static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
    /** Wrong attempts before a PIN is locked. */
    private static final int PIN_ATTEMPTS = 5;

    @Bean
    DocumentStore documentStore(HubProperties properties) throws IOException {
        return new DirectoryDocumentStore(Path.of(properties.dataDir(), "documents"), MAX_DOCUMENT_BYTES);
    }

    @Bean
    PodAssembler podAssembler(DocumentStore documents) {
        return new PodAssembler(documents);
    }

    @Bean
    PinVerifier pinVerifier(Clock clock) {
        return new PinVerifier(PIN_ATTEMPTS, clock);
    }

    @Bean
    LockerCodes lockerCodes(Clock clock) {
        return new LockerCodes(clock);
    }
}
