/** The case API under /api/v1/cases and the pages for parties and registration clerks. */
@NullMarked
package org.smartcourt.docket.web;

import org.jspecify.annotations.NullMarked;
