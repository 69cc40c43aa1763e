/** SmartCourt: an online court platform built as a modular monolith. */
@NullMarked
package org.smartcourt;

import org.jspecify.annotations.NullMarked;
