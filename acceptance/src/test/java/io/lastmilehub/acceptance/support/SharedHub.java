package io.lastmilehub.acceptance.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes one hub per test JVM, started from the shipped config on first use and ended with that JVM
 * (by {@link HubProcess}'s shutdown hook): starting the jar is the slow part, so the classes that do not restart it
 * share it. They must therefore use data of their own (their own message ids, plan dates).
 * <p>
 * Not JUnit's root store: failsafe runs the classes in two JVMs, and launches each class on its own there, so the
 * root context (and whatever it holds) ends after every class.
 */
public final class SharedHub implements ParameterResolver {

    private static HubProcess running;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == HubProcess.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return hub();
    }

    private static synchronized HubProcess hub() {
        if (running == null) {
            running = HubProcess.startShipped();
        }
        return running;
    }
}
