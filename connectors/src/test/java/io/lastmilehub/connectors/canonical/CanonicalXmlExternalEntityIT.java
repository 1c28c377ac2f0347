package io.lastmilehub.connectors.canonical;

import com.sun.net.httpserver.HttpServer;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Proves that canonical XML never fetches an external entity or DTD: the entities point at an HTTP server on the
 * loopback interface that counts every request it gets.
 */
class CanonicalXmlExternalEntityIT {

    private static final String ORDER = "<lm:deliveryOrder xmlns:lm=\"urn:lastmile-hub:canonical:v1\">"
            + "<lm:tenant>acme&xxe;</lm:tenant></lm:deliveryOrder>";

    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private String url;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY xxe \"leaked\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/entities.dtd";
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE lm:deliveryOrder SYSTEM \"URL\">",
        "<!DOCTYPE lm:deliveryOrder [<!ENTITY xxe SYSTEM \"URL\">]>",
        "<!DOCTYPE lm:deliveryOrder [<!ENTITY % remote SYSTEM \"URL\"> %remote;]>"
    })
    void whenAnOrderReferencesARemoteEntity_itShouldBeRefusedWithoutAnyRequest(String doctype) {
        byte[] xml = (doctype.replace("URL", url) + ORDER).getBytes(StandardCharsets.UTF_8);

        MappingException failure = catchThrowableOfType(MappingException.class, () -> new CanonicalXmlMapper()
                .map(new InboundMessage("acme", CanonicalXmlMapper.FORMAT, xml, Map.of())));

        assertThat(failure.getField()).isEqualTo(CanonicalXml.DOCTYPE);
        assertThat(requests).as("requests to the entity server").hasValue(0);
    }

    @Test
    void whenAParserResolvesEntities_theServerShouldSeeIt() throws Exception {
        byte[] xml = ("<!DOCTYPE lm:deliveryOrder SYSTEM \"" + url + "\">" + ORDER).getBytes(StandardCharsets.UTF_8);

        // The control: a default (insecure) parser fetches the DTD, so the count above would have caught a fetch.
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));

        assertThat(requests.get()).isPositive();
    }
}
