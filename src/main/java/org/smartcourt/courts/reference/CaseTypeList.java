package org.smartcourt.courts.reference;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.courts.domain.CaseType;
import org.smartcourt.courts.domain.CaseTypeKind;

/**
 * Maps the rows of {@code case_type_codes.csv} (the standard) and {@code case_type_additions.csv} (codes SmartCourt
 * added, each with the source where it was seen) to case types.
 */
public final class CaseTypeList {

    private CaseTypeList() {}

    /** The standard's rows from the dataset's first file, the added rows from the others. */
    public static List<CaseType> read(Dataset dataset) {
        var caseTypes = new ArrayList<CaseType>();
        var files = dataset.files();
        for (int i = 0; i < files.size(); i++) {
            caseTypes.addAll(read(files.get(i).reader(), i > 0));
        }
        var seen = new HashSet<String>();
        for (var caseType : caseTypes) {
            if (!seen.add(caseType.categoryCode())) {
                throw new IllegalArgumentException("Case category " + caseType.categoryCode() + " appears twice");
            }
        }
        return List.copyOf(caseTypes);
    }

    /** The rows of one file; rows of an additions file must name their source. */
    public static List<CaseType> read(Reader csv, boolean additions) {
        var caseTypes = new ArrayList<CaseType>();
        for (var row : CsvTable.read(csv).rows()) {
            caseTypes.add(CourtList.at(row, () -> caseType(row, additions)));
        }
        return caseTypes;
    }

    private static CaseTypeKind kind(String rowKind) {
        for (var kind : CaseTypeKind.values()) {
            if (kind.name().equals(rowKind.toUpperCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown row kind " + rowKind);
    }

    private static CaseType caseType(CsvTable.Row row, boolean addition) {
        var source = row.getOrEmpty("source");
        if (addition && source.isEmpty()) {
            throw new IllegalArgumentException("an added case type must name its source");
        }
        var typeCode = row.get("type_daizi");
        return new CaseType(
                row.get("code"),
                kind(row.get("row_kind")),
                row.get("case_type_name"),
                typeCode.isEmpty() ? null : CaseTypeCode.of(typeCode),
                row.get("major_category"),
                row.get("group_within_major"),
                addition ? source : null,
                row.getOrEmpty("note"));
    }
}
