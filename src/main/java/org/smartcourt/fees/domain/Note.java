package org.smartcourt.fees.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Something the assessment explains without changing the amount, with its basis (null for the rounding policy). */
public record Note(
        Kind kind, List<String> arguments, @Nullable LegalBasis basis) {

    public Note {
        arguments = List.copyOf(arguments);
    }

    /** The kinds of explanation; arguments in brackets. */
    public enum Kind {
        /** Several property claims added together [number of claims, sum]. */
        CLAIMS_ADDED,
        /** Claims without an amount are covered by the property fee [sum]. */
        NON_PROPERTY_CLAIMS_INCLUDED,
        /** Fee on the amount of the appeal request [amount]. */
        APPEAL_AMOUNT,
        /** Fee on the disputed part of the original decision [amount]. */
        RETRIAL_AMOUNT,
        /** Further halving grounds that do not halve again [grounds]. */
        SINGLE_HALVING,
        /** The province's amount is a placeholder, not yet checked against its official notice [province]. */
        PROVINCIAL_PLACEHOLDER,
        /** The exact amount was rounded [exact, rounded, scale, rounding mode]. */
        ROUNDED
    }
}
