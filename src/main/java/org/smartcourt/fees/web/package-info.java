/** The public fee calculator page and the fee quote API. */
@NullMarked
package org.smartcourt.fees.web;

import org.jspecify.annotations.NullMarked;
