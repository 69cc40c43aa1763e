/** The case types of the risk calculator, read from the bundled data file. */
@NullMarked
package org.smartcourt.guidance.persistence;

import org.jspecify.annotations.NullMarked;
