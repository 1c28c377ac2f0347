package io.lastmilehub.acceptance.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes one hub, started from the shipped config on first use and stopped with SIGTERM when the whole
 * run ends: starting the jar is the slow part, so the classes that do not restart it share it. They must therefore
 * use data of their own (their own message ids, plan dates).
 */
public final class SharedHub implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedHub.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == HubProcess.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, key -> new Running(HubProcess.startShipped()), Running.class)
                .hub();
    }

    /** Closed by JUnit when the root context ends, after the last test class. */
    private record Running(HubProcess hub) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            hub.close();
        }
    }
}
