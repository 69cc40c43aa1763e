package org.smartcourt.filing.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Every version of every element schema; a draft keeps the version it was started with. */
public final class SchemaCatalogue {

    private final List<ElementSchema> schemas;

    public SchemaCatalogue(List<ElementSchema> schemas) {
        var keys = new HashSet<String>();
        for (var schema : schemas) {
            if (!keys.add(schema.id() + "@" + schema.version())) {
                throw new IllegalArgumentException("Schema " + schema.id() + " v" + schema.version() + " twice");
            }
        }
        this.schemas = schemas.stream()
                .sorted(Comparator.comparing(ElementSchema::id).thenComparing(ElementSchema::version))
                .toList();
    }

    /** The version of each type in force on this day, by id. */
    public List<ElementSchema> current(LocalDate day) {
        return schemas.stream()
                .map(ElementSchema::id)
                .distinct()
                .flatMap(id -> current(id, day).stream())
                .toList();
    }

    /** The latest version of this type that has taken effect on this day. */
    public Optional<ElementSchema> current(String id, LocalDate day) {
        return schemas.stream()
                .filter(schema ->
                        schema.id().equals(id) && !schema.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(ElementSchema::version));
    }

    public Optional<ElementSchema> version(String id, int version) {
        return schemas.stream()
                .filter(schema -> schema.id().equals(id) && schema.version() == version)
                .findFirst();
    }

    public List<ElementSchema> all() {
        return schemas;
    }
}
