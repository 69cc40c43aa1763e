/** The public risk calculator page, the mediation explainer and {@code POST /api/v1/risk-assessments}. */
@NullMarked
package org.smartcourt.guidance.web;

import org.jspecify.annotations.NullMarked;
