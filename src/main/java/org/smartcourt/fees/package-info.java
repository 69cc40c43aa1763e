/**
 * Litigation costs under the Measures on the Payment of Litigation Costs (诉讼费用交纳办法): the fee schedule, fee
 * quotes, fee notices, online payment through a gateway, the
 * double-entry ledger per case, receipts, refunds, reconciliation and fee relief (司法救助: deferral, reduction, waiver).
 */
@ApplicationModule(
        allowedDependencies = {"shared", "api", "audit", "courts", "docket", "documents", "identity", "notifications"})
@NullMarked
package org.smartcourt.fees;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
