package org.smartcourt.courts.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.courts.domain.ReferenceData;
import org.smartcourt.courts.reference.CaseTypeList;
import org.smartcourt.courts.reference.CourtList;
import org.smartcourt.courts.reference.Dataset;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the court and case-type tables up to date with the lists shipped in the application, on every start and
 * before the node serves requests. Production needs them as much as a demo does. The load runs in one transaction
 * under an advisory lock, so nodes starting together load once; a file whose checksum is already recorded is skipped.
 */
@Component
class LoadReferenceData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LoadReferenceData.class);

    private final ReferenceData tables;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LoadReferenceData(ReferenceData tables, PlatformTransactionManager transactions, Clock clock) {
        this.tables = tables;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        load(Dataset.courts(), Dataset.caseTypes());
    }

    /** Loads the datasets whose files changed since their last load; returns their names. */
    List<String> load(Dataset courts, Dataset caseTypes) {
        var loaded = transaction.execute(status -> {
            tables.lockForLoading();
            var names = new ArrayList<String>();
            if (load(courts, CourtList::read, tables::saveCourts)) {
                names.add(courts.name());
            }
            if (load(caseTypes, CaseTypeList::read, tables::replaceCaseTypes)) {
                names.add(caseTypes.name());
            }
            return List.copyOf(names);
        });
        return loaded == null ? List.of() : loaded;
    }

    private <T> boolean load(Dataset dataset, Function<Dataset, List<T>> reading, Consumer<List<T>> saving) {
        var checksum = dataset.checksum();
        if (tables.checksum(dataset.name()).filter(checksum::equals).isPresent()) {
            log.debug("Reference data {} is up to date", dataset.name());
            return false;
        }
        var rows = reading.apply(dataset);
        saving.accept(rows);
        tables.recordLoad(dataset.name(), checksum, rows.size(), clock.instant());
        log.info("Loaded {} rows of reference data {}", rows.size(), dataset.name());
        return true;
    }
}
