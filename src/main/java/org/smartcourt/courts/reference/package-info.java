/** Reads the official court-code and case-type lists shipped as CSV files under {@code reference/court-codes/}. */
@NullMarked
package org.smartcourt.courts.reference;

import org.jspecify.annotations.NullMarked;
