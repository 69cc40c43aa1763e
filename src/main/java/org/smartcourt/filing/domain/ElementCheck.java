package org.smartcourt.filing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.ResidentIdNumber;
import org.smartcourt.identity.UnifiedSocialCreditCode;

/**
 * The generic engine that reads answers against an element schema: every value by its type, the schema's cross-field
 * rules, the parties, and — for a complaint that is to be generated or filed — every required element. Nothing here
 * knows a case type: a new type is a new schema.
 */
public final class ElementCheck {

    /** How complete the answers must be. */
    public enum Completeness {
        /** A draft being filled in: what is there must be readable and consistent; missing elements are fine. */
        DRAFT,
        /** A complaint to generate or file: every required element too (CPL Art. 122, 124). */
        COMPLETE
    }

    private static final Set<String> ROLES = Set.of("PLAINTIFF", "DEFENDANT", "THIRD_PARTY");
    private static final Set<String> KINDS = Set.of("NATURAL_PERSON", "LEGAL_PERSON");
    private static final Set<String> GENDERS = Set.of("MALE", "FEMALE");
    private static final Set<String> PROCEDURES = Set.of("ORDINARY", "SUMMARY", "SMALL_CLAIMS");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ElementSchema schema;
    private final Answers answers;
    private final LocalDate filingDate;
    private final Completeness completeness;
    private final List<Violation> violations = new ArrayList<>();
    private final Map<String, Comparable<?>> values = new HashMap<>();

    private ElementCheck(ElementSchema schema, Answers answers, LocalDate filingDate, Completeness completeness) {
        this.schema = schema;
        this.answers = answers;
        this.filingDate = filingDate;
        this.completeness = completeness;
    }

    /** Every violation, in the order of the form: parties, claims, facts, rules, evidence. */
    public static List<Violation> check(
            ElementSchema schema, Answers answers, LocalDate filingDate, Completeness completeness) {
        var check = new ElementCheck(schema, answers, filingDate, completeness);
        check.parties();
        check.claims();
        check.facts();
        check.rules();
        check.evidence();
        check.procedure();
        return List.copyOf(check.violations);
    }

    private boolean complete() {
        return completeness == Completeness.COMPLETE;
    }

    private void parties() {
        var parties = answers.parties();
        if (complete() && parties.stream().noneMatch(party -> "PLAINTIFF".equals(party.role()))) {
            violations.add(Violation.of("parties", "filing.error.parties.plaintiff"));
        }
        if (complete() && parties.stream().noneMatch(party -> "DEFENDANT".equals(party.role()))) {
            violations.add(Violation.of("parties", "filing.error.parties.defendant"));
        }
        var identifications = new HashSet<String>();
        for (var i = 0; i < parties.size(); i++) {
            var party = parties.get(i);
            var at = "parties[" + i + "].";
            oneOf(at + "role", party.role(), ROLES, PartyFields.ROLE, true);
            oneOf(at + "kind", party.kind(), KINDS, PartyFields.KIND, true);
            present(at + "name", party.name(), PartyFields.NAME, true);
            present(at + "address", party.address(), PartyFields.ADDRESS, true);
            identification(at + "identification", party);
            if (party.identification() != null && !identifications.add(party.identification())) {
                violations.add(Violation.of(at + "identification", "filing.error.party.duplicate"));
            }
            if (party.describesPerson()) {
                oneOf(at + "gender", party.gender(), GENDERS, PartyFields.GENDER, false);
                var birth = date(at + "birthDate", party.birthDate(), PartyFields.BIRTH_DATE);
                if (birth != null && birth.isAfter(filingDate)) {
                    violations.add(Violation.of(
                            at + "birthDate", "filing.rule.date.LE", PartyFields.BIRTH_DATE, PartyFields.FILING_DATE));
                }
            } else {
                present(
                        at + "legalRepresentative",
                        party.legalRepresentative(),
                        PartyFields.LEGAL_REPRESENTATIVE,
                        true);
            }
        }
    }

