package org.smartcourt.identity.web;

/** Marks the identity module's REST controllers, so that {@link IdentityApiAdvice} applies to them alone. */
interface IdentityApi {}
