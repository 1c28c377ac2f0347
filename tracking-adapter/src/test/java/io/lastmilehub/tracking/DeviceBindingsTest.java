package io.lastmilehub.tracking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviceBindingsTest {

    private final DeviceBindings bindings = new DeviceBindings();

    @Test
    void whenBound_itShouldFindTheVehicle() throws DeviceBindings.UnknownDeviceException {
        bindings.bind(new DeviceBindings.Binding("123456", "acme", "van-1", "drv-1"));

        assertThat(bindings.require("123456").vehicleId()).isEqualTo("van-1");
    }

    @Test
    void whenUnknown_itShouldRefuseNamingTheDevice() {
        bindings.bind(new DeviceBindings.Binding("123456", "acme", "van-1", null));
        bindings.unbind("123456");

        assertThatThrownBy(() -> bindings.require("123456"))
                .isInstanceOf(DeviceBindings.UnknownDeviceException.class)
                .hasMessageStartingWith("unknown device '123456'");
    }

    @Test
    void whenAVehicleIdIsLongerThanAPositionCarries_theBindingShouldBeRefusedNamingIt() {
        assertThatThrownBy(() -> new DeviceBindings.Binding("123456", "acme", "v".repeat(101), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("device 123456: vehicleId is longer than 100 characters");
    }
}
