package io.lastmilehub.benchmarks.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The start-up baseline: Spring Boot with Spring MVC on Tomcat and the health endpoint, and nothing else. */
@SpringBootApplication
public class BareWebApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareWebApplication.class, args);
    }
}
