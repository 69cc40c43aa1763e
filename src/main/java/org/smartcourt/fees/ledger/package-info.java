/** The double-entry ledger of a case's fees: accounts, balanced transactions and balances; no Spring, no storage. */
@NullMarked
package org.smartcourt.fees.ledger;

import org.jspecify.annotations.NullMarked;
