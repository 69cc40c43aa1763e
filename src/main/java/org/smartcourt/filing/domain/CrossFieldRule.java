package org.smartcourt.filing.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A declarative rule between an element and another element, the filing date or a constant, written in a schema as
 * {@code "loanDate <= $filingDate"}, {@code "facts.loanAmount > 0"} or {@code "claims.interest.from <= facts.loanDate"}.
 * A bare name means a fact element. The rule is checked only when both sides have a readable value (a missing
 * required element is reported as missing, not as a broken rule); a broken rule is reported on the left element.
 */
public record CrossFieldRule(String left, Operator operator, String right) {

    /** The day the filing is checked, standing for the filing date. */
    public static final String FILING_DATE = "$filingDate";

    private static final Pattern EXPRESSION = Pattern.compile("\\s*(\\S+)\\s*(<=|>=|==|!=|<|>)\\s*(\\S+)\\s*");

    public CrossFieldRule {
        Objects.requireNonNull(operator, "operator");
        left = path(left);
        right = right.startsWith("$") || isConstant(right) ? right : path(right);
    }

    /** Reads {@code "loanDate <= $filingDate"}. */
    public static CrossFieldRule parse(String expression) {
        var matcher = EXPRESSION.matcher(expression);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a rule: " + expression);
        }
        return new CrossFieldRule(matcher.group(1), Operator.of(matcher.group(2)), matcher.group(3));
    }

    static boolean isConstant(String operand) {
        return !operand.isEmpty() && (Character.isDigit(operand.charAt(0)) || operand.charAt(0) == '-');
    }

    private static String path(String operand) {
        if (operand.startsWith("facts.") || operand.startsWith("claims.")) {
            return operand;
        }
        return "facts." + operand;
    }

    @Override
    public String toString() {
        return left + " " + operator.symbol() + " " + right;
    }
}
