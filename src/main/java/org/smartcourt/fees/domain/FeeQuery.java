package org.smartcourt.fees.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What to assess, on which day (it picks the schedule in force) and in which province (null: the default one). */
public record FeeQuery(
        FeeFacts facts, LocalDate on, @Nullable String province) {}
