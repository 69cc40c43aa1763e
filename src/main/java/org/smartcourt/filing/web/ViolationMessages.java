package org.smartcourt.filing.web;

import java.util.List;
import java.util.Locale;
import org.smartcourt.filing.domain.Label;
import org.smartcourt.filing.domain.Violation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words a violation in the reader's language: schema labels in that language, the message from the bundle. */
@Component
class ViolationMessages {

    /** One entry of a problem's {@code errors}, or one message next to a form field. */
    record FieldMessage(String field, String message) {}

    private final MessageSource messages;

    ViolationMessages(MessageSource messages) {
        this.messages = messages;
    }

    String message(Violation violation, Locale locale) {
        var arguments = violation.arguments().stream()
                .map(argument -> argument instanceof Label label ? label.in(locale) : argument)
                .toArray();
        return messages.getMessage(violation.code(), arguments, violation.code(), locale);
    }

    /** Option values with their localised labels, from the keys {@code prefix + value}. */
    java.util.Map<String, String> options(String prefix, List<String> values, Locale locale) {
        var options = new java.util.LinkedHashMap<String, String>();
        values.forEach(value -> options.put(value, messages.getMessage(prefix + value, null, value, locale)));
        return options;
    }

    String typeRequired(Locale locale) {
        return messages.getMessage("filing.form.type.required", null, locale);
    }

    /** The detail of a problem, for a page. */
    String problem(org.springframework.web.ErrorResponse problem, Locale locale) {
        var code = problem.getDetailMessageCode();
        return messages.getMessage(code, problem.getDetailMessageArguments(), code, locale);
    }

    List<FieldMessage> of(List<Violation> violations, Locale locale) {
        return violations.stream()
                .map(violation -> new FieldMessage(violation.field(), message(violation, locale)))
                .toList();
    }
}
