package io.lastmilehub.hub.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricsCredentialTest {

    @Test
    void whenTheCollectorPresentsItsPassword_itShouldBeLetInAsMetricsReader() {
        for (String configured : new String[] {"s3cret", Secrets.hashed("s3cret")}) {
            MetricsCredential credential = new MetricsCredential(new MetricsProperties("prometheus", configured));

            Authentication in = credential.authenticate(basic("prometheus", "s3cret"));

            assertThat(in.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                    .containsExactly("ROLE_METRICS");
        }
    }

    @Test
    void whenTheUserOrPasswordIsWrong_itShouldBeRefused() {
        MetricsCredential credential = new MetricsCredential(new MetricsProperties("prometheus", "s3cret"));

        assertThatThrownBy(() -> credential.authenticate(basic("prometheus", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> credential.authenticate(basic("demo", "s3cret")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void whenNoCredentialIsConfigured_itShouldRefuseEveryone() {
        MetricsCredential credential = new MetricsCredential(new MetricsProperties(null, null));

        assertThatThrownBy(() -> credential.authenticate(basic("prometheus", "")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> credential.authenticate(basic("", "")))
                .isInstanceOf(BadCredentialsException.class);
    }

    private static Authentication basic(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
