package org.smartcourt.fees.web;

import java.util.Locale;
import org.smartcourt.fees.application.ReliefRejected;
import org.smartcourt.fees.domain.ReliefGround;
import org.smartcourt.fees.domain.ReliefKind;
import org.smartcourt.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Fee-relief texts in the reader's language: forms and grounds of relief with their articles, field errors. */
@Component
class ReliefTexts {

    private final MessageSource messages;

    ReliefTexts(MessageSource messages) {
        this.messages = messages;
    }

    String kind(ReliefKind kind, Locale locale) {
        return messages.getMessage("fees.relief.kind." + kind.name(), null, locale);
    }

    String ground(ReliefGround ground, Locale locale) {
        return messages.getMessage("fees.relief.ground." + ground.name(), null, locale);
    }

    /** The provision a ground comes from, e.g. 诉讼费用交纳办法第四十五条第（二）项. */
    static String basis(ReliefGround ground, Locale locale) {
        return ground.basis().citation(FeeViews.english(locale) ? Language.EN : Language.ZH_CN);
    }

    /** A field error's message; arguments naming a form or a ground of relief are shown by their labels. */
    String message(ReliefRejected.FieldProblem problem, Locale locale) {
        var arguments = problem.arguments().stream()
                .map(argument -> label(argument, locale))
                .toArray();
        return messages.getMessage(problem.messageKey(), arguments, locale);
    }

    private String label(String argument, Locale locale) {
        for (var kind : ReliefKind.values()) {
            if (kind.name().equals(argument)) {
                return kind(kind, locale);
            }
        }
        for (var ground : ReliefGround.values()) {
            if (ground.name().equals(argument)) {
                return ground(ground, locale) + " (" + basis(ground, locale) + ")";
            }
        }
        return argument;
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
