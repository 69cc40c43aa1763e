package org.smartcourt.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.notifications.MessageKind;
import org.smartcourt.notifications.ReminderTemplate;

class TemplateTests {

    private static final List<String> LANGUAGES = List.of("zh_CN", "en");

    static Stream<Arguments> everyTemplateInEveryLanguage() {
        return Template.all().stream()
                .flatMap(template -> LANGUAGES.stream().map(language -> Arguments.of(template, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyTemplateInEveryLanguage")
    void everyTemplateHasASubjectABodyAndATextInEveryLanguageTakingAllItsArguments(Template template, String language)
            throws IOException {
        var messages = bundle(language);
        for (var key : List.of(template.subjectKey(), template.bodyKey(), template.smsKey())) {
            assertThat(messages.getProperty(key)).as(key + " in " + language).isNotBlank();
        }
        var arguments = Stream.iterate(1, i -> i + 1)
                .limit(template.arguments())
                .map(i -> "ARG" + i)
                .toArray();
        var body = template.arguments() == 0
                ? messages.getProperty(template.bodyKey())
                : new MessageFormat(messages.getProperty(template.bodyKey()), Locale.ROOT).format(arguments);
        for (var argument : arguments) {
            assertThat(body).as(template.bodyKey() + " uses " + argument).contains((String) argument);
        }
        assertThat(body).as("no quote was eaten by MessageFormat").doesNotContain("{");
    }

    @Test
    void eachTemplateOtherModulesScheduleKeepsItsKindAndArguments() {
        assertThat(Template.of(ReminderTemplate.ANSWER_PERIOD_ENDING))
                .isEqualTo(new Template("answerPeriodEnding", MessageKind.REMINDER, 2));
        assertThat(Template.of(ReminderTemplate.DOCUMENT_AWAITING).kind()).isEqualTo(MessageKind.ALERT);
        assertThat(Template.byCode("feeDue")).isEqualTo(Template.of(ReminderTemplate.FEE_DUE));
    }

    private static Properties bundle(String language) throws IOException {
        var properties = new Properties();
        try (var in = TemplateTests.class.getResourceAsStream("/messages/notifications_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
