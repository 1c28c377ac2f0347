package io.lastmilehub.hub.camel;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.springframework.stereotype.Component;

/**
 * Keeps Camel's HTTP client from sending a request again by itself: Apache HttpClient 5 repeats a request answered
 * 503 or 429 once, POSTs included, so a carrier's manifest endpoint or an SAP port that answered 503 got each
 * document twice per try. How often a delivery is tried is the hub's redelivery's to decide ({@code
 * lastmile.redelivery}). Set on the component as {@code camel.component.http.http-client-configurer}.
 */
@Component("httpWithoutAutomaticRetries")
public class HttpWithoutAutomaticRetries implements HttpClientConfigurer {

    @Override
    public void configureHttpClient(HttpClientBuilder clientBuilder) {
        clientBuilder.disableAutomaticRetries();
    }
}
