package io.lastmilehub.acceptance.support;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A test class on the {@link SharedHub}: it takes a {@link HubProcess} in its constructor or methods. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({HubLogOnFailure.class, SharedHub.class})
public @interface AcceptanceTest {
}
