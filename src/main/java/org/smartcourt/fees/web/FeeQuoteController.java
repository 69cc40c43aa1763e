package org.smartcourt.fees.web;

import java.util.Locale;
import org.smartcourt.fees.application.QuoteFee;
import org.smartcourt.fees.domain.FeeFactsRejected;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The fee part of the litigation-risk calculator, for programs: facts in, fee with breakdown and legal basis out. */
@RestController
@RequestMapping("/api/v1/fees")
class FeeQuoteController {

    private final QuoteFee quoteFee;
    private final QuoteTexts texts;

    FeeQuoteController(QuoteFee quoteFee, QuoteTexts texts) {
        this.quoteFee = quoteFee;
        this.texts = texts;
    }

    @PostMapping("/quote")
    QuoteView quote(@RequestBody QuoteRequest request, Locale locale) {
        var facts = request.toFacts();
        try {
            var assessment = quoteFee.quote(facts, request.on(), request.province());
            return texts.describe(request.matter(), assessment, locale);
        } catch (FeeFactsRejected rejected) {
            throw FeeQuoteRejected.of(rejected);
        }
    }
}
