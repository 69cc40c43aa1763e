/** The court registry's model: courts and case types as the official lists define them, and the port to store them. */
@NullMarked
package org.smartcourt.courts.domain;

import org.jspecify.annotations.NullMarked;
