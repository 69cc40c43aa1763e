package org.smartcourt.fees.domain;

import org.smartcourt.shared.Money;

/** The refund when a plaintiff misses the top-up after summary procedure turned ordinary (SPC Interp. Art. 199). */
public record ConversionRefund(Money refund, ExactAmount exact, LegalBasis basis) {}
