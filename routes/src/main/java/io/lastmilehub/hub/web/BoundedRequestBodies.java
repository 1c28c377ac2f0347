package io.lastmilehub.hub.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.config.HubProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Refuses a request body larger than {@code lastmile.inbound.max-payload-size} with 413 before anything reads it:
 * before authentication, before CXF parses a SOAP envelope (WS-Security builds it in memory) and before Jackson reads
 * a JSON body. A body of declared length is judged by its {@code Content-Length}; a chunked one is read up to the
 * limit, and no further. Multipart uploads (proofs of delivery) pass: their own limits
 * ({@code spring.servlet.multipart.*}) are checked against the {@code Content-Length} before they are read.
 */
public class BoundedRequestBodies extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;

    public BoundedRequestBodies(HubProperties properties) {
        this.maxBytes = properties.inbound().maxPayloadSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            tooLarge(response);
            return;
        }
        if (declared >= 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
        if (body.length > maxBytes) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new Buffered(request, body), response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        // The connection is closed rather than the rest of the body read and thrown away.
        response.setHeader("Connection", "close");
        byte[] body = JSON.writeValueAsBytes(new ApiError("payload_too_large", "the request body is larger than "
                + maxBytes + " bytes (lastmile.inbound.max-payload-size)", List.of(), null));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        // On the wire now, while the client may still be sending: nothing waits for the unread body.
        response.flushBuffer();
    }

    /** A request whose body was read, within the limit, and is replayed from memory. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream content = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return content.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return content.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return content.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("read synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
