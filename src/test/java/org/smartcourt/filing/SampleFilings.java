package org.smartcourt.filing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.smartcourt.filing.domain.Answers;
import org.smartcourt.filing.domain.ElementSchema;
import org.smartcourt.filing.domain.SchemaCatalogue;
import org.smartcourt.filing.schemas.SchemaFiles;
import tools.jackson.databind.json.JsonMapper;

/** Complete sample answers for every shipped case type, from {@code src/test/resources/filing/samples/<type>.json}. */
public final class SampleFilings {

    /** A type's sample answers and the amount in dispute worked out by hand from its claim items. */
    public record Sample(Answers answers, String amountInDispute) {}

    /** The eleven types of the SPC 2024 model texts. */
    public static final List<String> TYPES = List.of(
            "private-lending",
            "divorce",
            "sale-of-goods",
            "financial-loan",
            "property-services",
            "credit-card",
            "motor-vehicle-accident",
            "labour-dispute",
            "finance-lease",
            "guarantee-insurance",
            "securities-misrepresentation");

    public static final SchemaCatalogue CATALOGUE = SchemaFiles.load();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SampleFilings() {}

    public static Sample sample(String type) {
        try (var in = SampleFilings.class.getResourceAsStream("/filing/samples/" + type + ".json")) {
            if (in == null) {
                throw new IllegalStateException("No sample for " + type);
            }
            return JSON.readValue(in, Sample.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ElementSchema schema(String type) {
        return CATALOGUE.version(type, 1).orElseThrow();
    }

    /** The sample as JSON, for API requests. */
    public static String json(Answers answers) {
        return JSON.writeValueAsString(answers);
    }
}
