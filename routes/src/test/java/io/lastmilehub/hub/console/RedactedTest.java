package io.lastmilehub.hub.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactedTest {

    @Test
    void aSettingNamedLikeACredentialIsHiddenWhole() {
        assertThat(Redacted.value("password", "s3cret")).isEqualTo(Redacted.HIDDEN);
        assertThat(Redacted.value("webhookSecret", "whsec")).isEqualTo(Redacted.HIDDEN);
        assertThat(Redacted.value("privateKeyFile", "/keys/id_ed25519")).isEqualTo(Redacted.HIDDEN);
    }

    @Test
    void aUriLosesItsUserInformationAndCredentialParameters() {
        assertThat(Redacted.value("endpoint", "sftp://edi:hunter2@sftp.example.com:22/in?password=hunter2&delay=5"))
                .isEqualTo("sftp://***@sftp.example.com:22/in?password=***&delay=5");
        assertThat(Redacted.value("endpoint", "https://api.example.com/m?apiKey=abc&format=json"))
                .isEqualTo("https://api.example.com/m?apiKey=***&format=json");
    }

    @Test
    void anOrdinarySettingIsShownAsItIs() {
        assertThat(Redacted.value("directory", "./data/inbox/demo/shopify")).isEqualTo("./data/inbox/demo/shopify");
        assertThat(Redacted.value("endpoint", "file:./data/outbox/dpx")).isEqualTo("file:./data/outbox/dpx");
    }
}
