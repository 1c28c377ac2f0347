package io.lastmilehub.acceptance.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/** A failing test reports the tail of the log of the hub started last, as a suppressed exception of its failure. */
public final class HubLogOnFailure implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withLog(failure);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        throw withLog(failure);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        throw withLog(failure);
    }

    private static Throwable withLog(Throwable failure) {
        HubProcess hub = HubProcess.lastStarted();
        if (hub != null && !(failure instanceof TestAbortedException) && !showsLog(failure)) {
            failure.addSuppressed(new HubLog(hub.logTail()));
        }
        return failure;
    }

    /** A failed start-up already carries the log in its message. */
    private static boolean showsLog(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(HubProcess.LOG_HEADING)) {
                return true;
            }
        }
        return false;
    }

    /** Only a carrier for the log text: no stack trace of its own. */
    private static final class HubLog extends RuntimeException {

        HubLog(String tail) {
            super(tail, null, false, false);
        }
    }
}
