package org.smartcourt.fees.domain;

/** A line of a fee notice's breakdown, written out in both languages when the notice is issued. */
public record NoticeLine(
        String item,
        String kind,
        String descriptionZh,
        String descriptionEn,
        String fee,
        String basisZh,
        String basisEn) {}
