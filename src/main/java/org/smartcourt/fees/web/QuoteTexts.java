package org.smartcourt.fees.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.domain.FeeAssessment;
import org.smartcourt.fees.domain.FeeLine;
import org.smartcourt.fees.domain.HalvingGround;
import org.smartcourt.fees.domain.LegalBasis;
import org.smartcourt.fees.domain.Note;
import org.smartcourt.shared.Language;
import org.smartcourt.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns an assessment into a {@link QuoteView} in the reader's language. */
@Component
class QuoteTexts {

    private final MessageSource messages;

    QuoteTexts(MessageSource messages) {
        this.messages = messages;
    }

    QuoteView describe(String matter, FeeAssessment assessment, Locale locale) {
        var language = Language.of(locale).orElse(Language.DEFAULT);
        var provincial = assessment.provincialAmounts();
        return new QuoteView(
                assessment.total().toString(),
                assessment.exact().display(),
                "CNY",
                matter,
                text("fees.matter." + matter, locale),
                assessment.lines().stream()
                        .map(line -> line(line, language, locale))
                        .toList(),
                assessment.notes().stream()
                        .map(note -> note(note, language, locale))
                        .toList(),
                assessment.halvedFor() == null ? null : assessment.halvedFor().name(),
                assessment.legalBasis().stream()
                        .map(basis -> basis.citation(language))
                        .toList(),
                new QuoteView.Schedule(
                        assessment.schedule().effectiveFrom(),
                        assessment.schedule().source()),
                provincial == null
                        ? null
                        : new QuoteView.Province(provincial.province(), provincial.name(), provincial.placeholder()),
                new QuoteView.Rounding(
                        assessment.rounding().scale(),
                        assessment.rounding().mode().name()));
    }

    private QuoteView.Line line(FeeLine line, Language language, Locale locale) {
        var key = line.kind() == FeeLine.Kind.BAND && line.upTo() == null
                ? "BAND_OPEN"
                : line.kind().name();
        var ground = line.ground();
        var description = text(
                "fees.line." + key,
                locale,
                plain(line.from()),
                plain(line.upTo()),
                plain(line.part()),
                percent(line.rate()),
                line.fraction() == null ? "" : line.fraction(),
                ground == null ? "" : groundLabel(ground, locale));
        return new QuoteView.Line(
                line.kind().name(),
                line.item().name(),
                description,
                string(line.from()),
                string(line.upTo()),
                string(line.part()),
                line.rate() == null ? null : line.rate().toPlainString(),
                line.fraction(),
                ground == null ? null : ground.name(),
                line.fee().display(),
                line.total().display(),
                line.basis().citation(language));
    }

    private QuoteView.Explanation note(Note note, Language language, Locale locale) {
        var arguments = note.arguments().stream()
                .map(argument -> isGround(argument) ? groundLabel(HalvingGround.valueOf(argument), locale) : argument)
                .toArray();
        if (note.kind() == Note.Kind.SINGLE_HALVING) {
            arguments = new Object[] {String.join(text("fees.list.separator", locale), toStrings(arguments))};
        }
        LegalBasis basis = note.basis();
        return new QuoteView.Explanation(
                note.kind().name(),
                text("fees.note." + note.kind().name(), locale, arguments),
                basis == null ? null : basis.citation(language));
    }

    private static String[] toStrings(Object[] values) {
        var strings = new String[values.length];
        for (int index = 0; index < values.length; index++) {
            strings[index] = String.valueOf(values[index]);
        }
        return strings;
    }

    private static boolean isGround(String argument) {
        for (var ground : HalvingGround.values()) {
            if (ground.name().equals(argument)) {
                return true;
            }
        }
        return false;
    }

    String groundLabel(HalvingGround ground, Locale locale) {
        return text("fees.ground." + ground.name(), locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static @Nullable String string(@Nullable Money amount) {
        return amount == null ? null : amount.toString();
    }

    private static String plain(@Nullable Money amount) {
        return amount == null ? "" : amount.amount().stripTrailingZeros().toPlainString();
    }

    private static String percent(@Nullable BigDecimal rate) {
        return rate == null ? "" : rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