    private void identification(String field, PartyAnswer party) {
        var number = party.identification();
        if (number == null) {
            present(field, null, PartyFields.IDENTIFICATION, true);
            return;
        }
        // GB 11643-1999 for persons, GB 32100-2015 for organisations.
        if (party.describesPerson()
                && ResidentIdNumber.problemWith(number, filingDate).isPresent()) {
            violations.add(Violation.of(field, "filing.error.identification.person", PartyFields.IDENTIFICATION));
        } else if (!party.describesPerson()
                && UnifiedSocialCreditCode.problemWith(number).isPresent()) {
            violations.add(Violation.of(field, "filing.error.identification.organisation", PartyFields.IDENTIFICATION));
        }
    }

    private void claims() {
        for (var name : answers.claims().keySet()) {
            if (schema.claim(name).isEmpty()) {
                violations.add(Violation.of("claims." + name, "filing.error.unknown", name));
            }
        }
        var anyClaim = false;
        for (var claim : schema.claims()) {
            var answer = answers.claims().get(claim.name());
            var at = "claims." + claim.name() + ".";
            if (answer == null) {
                if (claim.required()) {
                    present(at + (claim.kind().hasAmount() ? "amount" : "detail"), null, claim.label(), true);
                }
                continue;
            }
            anyClaim = true;
            if (claim.kind().hasAmount()) {
                var required = claim.required() || claim.kind() != ClaimKind.COSTS;
                present(at + "amount", answer.amount(), claim.label(), required);
                money(at + "amount", answer.amount(), part(claim, "amount"));
            } else {
                present(at + "detail", answer.detail(), claim.label(), true);
            }
            if (claim.kind().hasRateAndPeriod()) {
                percent(at + "rate", answer.rate(), part(claim, "rate"));
                var from = date(at + "from", answer.from(), part(claim, "from"));
                var to = date(at + "to", answer.to(), part(claim, "to"));
                // The amount in dispute counts interest up to the filing day only.
                if (to != null && to.isAfter(filingDate)) {
                    violations.add(
                            Violation.of(at + "to", "filing.rule.date.LE", part(claim, "to"), PartyFields.FILING_DATE));
                }
                if (from != null && to != null && from.isAfter(to)) {
                    violations.add(
                            Violation.of(at + "from", "filing.rule.date.LE", part(claim, "from"), part(claim, "to")));
                }
            }
        }
        if (complete() && !anyClaim) {
            violations.add(Violation.of("claims", "filing.error.claims.none"));
        }
    }

    private void facts() {
        for (var name : answers.facts().keySet()) {
            if (schema.fact(name).isEmpty()) {
                violations.add(Violation.of("facts." + name, "filing.error.unknown", name));
            }
        }
        for (var fact : schema.facts()) {
            var field = "facts." + fact.name();
            var value = answers.fact(fact.name());
            present(field, value, fact.label(), fact.required());
            if (value == null) {
                continue;
            }
            switch (fact.type()) {
                case DATE -> date(field, value, fact.label());
                case MONEY -> money(field, value, fact.label());
                case PERCENT -> percent(field, value, fact.label());
                case BOOLEAN -> oneOf(field, value, Set.of("true", "false"), fact.label(), false);
                case CHOICE -> {
                    if (fact.option(value).isEmpty()) {
                        violations.add(Violation.of(field, "filing.error.choice", fact.label()));
                    }
                }
                case TEXT -> {
                    if (value.length() > 2000) {
                        violations.add(Violation.of(field, "filing.error.tooLong", fact.label(), "2000"));
                    }
                }
            }
        }
    }

    private void rules() {
        for (var rule : schema.crossFieldRules()) {
            if (violations.stream().anyMatch(violation -> violation.field().equals(rule.left()))) {
                continue;
            }
            var left = values.get(rule.left());
            var right = operand(rule.right(), left);
            if (left == null || right == null) {
                continue;
            }
            if (!rule.operator().holds(compare(left, right))) {
                var kind = left instanceof LocalDate ? "date" : "number";
                violations.add(Violation.of(
                        rule.left(),
                        "filing.rule." + kind + "." + rule.operator().name(),
                        label(rule.left()),
                        rightLabel(rule.right())));
            }
        }
    }

