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

    List<FieldMessage> of(List<Violation> violations, Locale locale) {
        return violations.stream()
                .map(violation -> new FieldMessage(violation.field(), message(violation, locale)))
                .toList();
    }
}
