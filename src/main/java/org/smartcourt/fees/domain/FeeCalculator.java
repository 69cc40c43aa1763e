package org.smartcourt.fees.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/**
 * Computes fees under the Measures on the Payment of Litigation Costs from a schedule version, the provincial amounts
 * and a rounding policy. Pure: the same query always gives the same assessment, and nothing is stored.
 */
public final class FeeCalculator {

    private final FeeSchedules schedules;
    private final ProvincialTable provinces;
    private final RoundingPolicy rounding;

    public FeeCalculator(FeeSchedules schedules, ProvincialTable provinces, RoundingPolicy rounding) {
        this.schedules = schedules;
        this.provinces = provinces;
        this.rounding = rounding;
        provinces.entries().forEach(this::checkInsideRanges);
    }

    public RoundingPolicy rounding() {
        return rounding;
    }

    public ProvincialTable provinces() {
        return provinces;
    }

    public FeeAssessment assess(FeeQuery query) {
        var schedule = schedules.inForceOn(query.on());
        var run = new Run(schedule, query);
        if (query.facts() instanceof CaseFacts facts) {
            run.caseFee(facts);
        } else if (query.facts() instanceof ApplicationFacts facts) {
            run.applicationFee(facts);
        }
        var exact = run.computation.total();
        var total = rounding.round(exact);
        if (!ExactAmount.of(total).equals(exact)) {
            run.computation.note(
                    Note.Kind.ROUNDED,
                    null,
                    exact.display(),
                    total.toString(),
                    Integer.toString(rounding.scale()),
                    rounding.mode().name());
        }
        return new FeeAssessment(
                total,
                exact,
                run.computation.lines(),
                run.computation.notes(),
                run.halvedFor,
                schedule,
                run.provincial,
                rounding);
    }

    /** The top-up or refund when the claims change in the course of the case (Art. 21, 35). */
    public ClaimChangeAssessment assessClaimChange(
            FeeQuery before, List<Money> claimsAfter, InvestigationTiming timing) {
        if (!(before.facts() instanceof CaseFacts facts)) {
            throw new IllegalArgumentException("Only case-acceptance fees change with the claims");
        }
        var was = assess(before);
        var now = assess(new FeeQuery(facts.withClaims(claimsAfter), before.on(), before.province()));
        var schedule = was.schedule();
        var difference = now.total().minus(was.total());
        if (difference.isGreaterThan(Money.ZERO)) {
            // Art. 21(1): an increased claim tops up the fee on the increased amount
            return new ClaimChangeAssessment(
                    was,
                    now,
                    ClaimChangeAssessment.Outcome.TOP_UP,
                    difference,
                    schedule.basis(Provision.CLAIM_INCREASED));
        }
        if (difference.isZero()) {
            return new ClaimChangeAssessment(was, now, ClaimChangeAssessment.Outcome.UNCHANGED, Money.ZERO, null);
        }
        if (timing == InvestigationTiming.BEFORE_END_OF_INVESTIGATION) {
            // Art. 21(2): reduced before the court investigation ended, the difference is refunded
            return new ClaimChangeAssessment(
                    was,
                    now,
                    ClaimChangeAssessment.Outcome.REFUND,
                    difference.negate(),
                    schedule.basis(Provision.CLAIM_REDUCED_BEFORE_INVESTIGATION_ENDED));
        }
        // Art. 35: reduced after it ended, the party who reduced bears the fee on the reduced part
        return new ClaimChangeAssessment(
                was,
                now,
                ClaimChangeAssessment.Outcome.BORNE_BY_PARTY,
                difference.negate(),
                schedule.basis(Provision.CLAIM_REDUCED_AFTER_INVESTIGATION_ENDED));
    }

    /**
     * Summary procedure turned ordinary and the plaintiff did not top up in time: the suit counts as withdrawn and half
     * of what was collected is refunded (SPC Interpretation Art. 199).
     */
    public ConversionRefund refundWhenConversionTopUpMissed(Money collected, LocalDate on) {
        if (collected.isNegative()) {
            throw new FeeFactsRejected(FeeFactsRejected.Reason.AMOUNT_NOT_POSITIVE, collected.toString());
        }
        var exact = ExactAmount.of(collected).times(1, 2);
        return new ConversionRefund(
                rounding.round(exact), exact, schedules.inForceOn(on).basis(Provision.CONVERSION_TOP_UP_MISSED));
    }

    private void checkInsideRanges(ProvincialAmounts entry) {
        var schedule = schedules.inForceOn(entry.effectiveFrom());
        for (var item : FeeItem.values()) {
            if (schedule.rules().get(item) instanceof RangeRule range && range.provincial()) {
                var amount = entry.amounts().get(item);
                if (amount == null || !range.contains(amount)) {
                    throw new IllegalArgumentException("Province " + entry.province() + " from " + entry.effectiveFrom()
                            + " needs an amount for " + item + " within " + range.minimum() + "–"
                            + range.maximum() + ", has " + amount);
                }
            }
        }
    }

    /** One assessment in progress. */
    private final class Run {

