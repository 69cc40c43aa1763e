package org.smartcourt.fees.domain;

/** The facts a fee depends on: either a case-acceptance fee or an application fee. */
public sealed interface FeeFacts permits CaseFacts, ApplicationFacts {}
