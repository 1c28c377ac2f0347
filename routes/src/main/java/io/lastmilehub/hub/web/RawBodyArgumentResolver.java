package io.lastmilehub.hub.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a {@link RawBody} straight from the request's input stream, up to a limit: nothing on the way (form parameter
 * parsing, message converters) may have touched it.
 */
final class RawBodyArgumentResolver implements HandlerMethodArgumentResolver {

    private final DataSize limit;

    RawBodyArgumentResolver(DataSize limit) {
        this.limit = limit;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == RawBody.class;
    }

    @Override
    public RawBody resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                   NativeWebRequest request, WebDataBinderFactory binders) throws IOException {
        HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
        long max = limit.toBytes();
        if (http.getContentLengthLong() > max) {
            throw new PayloadTooLargeException(http.getContentLengthLong(), max);
        }
        try (InputStream in = http.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new PayloadTooLargeException(-1, max);
            }
            return new RawBody(bytes, http.getHeader(HttpHeaders.CONTENT_TYPE));
        }
    }
}
