package org.smartcourt.fees.application;

import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the fee engine.
 *
 * @param roundingScale decimals of a fee to pay: 2 (fen, default), 1 or 0 (whole yuan)
 * @param roundingMode how the exact fee is rounded, once, at the end (default HALF_UP)
 * @param defaultProvince province whose amounts apply when a quote names none (default: the data file's, 鲁)
 * @param schedules where the schedule versions are read
 * @param provincialAmounts where the provincial amounts are read
 */
@ConfigurationProperties("smartcourt.fees")
public record FeesProperties(
        @DefaultValue("2") int roundingScale,
        @DefaultValue("HALF_UP") RoundingMode roundingMode,
        @Nullable String defaultProvince,
        @DefaultValue("classpath*:fees/schedules/*.json") String schedules,

        @DefaultValue("classpath:fees/provincial-amounts.json")
        String provincialAmounts) {}
