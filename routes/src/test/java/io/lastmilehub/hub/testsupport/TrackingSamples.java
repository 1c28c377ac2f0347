package io.lastmilehub.hub.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real tracking samples with their epoch-second times ({@code timestamp}, {@code tst}) moved to the last hours,
 * each later than the one before: the hub drops fixes older than a day or older than the device's last one.
 */
public final class TrackingSamples {

    private static final Pattern EPOCH_SECONDS = Pattern.compile("(\"(?:timestamp|tst)\"\\s*:\\s*)\\d{10}");
    /** Report times of every test in this JVM, 2 s apart, starting an hour ago. */
    private static final AtomicLong REPORT_TIME = new AtomicLong(Instant.now().getEpochSecond() - 3600);

    private TrackingSamples() {
    }

    /** The sample's text with recent times. */
    public static String recent(String sample) {
        return withRecentTimes(new String(Samples.read(sample), StandardCharsets.UTF_8));
    }

    /** The message's text with recent times. */
    public static String withRecentTimes(String message) {
        Matcher matcher = EPOCH_SECONDS.matcher(message);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, matcher.group(1) + nextReportTime());
        }
        return matcher.appendTail(out).toString();
    }

    /** A report time later than every one before. */
    private static long nextReportTime() {
        return REPORT_TIME.addAndGet(2);
    }
}
