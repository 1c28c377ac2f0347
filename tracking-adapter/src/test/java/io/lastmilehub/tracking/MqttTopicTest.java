package io.lastmilehub.tracking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MqttTopicTest {

    @Test
    void whenTheDeviceLevelFollowsFixedLevels_theDevicesTopicsShouldStartWithThemAndItsId() {
        assertThat(new MqttTopic("device-json", "lastmile/devices/+/position", 2).topicsOf("van-1"))
                .isEqualTo("lastmile/devices/van-1/");
        assertThat(new MqttTopic("owntracks", "owntracks/+/+", 1).topicsOf("van-1")).isEqualTo("owntracks/van-1/");
    }

    @Test
    void whenTheDeviceLevelIsNoWildcard_itShouldBeRefusedNamingTheFilter() {
        assertThatThrownBy(() -> new MqttTopic("gps", "gps/devices/position", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level 1 of 'gps/devices/position'");
        assertThatThrownBy(() -> new MqttTopic("gps", "gps/+", 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whenALevelBeforeTheDevicesIsAWildcard_itShouldBeRefused() {
        // a device could otherwise claim topics under any first level, other devices' included
        assertThatThrownBy(() -> new MqttTopic("gps", "+/+/position", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be fixed");
        assertThatThrownBy(() -> new MqttTopic("gps", "#/+", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
