package org.smartcourt.courts.domain;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CaseTypeCode;

/**
 * One row of 《人民法院案件类型及其代字标准》 (annex to 法〔2015〕137号): a major category, a group or a case type.
 *
 * @param categoryCode its four-character category code: two digits of major category, two of item ({@code 0301})
 * @param kind major category, group or leaf
 * @param name its name ({@code 民事一审案件})
 * @param typeCode its 类型代字; only leaves have one, and several leaves may share it
 * @param majorCategory the name of its major category ({@code 民事案件})
 * @param group the name of its group within the major category, if any
 * @param source where a row SmartCourt added was seen; null for rows of the standard
 * @param note a remark on an added row
 */
public record CaseType(
        String categoryCode,
        CaseTypeKind kind,
        String name,
        @Nullable CaseTypeCode typeCode,
        String majorCategory,
        @Nullable String group,
        @Nullable String source,
        @Nullable String note) {

    private static final Pattern CATEGORY_CODE = Pattern.compile("\\d{2}[0-9A-Z]{2}");

    public CaseType {
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(majorCategory, "majorCategory");
        if (!CATEGORY_CODE.matcher(categoryCode).matches()) {
            throw new IllegalArgumentException("Not a case category code: " + categoryCode);
        }
        if ((kind == CaseTypeKind.LEAF) != (typeCode != null)) {
            throw new IllegalArgumentException("Exactly the leaves carry a type code: " + categoryCode);
        }
        group = blankToNull(group);
        source = blankToNull(source);
        note = blankToNull(note);
    }

    /** The two-digit major category ({@code 03} for civil cases). */
    public String majorCategoryCode() {
        return categoryCode.substring(0, 2);
    }

    public boolean official() {
        return source == null;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
