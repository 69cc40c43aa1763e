package org.smartcourt.courts.reference;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.smartcourt.courts.CourtLevel;
import org.smartcourt.courts.domain.Court;
import org.smartcourt.shared.CourtCode;

/** Maps the rows of {@code court_codes.csv} to courts. */
public final class CourtList {

    /** The superior-court id of the Supreme People's Court, which has none. */
    private static final int NO_SUPERIOR = -1;

    private CourtList() {}

    public static List<Court> read(Dataset dataset) {
        var courts = new ArrayList<Court>();
        for (var file : dataset.files()) {
            courts.addAll(read(file.reader()));
        }
        return List.copyOf(courts);
    }

    public static List<Court> read(Reader csv) {
        var rows = CsvTable.read(csv).rows();
        var codeById = new HashMap<Integer, CourtCode>();
        for (var row : rows) {
            var code = at(row, () -> CourtCode.of(row.get("court_daizi")));
            if (codeById.put(at(row, () -> Integer.parseInt(row.get("court_id"))), code) != null) {
                throw new IllegalArgumentException(
                        "Line " + row.line() + ": court id " + row.get("court_id") + " twice");
            }
        }
        var seen = new HashSet<CourtCode>();
        var courts = new ArrayList<Court>();
        for (var row : rows) {
            var court = at(row, () -> court(row, codeById));
            if (!seen.add(court.code())) {
                throw new IllegalArgumentException("Line " + row.line() + ": court code " + court.code() + " twice");
            }
            courts.add(court);
        }
        return courts;
    }

    private static Court court(CsvTable.Row row, Map<Integer, CourtCode> codeById) {
        var parentId = Integer.parseInt(row.get("parent_court_id"));
        CourtCode parent = null;
        if (parentId != NO_SUPERIOR) {
            parent = codeById.get(parentId);
            if (parent == null) {
                throw new IllegalArgumentException("superior court id " + parentId + " is not on the list");
            }
        }
        var level = CourtLevel.parse(row.get("level"))
                .orElseThrow(() -> new IllegalArgumentException("unknown level " + row.get("level")));
        return new Court(
                CourtCode.of(row.get("court_daizi")),
                Integer.parseInt(row.get("court_id")),
                row.get("hierarchy_code"),
                row.get("court_name"),
                level,
                parent,
                CourtCode.of(row.get("high_court_daizi")),
                row.get("note"));
    }

    static <T> T at(CsvTable.Row row, Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Line " + row.line() + ": " + e.getMessage(), e);
        }
    }
}
