/**
 * The clerk's page and API for a case's decisions: {@code /staff/cases/{id}/decisions} and {@code
 * /api/v1/staff/cases/{id}/decisions}.
 */
@NullMarked
package org.smartcourt.judgments.web;

import org.jspecify.annotations.NullMarked;
