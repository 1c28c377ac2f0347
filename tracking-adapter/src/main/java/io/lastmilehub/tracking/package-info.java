/**
 * Telemetry intake and processing, plain Java (no Camel, no Spring). Decoders ({@link
 * io.lastmilehub.tracking.ProtocolDecoder}: OsmAnd / Traccar Client query and JSON, flespi, OwnTracks) turn
 * device messages into {@link io.lastmilehub.tracking.DeviceReport}s; the {@link
 * io.lastmilehub.tracking.PositionChain} runs each through small handlers (filter, distance, motion, geofence,
 * ETA, delay, cold chain) and returns canonical positions and status events for the routes to publish.
 */
package io.lastmilehub.tracking;
