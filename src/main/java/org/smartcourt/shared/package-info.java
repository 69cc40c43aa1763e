/** Value types that nearly every module passes around; no beans. */
@NullMarked
package org.smartcourt.shared;

import org.jspecify.annotations.NullMarked;
