/** Turns XHTML into PDF with the bundled Chinese font, and draws QR codes. */
@NullMarked
package org.smartcourt.documents.rendering;

import org.jspecify.annotations.NullMarked;
