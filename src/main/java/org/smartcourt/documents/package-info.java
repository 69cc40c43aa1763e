/**
 * Court documents: a content-addressed, immutable document store, PDF rendering with a bundled Chinese font, court
 * e-seals issued by the platform's certificate authority, and public verification of sealed PDFs.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit"})
@NullMarked
package org.smartcourt.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