        private final FeeSchedule schedule;
        private final FeeQuery query;
        private final Computation computation = new Computation();
        private @Nullable ProvincialAmounts provincial;
        private @Nullable HalvingGround halvedFor;
        private boolean choiceUsed;

        Run(FeeSchedule schedule, FeeQuery query) {
            this.schedule = schedule;
            this.query = query;
        }

        void caseFee(CaseFacts facts) {
            var claims = facts.propertyClaims();
            switch (facts.stage()) {
                case APPEAL_AGAINST_PROCEDURAL_RULING -> {
                    exempt(FeeItem.APPEAL_AGAINST_PROCEDURAL_RULING, facts.chosenAmount());
                    return;
                }
                case RETRIAL_WITHOUT_FEE -> {
                    exempt(FeeItem.RETRIAL_WITHOUT_FEE, facts.chosenAmount());
                    return;
                }
                case APPEAL -> noteAmount(Note.Kind.APPEAL_AMOUNT, Provision.APPEAL_AMOUNT, claims);
                case RETRIAL_WITH_FEE -> noteAmount(Note.Kind.RETRIAL_AMOUNT, Provision.RETRIAL_AMOUNT, claims);
                case FIRST_INSTANCE -> {}
            }
            var chosen = facts.chosenAmount();
            switch (facts.kind()) {
                case CIVIL -> {
                    if (claims.isEmpty()) {
                        range(FeeItem.OTHER_NON_PROPERTY, chosen);
                    } else {
                        property(facts);
                    }
                }
                case DIVORCE -> {
                    range(FeeItem.DIVORCE, chosen);
                    if (!claims.isEmpty()) {
                        progressive(FeeItem.DIVORCE_PROPERTY, sum(claims));
                    }
                }
                case PERSONALITY_RIGHTS -> {
                    range(FeeItem.PERSONALITY_RIGHTS, chosen);
                    if (!claims.isEmpty()) {
                        progressive(FeeItem.PERSONALITY_DAMAGES, sum(claims));
                    }
                }
                case INTELLECTUAL_PROPERTY -> {
                    if (claims.isEmpty()) {
                        range(FeeItem.INTELLECTUAL_PROPERTY_WITHOUT_AMOUNT, chosen);
                    } else {
                        property(facts);
                    }
                }
                case LABOUR -> fixed(FeeItem.LABOUR);
                case ADMINISTRATIVE_TRADEMARK_PATENT_MARITIME ->
                    fixed(FeeItem.ADMINISTRATIVE_TRADEMARK_PATENT_MARITIME);
                case ADMINISTRATIVE_OTHER -> fixed(FeeItem.ADMINISTRATIVE_OTHER);
                case JURISDICTION_OBJECTION_REJECTED -> range(FeeItem.JURISDICTION_OBJECTION, chosen);
                case ADMINISTRATIVE_COMPENSATION -> {
                    exempt(FeeItem.ADMINISTRATIVE_COMPENSATION, chosen);
                    return;
                }
                case SPECIAL_PROCEDURE -> {
                    exempt(FeeItem.SPECIAL_PROCEDURE, chosen);
                    return;
                }
            }
            refuseUnusedChoice(chosen);
            halve(facts);
        }

        void applicationFee(ApplicationFacts facts) {
            var amount = facts.amount();
            var item =
                    amount == null ? facts.kind().withoutAmount() : facts.kind().withAmount();
            if (item == null) {
                throw new FeeFactsRejected(
                        FeeFactsRejected.Reason.AMOUNT_REQUIRED, facts.kind().name());
            }
            var rule = schedule.rules().get(item);
            if (rule instanceof ProgressiveRule) {
                progressive(item, amount);
            } else if (rule instanceof FractionRule fraction) {
                fraction(item, fraction, requireAmount(amount, facts));
            } else if (rule instanceof RangeRule) {
                range(item, facts.chosenAmount());
            } else {
                fixed(item);
            }
            refuseUnusedChoice(facts.chosenAmount());
        }

        private Money requireAmount(@Nullable Money amount, ApplicationFacts facts) {
            if (amount == null) {
                throw new FeeFactsRejected(
                        FeeFactsRejected.Reason.AMOUNT_REQUIRED, facts.kind().name());
            }
            return amount;
        }

        private void property(CaseFacts facts) {
            var claims = facts.propertyClaims();
            var total = sum(claims);
            // SPC Interpretation Art. 201: several property claims are added; claims without an amount add nothing
            if (claims.size() > 1) {
                computation.note(
                        Note.Kind.CLAIMS_ADDED,
                        schedule.basis(Provision.CLAIMS_ADDED),
                        Integer.toString(claims.size()),
                        total.toString());
            }
            if (facts.nonPropertyClaims()) {
                computation.note(
                        Note.Kind.NON_PROPERTY_CLAIMS_INCLUDED,
                        schedule.basis(Provision.CLAIMS_ADDED),
                        total.toString());
            }
            progressive(FeeItem.PROPERTY, total);
        }

