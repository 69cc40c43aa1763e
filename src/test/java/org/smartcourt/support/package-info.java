/** Test meta-annotations and fixtures shared by every module's tests. */
@NullMarked
package org.smartcourt.support;

import org.jspecify.annotations.NullMarked;
