package io.lastmilehub.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** LastMile Hub: integration middleware for last-mile delivery. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LastMileHubApplication {

    public static void main(String[] args) {
        try {
            SpringApplication.run(LastMileHubApplication.class, args);
        } catch (RuntimeException e) {
            // Spring Boot has logged why; the broker's and Camel's threads must not keep a failed hub alive.
            System.exit(1);
        }
    }
}
