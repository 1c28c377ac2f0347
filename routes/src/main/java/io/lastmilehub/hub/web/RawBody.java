package io.lastmilehub.hub.web;

/**
 * A request body exactly as the client sent it, whatever its Content-Type claims: a controller that takes a raw
 * message declares a parameter of this type instead of {@code @RequestBody} (which, for curl's default
 * {@code application/x-www-form-urlencoded}, would get the body re-built from form parameters).
 *
 * @param bytes       the body; empty when there is none
 * @param contentType the Content-Type header as sent, or null
 */
public record RawBody(byte[] bytes, String contentType) {

    public boolean isBlank() {
        return bytes.length == 0 || text().isBlank();
    }

    /** The body as text, in the character set {@link MessageCharset} finds; bytes not valid in it are refused. */
    public String text() {
        return MessageCharset.decode(bytes, contentType);
    }
}
