/** The administrators' API to check the audit log. */
@NullMarked
package org.smartcourt.audit.web;

import org.jspecify.annotations.NullMarked;