    private void evidence() {
        var evidence = answers.evidence();
        for (var i = 0; i < evidence.size(); i++) {
            present("evidence[" + i + "].name", evidence.get(i).name(), PartyFields.EVIDENCE_NAME, true);
        }
    }

    private void procedure() {
        if (answers.procedure() != null && !PROCEDURES.contains(answers.procedure())) {
            violations.add(Violation.of("procedure", "filing.error.choice", new Label("审理程序", "Procedure")));
        }
    }

    private @Nullable Comparable<?> operand(String operand, @Nullable Comparable<?> left) {
        if (operand.equals(CrossFieldRule.FILING_DATE)) {
            return filingDate;
        }
        if (CrossFieldRule.isConstant(operand)) {
            if (left instanceof LocalDate) {
                return LocalDate.parse(operand);
            }
            return new BigDecimal(operand);
        }
        return values.get(operand);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Comparable left, Comparable right) {
        if (left instanceof BigDecimal number && right instanceof BigDecimal other) {
            return number.compareTo(other);
        }
        if (left.getClass() != right.getClass()) {
            throw new IllegalStateException("A rule compares unlike values: " + left + ", " + right);
        }
        return left.compareTo(right);
    }

    private Object rightLabel(String operand) {
        if (operand.equals(CrossFieldRule.FILING_DATE)) {
            return PartyFields.FILING_DATE;
        }
        if (CrossFieldRule.isConstant(operand)) {
            return operand;
        }
        return label(operand);
    }

    /** The label of a path a rule names: {@code facts.loanDate}, {@code claims.interest.from}. */
    Label label(String path) {
        var parts = path.split("\\.");
        if (parts[0].equals("facts")) {
            return schema.fact(parts[1]).orElseThrow().label();
        }
        return part(schema.claim(parts[1]).orElseThrow(), parts[2]);
    }

    /** 利息 起算日 / Interest from. */
    static Label part(ClaimDefinition claim, String part) {
        var suffix = switch (part) {
            case "rate" -> new Label("利率（年）", "annual rate");
            case "from" -> new Label("起算日", "from");
            case "to" -> new Label("截止日", "to");
            default -> new Label("金额", "amount");
        };
        return new Label(claim.label().zh() + suffix.zh(), claim.label().en() + " — " + suffix.en());
    }

    private void present(String field, @Nullable String value, Label label, boolean required) {
        if (value == null && required && complete()) {
            violations.add(Violation.of(field, "filing.error.required", label));
        }
    }

    private void oneOf(String field, @Nullable String value, Set<String> allowed, Label label, boolean required) {
        present(field, value, label, required);
        if (value != null && !allowed.contains(value)) {
            violations.add(Violation.of(field, "filing.error.choice", label));
        }
    }

    private @Nullable LocalDate date(String field, @Nullable String value, Label label) {
        if (value == null) {
            return null;
        }
        try {
            var date = LocalDate.parse(value);
            values.put(field, date);
            return date;
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(field, "filing.error.date", label));
            return null;
        }
    }

    private void money(String field, @Nullable String value, Label label) {
        var amount = number(field, value, label, "filing.error.money");
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            violations.add(Violation.of(field, "filing.error.money.negative", label));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            violations.add(Violation.of(field, "filing.error.money", label));
        } else {
            values.put(field, amount);
        }
    }

    private void percent(String field, @Nullable String value, Label label) {
        var rate = number(field, value, label, "filing.error.percent");
        if (rate == null) {
            return;
        }
        if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            violations.add(Violation.of(field, "filing.error.percent", label));
        } else {
            values.put(field, rate);
        }
    }

    private @Nullable BigDecimal number(String field, @Nullable String value, Label label, String code) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            violations.add(Violation.of(field, code, label));
            return null;
        }
    }
}
