/** The fee schedule as versioned data and the pure calculation of acceptance and application fees from case facts. */
@NullMarked
package org.smartcourt.fees.domain;

import org.jspecify.annotations.NullMarked;
