package org.smartcourt.fees.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.domain.FeeAssessment;
import org.smartcourt.fees.domain.FeeLine;
import org.smartcourt.fees.domain.FeeNotice;
import org.smartcourt.fees.domain.NoticeLine;
import org.smartcourt.fees.domain.Payment;
import org.smartcourt.shared.Language;
import org.smartcourt.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Writes a notice's breakdown in both languages, and the XHTML bodies of the fee notice and the receipt. */
@Component
class NoticeTexts {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private final MessageSource messages;

    NoticeTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<NoticeLine> breakdown(FeeAssessment assessment) {
        return assessment.lines().stream()
                .map(line -> new NoticeLine(
                        line.item().name(),
                        line.kind().name(),
                        describe(line, ZH),
                        describe(line, EN),
                        line.fee().display(),
                        line.basis().citation(Language.ZH_CN),
                        line.basis().citation(Language.EN)))
                .toList();
    }

    /** The body of the 缴费通知书: what, how much, by when, how to pay, and what happens if unpaid. */
    String noticeBody(FeeNotice notice, String payUrl) {
        return noticeBody(notice, payUrl, ZH);
    }

    /** The notice's body in a language: Chinese for the sealed document, English for a translation. */
    String noticeBody(FeeNotice notice, String payUrl, Locale locale) {
        var english = EN.getLanguage().equals(locale.getLanguage());
        var rows = new StringBuilder();
        for (var line : notice.breakdown()) {
            rows.append("<tr><td>")
                    .append(escape(english ? line.descriptionEn() : line.descriptionZh()))
                    .append("</td><td>")
                    .append(escape(line.fee()))
                    .append("</td><td>")
                    .append(escape(english ? line.basisEn() : line.basisZh()))
                    .append("</td></tr>");
        }
        var assumption = notice.assumption() == null ? "" : "<p>" + escape(text(notice.assumption(), locale)) + "</p>";
        return "<p>" + escape(text("fees.pdf.notice.to", locale, String.join("、", notice.payers()))) + "</p>"
                + "<p>"
                + escape(text("fees.pdf.notice.amount", locale, notice.amount().toString())) + "</p>"
                + "<table><tr><th>" + escape(text("fees.pdf.line", locale)) + "</th><th>"
                + escape(text("fees.pdf.fee", locale)) + "</th><th>" + escape(text("fees.pdf.basis", locale))
                + "</th></tr>" + rows + "</table>" + assumption
                + "<p>"
                + escape(text(
                        "fees.pdf.notice.deadline", locale, notice.deadline().toString())) + "</p>"
                + "<p>" + escape(text("fees.pdf.notice.howToPay", locale, payUrl)) + "</p>"
                + "<p>" + escape(text("fees.pdf.notice.unpaid", locale)) + "</p>";
    }

    /** The body of the 电子票据 for one payment. */
    String receiptBody(FeeNotice notice, Payment payment) {
        return receiptBody(notice, payment, ZH);
    }

    /** The receipt's body in a language: Chinese for the sealed receipt, English for a translation. */
    String receiptBody(FeeNotice notice, Payment payment, Locale locale) {
        return "<p>" + escape(text("fees.pdf.receipt.payer", locale, String.join("、", notice.payers()))) + "</p>"
                + "<p>" + escape(text("fees.pdf.receipt.item", locale)) + "</p>"
                + "<p>"
                + escape(
                        text("fees.pdf.receipt.amount", locale, payment.amount().toString())) + "</p>"
                + "<p>" + escape(text("fees.pdf.receipt.transaction", locale, payment.transactionId())) + "</p>"
                + "<p>"
                + escape(
                        text("fees.pdf.receipt.paidAt", locale, payment.paidAt().toString())) + "</p>"
                + "<p>"
                + escape(text("fees.pdf.receipt.number", locale, payment.id().toString())) + "</p>";
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private String describe(FeeLine line, Locale locale) {
        var key = line.kind() == FeeLine.Kind.BAND && line.upTo() == null
                ? "BAND_OPEN"
                : line.kind().name();
        var ground = line.ground();
        return text(
                "fees.line." + key,
                locale,
                plain(line.from()),
                plain(line.upTo()),
                plain(line.part()),
                percent(line.rate()),
                line.fraction() == null ? "" : line.fraction(),
                ground == null ? "" : text("fees.ground." + ground.name(), locale));
    }

    private static String plain(@Nullable Money amount) {
        return amount == null ? "" : amount.amount().stripTrailingZeros().toPlainString();
    }

    private static String percent(@Nullable BigDecimal rate) {
        return rate == null ? "" : rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
