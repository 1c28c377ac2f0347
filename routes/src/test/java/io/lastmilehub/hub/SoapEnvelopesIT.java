package io.lastmilehub.hub;

import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.RawAnswers;
import io.lastmilehub.hub.testsupport.Samples;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SOAP service as plain HTTP, the way an SAP team tries it with curl or SoapUI: hand-written envelopes in SOAP 1.1
 * and 1.2, both kinds of credentials, and what each wrong request gets back.
 */
class SoapEnvelopesIT extends HubIntegrationTest {

    private static final String SOAP11 = "/soap/DeliveryService";
    private static final String SOAP12 = "/soap/DeliveryService12";
    private static final MediaType TEXT_XML = MediaType.parseMediaType("text/xml;charset=UTF-8");
    private static final MediaType SOAP12_XML = MediaType.parseMediaType("application/soap+xml;charset=UTF-8");
    private static final String ENVELOPE11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String ENVELOPE12 = "http://www.w3.org/2003/05/soap-envelope";
    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/"
            + "oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String PASSWORD_TEXT = "http://docs.oasis-open.org/wss/2004/01/"
            + "oasis-200401-wss-username-token-profile-1.0#PasswordText";

    @Test
    void theWsdlAndTheCanonicalSchemaArePublishedWithoutCredentials() {
        ResponseEntity<String> wsdl = http.getForEntity(SOAP11 + "?wsdl", String.class);
        ResponseEntity<String> wsdl12 = http.getForEntity(SOAP12 + "?wsdl", String.class);

        assertThat(wsdl.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(wsdl.getBody()).contains("submitDeliveryOrders", "cancelOrder", "getDeliveryStatus", "getPlan",
                "location=\"" + http.getRootUri() + SOAP11 + "\"", "location=\"" + http.getRootUri() + SOAP12 + "\"");
        assertThat(wsdl12.getBody()).contains("location=\"" + http.getRootUri() + SOAP12 + "\"");
        Matcher imported = Pattern.compile("schemaLocation=\"([^\"]+)\"").matcher(wsdl.getBody());
        assertThat(imported.find()).isTrue();
        String xsd = http.getForObject(imported.group(1).replace(http.getRootUri(), ""), String.class);
        assertThat(xsd).contains("targetNamespace=\"urn:lastmile-hub:canonical:v1\"", "name=\"DeliveryOrder\"");
        assertThat(http.getForEntity("/soap/", String.class).getBody()).doesNotContain("DeliveryService");
    }

    @Test
    void aHandWrittenSoap11EnvelopeWithAUsernameTokenIsAccepted() {
        ResponseEntity<String> answer = soap(SOAP11, TEXT_XML, sample(), null);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains("submitDeliveryOrdersResponse");
        assertThat(text(answer.getBody(), "messageId")).startsWith("msg-");
        assertThat(text(answer.getBody(), "orderId")).startsWith("ord-");
    }

    @Test
    void aSoap12RequestWithHttpBasicIsAnswered() {
        String orderId = submitted();

        ResponseEntity<String> answer = soap(SOAP12, SOAP12_XML, envelope12("", getDeliveryStatus(orderId)),
                basic("demo", DEMO_KEY));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains(ENVELOPE12, "deliveryStatusEvent");
        assertThat(text(answer.getBody(), "status")).isEqualTo("RECEIVED");
    }

    @Test
    void httpBasicWorksOnSoap11AndAWrongBasicPasswordIs401() {
        String orderId = submitted();

        ResponseEntity<String> answer = soap(SOAP11, TEXT_XML, envelope11("", getDeliveryStatus(orderId)),
                basic("demo", DEMO_KEY));
        ResponseEntity<String> refused = soap(SOAP11, TEXT_XML, envelope11("", getDeliveryStatus(orderId)),
                basic("demo", "wrong-key"));
        ResponseEntity<String> otherTenantsKey = soap(SOAP11, TEXT_XML, envelope11("", getDeliveryStatus(orderId)),
                basic("demo", OTHER_KEY));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(text(answer.getBody(), "status")).isEqualTo("RECEIVED");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(otherTenantsKey.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aWrongPasswordIsAFailedAuthenticationFault() {
        ResponseEntity<String> soap11 = soap(SOAP11, TEXT_XML, envelope11(usernameToken("demo", "wrong-key"),
                getDeliveryStatus("ord-any")), null);
        ResponseEntity<String> soap12 = soap(SOAP12, SOAP12_XML, envelope12(usernameToken("demo", OTHER_KEY),
                getDeliveryStatus("ord-any")), null);

        assertThat(soap11.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(faultCode(soap11.getBody())).endsWith(":FailedAuthentication");
        assertThat(soap12.getBody()).contains("Sender", "FailedAuthentication");
    }

    @Test
    void aCallWithoutCredentialsIsRefused() {
        ResponseEntity<String> anonymous = soap(SOAP11, TEXT_XML, envelope11("", getDeliveryStatus("ord-any")),
                null);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(faultCode(anonymous.getBody())).endsWith(":InvalidSecurity");
        assertThat(anonymous.getBody()).doesNotContain("getDeliveryStatusResponse");
    }

    @Test
    void aBadEnvelopeIsAClientFault() {
        ResponseEntity<String> notXml = soap(SOAP11, TEXT_XML, "this is not XML", basic("demo", DEMO_KEY));
        ResponseEntity<String> wrongNamespace = soap(SOAP11, TEXT_XML, envelope11("", getDeliveryStatus("x"))
                .replace(ENVELOPE11, "urn:not-soap"), basic("demo", DEMO_KEY));

        assertThat(notXml.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(faultCode(notXml.getBody())).endsWith(":Client");
        assertThat(faultCode(wrongNamespace.getBody())).endsWith(":VersionMismatch");
    }

    @Test
    void aSoap12EnvelopeAtTheSoap11AddressIsAVersionMismatch() {
        ResponseEntity<String> answer = soap(SOAP11, SOAP12_XML, envelope12("", getDeliveryStatus("ord-any")),
                basic("demo", DEMO_KEY));

        assertThat(faultCode(answer.getBody())).endsWith(":VersionMismatch");
    }

    @Test
    void aValueThatCannotBeReadIsATypedFaultNamingTheElement() {
        ResponseEntity<String> answer = soap(SOAP11, TEXT_XML, sample().replace(
                "<lm:serviceTimeSeconds>180<", "<lm:serviceTimeSeconds>3 min<"), null);

        assertThat(faultCode(answer.getBody())).endsWith(":Client");
        assertThat(text(answer.getBody(), "code")).isEqualTo("INVALID_MESSAGE");
        assertThat(text(answer.getBody(), "field")).isEqualTo("serviceTimeSeconds");
    }

    @Test
    void aDtdWithAnExternalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + envelope11(usernameToken("&xxe;", DEMO_KEY), getDeliveryStatus("&xxe;"));

        ResponseEntity<String> refused = soap(SOAP11, TEXT_XML, xxe, basic("demo", DEMO_KEY));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(faultCode(refused.getBody())).endsWith(":Client");
        assertThat(refused.getBody()).doesNotContain("root:");
    }

    @Test
    void anUnknownOrderIsATypedClientFault() {
        ResponseEntity<String> answer = soap(SOAP11, TEXT_XML, envelope11(usernameToken("demo", DEMO_KEY),
                getDeliveryStatus("ord-unknown")), null);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(faultCode(answer.getBody())).endsWith(":Client");
        assertThat(text(answer.getBody(), "code")).isEqualTo("NOT_FOUND");
        assertThat(text(answer.getBody(), "field")).isEqualTo("orderId");
        assertThat(text(answer.getBody(), "reason")).isEqualTo("order ord-unknown not found");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeAuthenticationOrParsing() throws Exception {
        int overTheLimit = 10 * 1024 * 1024 + 1; // lastmile.inbound.max-payload-size (10 MB), plus one byte
        for (String credentials : new String[] {"", "Authorization: " + basic("demo", DEMO_KEY) + "\r\n"}) {
            // Only the headers: the answer comes before the body would have been read.
            String declared = rawPost(credentials + "Content-Length: " + overTheLimit + "\r\n", new byte[0]);
            // A chunked body of unknown length is read up to the limit and no further.
            String chunked = rawPost(credentials + "Transfer-Encoding: chunked\r\n", chunked(overTheLimit));

            for (String answer : List.of(declared, chunked)) {
                assertThat(answer).startsWith("HTTP/1.1 413").contains("\"error\":\"payload_too_large\"",
                        "lastmile.inbound.max-payload-size");
            }
        }
    }

    /** A POST to the SOAP 1.1 address over a plain socket, with these extra headers; the answer's head and body. */
    private String rawPost(String headers, byte[] body) throws IOException {
        URI root = URI.create(http.getRootUri());
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + SOAP11 + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/xml\r\n"
                    + "Connection: close\r\n" + headers + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return RawAnswers.read(socket.getInputStream());
        }
    }

    /** A chunked body of this many bytes, in chunks of 64 KiB. */
    private static byte[] chunked(int size) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(size + size / 1024 + 16);
        for (int written = 0; written < size; written += 65_536) {
            int length = Math.min(65_536, size - written);
            body.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(" ".repeat(length).getBytes(StandardCharsets.US_ASCII));
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    /** An order of the demo tenant, submitted as the sample envelope with a new source message id. */
    private String submitted() {
        String messageId = "soap-it-" + System.nanoTime();
        String answer = soap(SOAP11, TEXT_XML, sample().replace("<lm:messageId>0080001234</lm:messageId>",
                "<lm:messageId>" + messageId + "</lm:messageId>"), null).getBody();
        return text(answer, "orderId");
    }

    private ResponseEntity<String> soap(String path, MediaType type, String envelope, String authorization) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        if (authorization != null) {
            headers.set(HttpHeaders.AUTHORIZATION, authorization);
        }
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(envelope.getBytes(StandardCharsets.UTF_8),
                headers), String.class);
    }

    private static String sample() {
        return new String(Samples.read("soap/submit-delivery-order.soap11.xml"), StandardCharsets.UTF_8);
    }

    private static String envelope11(String security, String body) {
        return envelope(ENVELOPE11, security, body);
    }

    private static String envelope12(String security, String body) {
        return envelope(ENVELOPE12, security, body);
    }

    private static String envelope(String namespace, String security, String body) {
        return "<s:Envelope xmlns:s=\"" + namespace + "\"><s:Header>" + security + "</s:Header><s:Body>" + body
                + "</s:Body></s:Envelope>";
    }

    private static String usernameToken(String user, String password) {
        return "<wsse:Security xmlns:wsse=\"" + WSSE + "\"><wsse:UsernameToken><wsse:Username>" + user
                + "</wsse:Username><wsse:Password Type=\"" + PASSWORD_TEXT + "\">" + password
                + "</wsse:Password></wsse:UsernameToken></wsse:Security>";
    }

    private static String getDeliveryStatus(String orderId) {
        return "<getDeliveryStatus xmlns=\"urn:lastmile-hub:soap:delivery:v1\"><orderId>" + orderId
                + "</orderId></getDeliveryStatus>";
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The text of the first element of this local name, whatever its prefix. */
    private static String text(String xml, String localName) {
        Matcher element = Pattern.compile("<(\\w+:)?" + localName + ">([^<]*)</").matcher(String.valueOf(xml));
        assertThat(element.find()).as(xml).isTrue();
        return element.group(2);
    }

    /** The SOAP 1.1 faultcode, e.g. {@code soap:Client}. */
    private static String faultCode(String fault) {
        Matcher code = Pattern.compile("<faultcode[^>]*>([^<]+)</faultcode>").matcher(String.valueOf(fault));
        assertThat(code.find()).as(fault).isTrue();
        return code.group(1);
    }
}
