package org.smartcourt.fees.persistence;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.domain.Act;
import org.smartcourt.fees.domain.FeeItem;
import org.smartcourt.fees.domain.FeeRule;
import org.smartcourt.fees.domain.FeeSchedule;
import org.smartcourt.fees.domain.FeeSchedules;
import org.smartcourt.fees.domain.FixedRule;
import org.smartcourt.fees.domain.FractionRule;
import org.smartcourt.fees.domain.LegalBasis;
import org.smartcourt.fees.domain.ProgressiveRule;
import org.smartcourt.fees.domain.ProvincialAmounts;
import org.smartcourt.fees.domain.ProvincialTable;
import org.smartcourt.fees.domain.Provision;
import org.smartcourt.fees.domain.RangeRule;
import org.smartcourt.shared.Money;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the schedule versions ({@code fees/schedules/*.json}) and the provincial amounts
 * ({@code fees/provincial-amounts.json}); the files' {@code $comment} explains their format. Any mistake in a file
 * stops the application at startup rather than producing a wrong fee later.
 */
public final class FeeDataFiles {

    public static final String SCHEDULES = "classpath*:fees/schedules/*.json";
    public static final String PROVINCIAL_AMOUNTS = "classpath:fees/provincial-amounts.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private FeeDataFiles() {}

    public static FeeSchedules schedules(String locationPattern) {
        var versions = new ArrayList<FeeSchedule>();
        for (var resource : resources(locationPattern)) {
            var file = read(resource, ScheduleFile.class);
            versions.add(file.toSchedule());
        }
        return new FeeSchedules(versions);
    }

    public static ProvincialTable provincialTable(String location, @Nullable String defaultProvince) {
        var resources = resources(location);
        if (resources.length != 1) {
            throw new IllegalStateException("Expected one provincial amounts file at " + location);
        }
        var file = read(resources[0], ProvincialFile.class);
        var entries = file.provinces().stream().map(Entry::toAmounts).toList();
        var province = defaultProvince == null || defaultProvince.isBlank() ? file.defaultProvince() : defaultProvince;
        return new ProvincialTable(province, entries);
    }

    /** The files shipped with the application. */
    public static FeeSchedules shippedSchedules() {
        return schedules(SCHEDULES);
    }

    /** The provincial amounts shipped with the application, with their default province. */
    public static ProvincialTable shippedProvincialTable() {
        return provincialTable(PROVINCIAL_AMOUNTS, null);
    }

    private static Resource[] resources(String pattern) {
        try {
            var found = new PathMatchingResourcePatternResolver().getResources(pattern);
            if (found.length == 0) {
                throw new IllegalStateException("No fee data at " + pattern);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list fee data at " + pattern, e);
        }
    }

    private static <T> T read(Resource resource, Class<T> type) {
        try (InputStream in = resource.getInputStream()) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read fee data " + resource, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Invalid fee data " + resource + ": " + e.getMessage(), e);
        }
    }

    private static Money yuan(@Nullable String amount, String what) {
        if (amount == null) {
            throw new IllegalStateException("Missing " + what);
        }
        return Money.yuan(amount);
    }

    record Basis(Act act, int article, int paragraph, int item, int point) {

        LegalBasis toBasis() {
            return new LegalBasis(act, article, paragraph, item, point);
        }
    }

    record BandEntry(@Nullable String upTo, String rate, Basis basis) {

        ProgressiveRule.Band toBand() {
            return new ProgressiveRule.Band(
                    upTo == null ? null : Money.yuan(upTo), new BigDecimal(rate), basis.toBasis());
        }
    }

    record RuleEntry(
            String type,
            Basis basis,
            @Nullable String flatUpTo,
            @Nullable String flatFee,
            @Nullable List<BandEntry> bands,
            @Nullable String cap,
            @Nullable String fee,
            @Nullable String minimum,
            @Nullable String maximum,
            @Nullable Boolean provincial,
            @Nullable FeeItem of,
            @Nullable Integer numerator,
            @Nullable Integer denominator) {

        FeeRule toRule(FeeItem item) {
            var legalBasis = basis.toBasis();
            return switch (type) {
                case "progressive" ->
                    new ProgressiveRule(
                            yuan(flatUpTo, item + ".flatUpTo"),
                            yuan(flatFee, item + ".flatFee"),
                            bands == null
                                    ? List.of()
                                    : bands.stream().map(BandEntry::toBand).toList(),
                            cap == null ? null : Money.yuan(cap),
                            legalBasis);
                case "fixed" -> new FixedRule(yuan(fee, item + ".fee"), legalBasis);
                case "range" ->
                    new RangeRule(
                            yuan(minimum, item + ".minimum"),
                            yuan(maximum, item + ".maximum"),
                            Boolean.TRUE.equals(provincial),
                            legalBasis);
                case "fraction" -> {
                    if (of == null || numerator == null || denominator == null) {
                        throw new IllegalStateException(item + " needs of, numerator and denominator");
                    }
                    yield new FractionRule(
                            of, numerator, denominator, cap == null ? null : Money.yuan(cap), legalBasis);
                }
                default -> throw new IllegalStateException("Unknown rule type " + type + " for " + item);
            };
        }
    }

    record ScheduleFile(
            @JsonProperty("$comment") @Nullable List<String> comment,
            LocalDate effectiveFrom,
            String source,
            Map<FeeItem, RuleEntry> rules,
            Map<Provision, Basis> provisions) {

        FeeSchedule toSchedule() {
            var built = new EnumMap<FeeItem, FeeRule>(FeeItem.class);
            rules.forEach((item, entry) -> built.put(item, entry.toRule(item)));
            var cited = new EnumMap<Provision, LegalBasis>(Provision.class);
            provisions.forEach((provision, basis) -> cited.put(provision, basis.toBasis()));
            return new FeeSchedule(effectiveFrom, source, built, cited);
        }
    }

    record Entry(
            String province, String name, LocalDate effectiveFrom, boolean placeholder, Map<FeeItem, String> amounts) {

        ProvincialAmounts toAmounts() {
            var parsed = new EnumMap<FeeItem, Money>(FeeItem.class);
            amounts.forEach((item, amount) -> parsed.put(item, Money.yuan(amount)));
            return new ProvincialAmounts(province, name, effectiveFrom, placeholder, parsed);
        }
    }

    record ProvincialFile(
            @JsonProperty("$comment") @Nullable List<String> comment, String defaultProvince, List<Entry> provinces) {}
}
