/**
 * Proof of delivery, plain Java (no Camel, no Spring): content-addressed document storage ({@link
 * io.lastmilehub.pod.DocumentStore}), PIN/OTP checks, barcode matching, age checks, parcel-locker one-time codes,
 * unguessable tokens, and the {@link io.lastmilehub.pod.PodAssembler} that enforces an order's POD requirements
 * and builds the canonical proof.
 */
package io.lastmilehub.pod;
