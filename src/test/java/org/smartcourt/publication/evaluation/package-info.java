/** The labelled evaluation set of the anonymiser: its generator, its scorer and the test of the targets. */
@NullMarked
package org.smartcourt.publication.evaluation;

import org.jspecify.annotations.NullMarked;
