/** Use cases: storing, issuing sealed PDFs, opening and verifying documents. */
@NullMarked
package org.smartcourt.documents.application;

import org.jspecify.annotations.NullMarked;
