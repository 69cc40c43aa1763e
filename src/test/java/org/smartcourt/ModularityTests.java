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

    private static void flush(List<String> relations, List<String> into) {
        relations.sort(null);
        into.addAll(relations);
        relations.clear();
    }
}
