/** The platform certificate authority, court seal keys, PDF signing and signature checks. */
@NullMarked
package org.smartcourt.documents.sealing;

import org.jspecify.annotations.NullMarked;
