/** Use cases of the fees module: quotes, fee notices, payment booking, receipts, refunds, reconciliation, overdue checks, fee relief. */
@NullMarked
package org.smartcourt.fees.application;

import org.jspecify.annotations.NullMarked;
