package org.smartcourt.fees.domain;

import java.time.LocalDate;
import java.util.Map;
import org.smartcourt.shared.Money;

/**
 * The amounts one province fixed inside the statutory ranges (Art. 13 para. 2), from {@code effectiveFrom}.
 * {@code placeholder} marks values that were not taken from the province's official notice.
 */
public record ProvincialAmounts(
        String province, String name, LocalDate effectiveFrom, boolean placeholder, Map<FeeItem, Money> amounts) {

    public ProvincialAmounts {
        amounts = Map.copyOf(amounts);
        if (province.isBlank()) {
            throw new IllegalArgumentException("Provincial amounts need a province");
        }
    }
}
