/** Reads the fee schedule and provincial amounts from data files; stores notices, payments, the ledger, refunds and tasks. */
@NullMarked
package org.smartcourt.fees.persistence;

import org.jspecify.annotations.NullMarked;