        private void progressive(FeeItem item, @Nullable Money amount) {
            var rule = schedule.rule(item, ProgressiveRule.class);
            var start = computation.total();
            var floor = rule.flatUpTo();
            computation.add(
                    FeeLine.Kind.FLAT,
                    item,
                    null,
                    floor,
                    amount == null ? null : amount.min(floor),
                    null,
                    ExactAmount.of(rule.flatFee()),
                    rule.basis());
            if (amount != null) {
                for (var band : rule.bands()) {
                    if (!amount.isGreaterThan(floor)) {
                        break;
                    }
                    var top = band.upTo();
                    var part = top == null || !amount.isGreaterThan(top) ? amount.minus(floor) : top.minus(floor);
                    computation.add(
                            FeeLine.Kind.BAND,
                            item,
                            floor,
                            top,
                            part,
                            band.rate(),
                            ExactAmount.of(part.amount().multiply(band.rate())),
                            band.basis());
                    floor = top == null ? amount : top;
                }
            }
            cap(item, rule.cap(), start, rule.basis());
        }

        private void fraction(FeeItem item, FractionRule rule, Money amount) {
            var start = computation.total();
            progressive(rule.of(), amount);
            computation.fraction(item, rule.numerator(), rule.denominator(), rule.basis());
            cap(item, rule.cap(), start, rule.basis());
        }

        private void cap(FeeItem item, @Nullable Money cap, ExactAmount start, LegalBasis basis) {
            if (cap == null) {
                return;
            }
            var own = computation.total().minus(start);
            var limit = ExactAmount.of(cap);
            if (own.isGreaterThan(limit)) {
                computation.add(FeeLine.Kind.CAP, item, null, cap, null, null, limit.minus(own), basis);
            }
        }

        private void fixed(FeeItem item) {
            var rule = schedule.rule(item, FixedRule.class);
            computation.add(FeeLine.Kind.FIXED, item, null, null, null, null, ExactAmount.of(rule.fee()), rule.basis());
        }

        private void exempt(FeeItem item, @Nullable Money chosen) {
            refuseUnusedChoice(chosen);
            var rule = schedule.rule(item, FixedRule.class);
            computation.add(
                    FeeLine.Kind.EXEMPT, item, null, null, null, null, ExactAmount.of(rule.fee()), rule.basis());
        }

        private void range(FeeItem item, @Nullable Money chosen) {
            var rule = schedule.rule(item, RangeRule.class);
            if (chosen != null) {
                choiceUsed = true;
                if (!rule.contains(chosen)) {
                    throw new FeeFactsRejected(
                            FeeFactsRejected.Reason.OUTSIDE_RANGE,
                            chosen.toString(),
                            rule.minimum().toString(),
                            rule.maximum().toString());
                }
                addRange(FeeLine.Kind.CHOSEN, item, rule, chosen);
            } else if (rule.provincial()) {
                var amounts = provincialAmounts();
                var amount = amounts.amounts().get(item);
                if (amount == null || !rule.contains(amount)) {
                    throw new IllegalStateException(
                            "Province " + amounts.province() + " has no valid amount for " + item + ": " + amount);
                }
                addRange(FeeLine.Kind.PROVINCIAL, item, rule, amount);
                if (amounts.placeholder()) {
                    computation.note(Note.Kind.PROVINCIAL_PLACEHOLDER, rule.basis(), amounts.province());
                }
            } else {
                addRange(FeeLine.Kind.RANGE_MINIMUM, item, rule, rule.minimum());
            }
        }

        private void addRange(FeeLine.Kind kind, FeeItem item, RangeRule rule, Money fee) {
            computation.add(kind, item, rule.minimum(), rule.maximum(), null, null, ExactAmount.of(fee), rule.basis());
        }

        private ProvincialAmounts provincialAmounts() {
            if (provincial == null) {
                provincial = provinces.inForce(query.province(), query.on());
            }
            return provincial;
        }

        private void refuseUnusedChoice(@Nullable Money chosen) {
            if (chosen != null && !choiceUsed) {
                throw new FeeFactsRejected(FeeFactsRejected.Reason.NO_RANGE, chosen.toString());
            }
        }

        private void halve(CaseFacts facts) {
            var grounds = new ArrayList<>(facts.halvingGrounds());
            if (grounds.isEmpty()) {
                return;
            }
            var applied = grounds.get(0);
            halvedFor = applied;
            var item = computation.lines().get(0).item();
            // Art. 15, 16, 18: halved; SPC Interpretation Art. 206: only once, whatever the number of grounds
            computation.halve(item, applied, schedule.basis(applied.provision()));
            if (grounds.size() > 1) {
                computation.note(
                        Note.Kind.SINGLE_HALVING,
                        schedule.basis(Provision.SINGLE_HALVING),
                        grounds.subList(1, grounds.size()).stream()
                                .map(Enum::name)
                                .toArray(String[]::new));
            }
        }

        private void noteAmount(Note.Kind kind, Provision provision, List<Money> claims) {
            if (!claims.isEmpty()) {
                computation.note(kind, schedule.basis(provision), sum(claims).toString());
            }
        }

        private static Money sum(List<Money> claims) {
            var total = Money.ZERO;
            for (var claim : claims) {
                total = total.plus(claim);
            }
            return total;
        }
    }
}
