package org.smartcourt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final Path DOCS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(CourtApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        sortRelations();
        sortListItems();
    }

    /**
     * The Documenter lists relations in an order that differs from one JVM to the next; sorting them keeps the
     * committed diagrams stable, so CI can insist that they are up to date.
     */
    private static void sortRelations() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            for (var diagram :
                    files.filter(file -> file.toString().endsWith(".puml")).toList()) {
                var lines = Files.readAllLines(diagram);
                var sorted = new ArrayList<String>(lines.size());
                var relations = new ArrayList<String>();
                for (var line : lines) {
                    if (line.startsWith("Rel(")) {
                        relations.add(line);
                        continue;
                    }
                    flush(relations, sorted);
                    sorted.add(line);
                }
                flush(relations, sorted);
                Files.write(diagram, sorted);
            }
        }
    }

    /**
     * The module pages list dependencies, events and beans in an order that also varies between JVMs; those lists are
     * sets, so sort each run of list items ({@code |* a} starts one inside a table cell, {@code * b} continues it).
     */
    private static void sortListItems() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            for (var page :
                    files.filter(file -> file.toString().endsWith(".adoc")).toList()) {
                var lines = Files.readAllLines(page);
                var sorted = new ArrayList<String>(lines.size());
                var items = new ArrayList<String>();
                var inCell = false;
                for (var line : lines) {
                    if (line.startsWith("|* ") || (line.startsWith("* ") && items.isEmpty())) {
                        flushItems(items, inCell, sorted);
                        inCell = line.startsWith("|");
                        items.add(inCell ? line.substring(1) : line);
                    } else if (line.startsWith("* ")) {
                        items.add(line);
                    } else {
                        flushItems(items, inCell, sorted);
                        sorted.add(line);
                    }
                }
                flushItems(items, inCell, sorted);
                Files.write(page, sorted);
            }
        }
    }

    private static void flushItems(List<String> items, boolean inCell, List<String> into) {
        if (items.isEmpty()) {
            return;
        }
        items.sort(null);
        items.set(0, (inCell ? "|" : "") + items.get(0));
        into.addAll(items);
        items.clear();
    }

    private static void flush(List<String> relations, List<String> into) {
        relations.sort(null);
        into.addAll(relations);
        relations.clear();
    }
}
