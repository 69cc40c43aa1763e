package org.smartcourt.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ServiceRateTests {

    @Test
    void theRateIsTheShareOfEffectiveServicesThatWereElectronic() {
        assertThat(new ServiceRate(927, 1000, 40).percent()).contains(new BigDecimal("92.7"));
        assertThat(new ServiceRate(2, 3, 0).percent()).contains(new BigDecimal("66.7"));
    }

    @Test
    void withNothingServedThereIsNoRate() {
        assertThat(new ServiceRate(0, 0, 5).percent()).isEmpty();
    }
}
