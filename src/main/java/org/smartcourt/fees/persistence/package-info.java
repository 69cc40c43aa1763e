/** Reads the fee schedule versions and the provincial amounts from the data files under {@code fees/}. */
@NullMarked
package org.smartcourt.fees.persistence;

import org.jspecify.annotations.NullMarked;
