package org.smartcourt.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalityTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "山东省济南市历下区泉城路1号, 济南市, 历下区",
        "济南市市中区经七路1号, 济南市, 市中区",
        "山东省济南市平阴县榆山街道, 济南市, 平阴县",
        "北京市海淀区中关村大街1号, 北京市, 海淀区",
        "内蒙古自治区呼和浩特市新城区, 呼和浩特市, 新城区",
        "山东省青岛市胶州市北京东路, 青岛市, 胶州市"
    })
    void theDistrictOrCountyIsReadFromTheStartOfAnAddress(String address, String prefecture, String county) {
        assertThat(Locality.of(address)).contains(new Locality(prefecture, county));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"泉城路1号", "'   '", "山东省"})
    void anAddressWithoutACountyIsNotUnderstood(String address) {
        assertThat(Locality.of(address)).isEmpty();
    }
}
