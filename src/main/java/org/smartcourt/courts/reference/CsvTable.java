package org.smartcourt.courts.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file with a header row, read as RFC 4180 describes: fields separated by commas, optionally enclosed in
 * double quotes (a double quote inside such a field is written twice), records ending with CRLF or LF. A leading byte-order mark is
 * skipped and blank lines are ignored.
 */
public final class CsvTable {

    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    public static CsvTable read(Reader reader) {
        try {
            var records = new Parser(reader).records();
            if (records.isEmpty()) {
                throw new IllegalArgumentException("The CSV file has no header row");
            }
            var header = records.get(0).fields().stream().map(String::strip).toList();
            var columns = new HashMap<String, Integer>();
            for (int i = 0; i < header.size(); i++) {
                if (columns.put(header.get(i), i) != null) {
                    throw new IllegalArgumentException("Column " + header.get(i) + " appears twice");
                }
            }
            var rows = new ArrayList<Row>();
            for (var record : records.subList(1, records.size())) {
                if (record.fields().size() != header.size()) {
                    throw new IllegalArgumentException("Line " + record.line() + " has "
                            + record.fields().size() + " fields, the header " + header.size());
                }
                rows.add(new Row(record.line(), columns, record.fields()));
            }
            return new CsvTable(header, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CSV file", e);
        }
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One data record, its fields found by column name. */
    public static final class Row {

        private final int line;
        private final Map<String, Integer> columns;
        private final List<String> fields;

        Row(int line, Map<String, Integer> columns, List<String> fields) {
            this.line = line;
            this.columns = columns;
            this.fields = List.copyOf(fields);
        }

        /** The line the record starts on, counting the header as line 1. */
        public int line() {
            return line;
        }

        /** The field of this column, without surrounding blanks; empty when the field is. */
        public String get(String column) {
            var index = columns.get(column);
            if (index == null) {
                throw new IllegalArgumentException("No column " + column);
            }
            return fields.get(index).strip();
        }

        /** The field of this column if the file has the column, else empty. */
        public String getOrEmpty(String column) {
            return columns.containsKey(column) ? get(column) : "";
        }
    }

    private record Record(int line, List<String> fields) {}

    private static final class Parser {

        private static final int END = -1;

        private final Reader reader;
        private int line = 1;
        private int pending = -2;

        Parser(Reader reader) {
            this.reader = reader;
        }

        List<Record> records() throws IOException {
            var records = new ArrayList<Record>();
            if (peek() == '\uFEFF') {
                next();
            }
            while (peek() != END) {
                var start = line;
                var fields = record();
                var blank = fields.size() == 1 && fields.get(0).isEmpty();
                if (!blank) {
                    records.add(new Record(start, fields));
                }
            }
            return records;
        }

        private List<String> record() throws IOException {
            var fields = new ArrayList<String>();
            while (true) {
                fields.add(field());
                int c = next();
                if (c == ',') {
                    continue;
                }
                if (c == '\r' && peek() == '\n') {
                    next();
                }
                if (c == '\r' || c == '\n') {
                    line++;
                }
                return fields;
            }
        }

        private String field() throws IOException {
            var text = new StringBuilder();
            if (peek() != '"') {
                while (peek() != ',' && peek() != '\r' && peek() != '\n' && peek() != END) {
                    text.append((char) next());
                }
                return text.toString();
            }
            next();
            var startLine = line;
            while (true) {
                int c = next();
                if (c == END) {
                    throw new IllegalArgumentException("Line " + startLine + ": a quoted field is not closed");
                }
                if (c == '"') {
                    if (peek() != '"') {
                        break;
                    }
                    next();
                }
                if (c == '\n') {
                    line++;
                }
                text.append((char) c);
            }
            int after = peek();
            if (after != ',' && after != '\r' && after != '\n' && after != END) {
                throw new IllegalArgumentException("Line " + line + ": text after a closing quote");
            }
            return text.toString();
        }

        private int peek() throws IOException {
            if (pending == -2) {
                pending = reader.read();
            }
            return pending;
        }

        private int next() throws IOException {
            int c = peek();
            pending = -2;
            return c;
        }
    }
}
