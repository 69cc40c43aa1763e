package org.smartcourt.filing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.smartcourt.filing.domain.Draft;
import org.smartcourt.filing.domain.ElementSchema;
import org.smartcourt.filing.domain.SchemaCatalogue;
import org.springframework.stereotype.Component;

/** The element schemas in force today, and the version a draft follows. */
@Component
public class Schemas {

    private final SchemaCatalogue catalogue;
    private final Clock clock;

    Schemas(SchemaCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public List<ElementSchema> current() {
        return catalogue.current(today());
    }

    public ElementSchema current(String type) {
        return catalogue.current(type, today()).orElseThrow(() -> FilingProblems.unknownType(type));
    }

    public ElementSchema of(Draft draft) {
        return catalogue
                .version(draft.schemaId(), draft.schemaVersion())
                .orElseThrow(() -> new IllegalStateException(
                        "Schema " + draft.schemaId() + " v" + draft.schemaVersion() + " is gone"));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
