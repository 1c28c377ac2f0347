package io.lastmilehub.hub.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfiguredPathsTest {

    @TempDir
    Path dir;

    @Test
    void whenAListSettingIsEmptyOrBlank_itShouldMeanNone() {
        assertThat(ConfiguredPaths.directories("lastmile.edi.extra-partner-dirs", "")).isEmpty();
        assertThat(ConfiguredPaths.directories("lastmile.edi.extra-partner-dirs", " , ")).isEmpty();
        assertThat(ConfiguredPaths.directories("lastmile.edi.extra-partner-dirs", null)).isEmpty();
    }

    @Test
    void whenAListSettingNamesDirectories_itShouldGiveEach() throws IOException {
        Path other = Files.createDirectory(dir.resolve("other"));
        assertThat(ConfiguredPaths.directories("k", dir + ", " + other)).containsExactly(dir, other);
    }

    @Test
    void whenADirectoryIsMissing_itShouldNameKeyValueAndReasonOnOneLine() {
        assertThatThrownBy(() -> ConfiguredPaths.directories("lastmile.edi.extra-partner-dirs", dir + "/nope"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("lastmile.edi.extra-partner-dirs: '" + dir + "/nope': no such directory")
                .hasMessageNotContaining("\n");
    }

    @Test
    void whenAFileSettingNamesADirectoryOrNothing_itShouldSaySo() {
        assertThatThrownBy(() -> ConfiguredPaths.file("lastmile.tenants.demo.fleet-file", dir))
                .hasMessage("lastmile.tenants.demo.fleet-file: '" + dir + "': is not a file");
        assertThatThrownBy(() -> ConfiguredPaths.file("lastmile.tenants.demo.fleet-file", dir.resolve("x.yaml")))
                .hasMessageStartingWith("lastmile.tenants.demo.fleet-file: '" + dir.resolve("x.yaml")
                        + "': no such file");
    }
}
