/** The guided filing form and the filing API under {@code /api/v1/filing}. */
@NullMarked
package org.smartcourt.filing.web;

import org.jspecify.annotations.NullMarked;
