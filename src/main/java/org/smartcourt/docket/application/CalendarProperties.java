package org.smartcourt.docket.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the statutory holidays and working weekend days are listed (one {@code yyyy-MM-dd HOLIDAY|WORKDAY} per line).
 *
 * @param holidays a Spring resource location, {@code classpath:} or {@code file:}
 */
@ConfigurationProperties("smartcourt.calendar")
public record CalendarProperties(
        @DefaultValue("classpath:calendar/holidays-cn.txt") Resource holidays) {}
