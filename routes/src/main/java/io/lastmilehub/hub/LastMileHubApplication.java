package io.lastmilehub.hub;

import io.lastmilehub.hub.cli.CheckCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.Arrays;

/** LastMile Hub: integration middleware for last-mile delivery. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LastMileHubApplication {

    public static void main(String[] args) {
        if (args.length > 0 && CheckCommand.NAME.equals(args[0])) {
            // a client of a running hub: no application context, no ports
            System.exit(new CheckCommand(System.out, System.getenv()).run(Arrays.copyOfRange(args, 1, args.length)));
        }
        try {
            SpringApplication.run(LastMileHubApplication.class, args);
        } catch (RuntimeException e) {
            // Spring Boot has logged why; the broker's and Camel's threads must not keep a failed hub alive.
            System.exit(1);
        }
    }
}
