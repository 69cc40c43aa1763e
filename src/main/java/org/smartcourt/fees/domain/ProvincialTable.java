package org.smartcourt.fees.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** The provincial amounts of every province, by effective date, and the province used when none is named. */
public record ProvincialTable(String defaultProvince, List<ProvincialAmounts> entries) {

    public ProvincialTable {
        entries = entries.stream()
                .sorted(Comparator.comparing(ProvincialAmounts::effectiveFrom))
                .toList();
        var named = defaultProvince;
        if (entries.stream().noneMatch(entry -> entry.province().equals(named))) {
            throw new IllegalArgumentException("The default province " + defaultProvince + " has no amounts");
        }
    }

    public Set<String> provinces() {
        var provinces = new TreeSet<String>();
        entries.forEach(entry -> provinces.add(entry.province()));
        return provinces;
    }

    /** The amounts in force in {@code province} (the default one when null) on {@code day}. */
    public ProvincialAmounts inForce(@Nullable String province, LocalDate day) {
        var wanted = province == null || province.isBlank() ? defaultProvince : province.strip();
        ProvincialAmounts found = null;
        for (var entry : entries) {
            if (entry.province().equals(wanted) && !entry.effectiveFrom().isAfter(day)) {
                found = entry;
            }
        }
        if (found == null) {
            throw new FeeFactsRejected(FeeFactsRejected.Reason.UNKNOWN_PROVINCE, wanted, day.toString());
        }
        return found;
    }
}
