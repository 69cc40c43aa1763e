package org.smartcourt.fees.domain;

/** The three forms of fee relief (司法救助) a party may apply for (诉讼费用交纳办法 Art. 44 ¶1), each with its article. */
public enum ReliefKind {
    /** 缓交: the fee is paid later (Art. 47). */
    DEFERRAL(47),
    /** 减交: part of the fee is not charged, at least 30 % (Art. 46). */
    REDUCTION(46),
    /** 免交: nothing is charged; natural persons only (Art. 44 ¶2, Art. 45). */
    WAIVER(45);

    private final int article;

    ReliefKind(int article) {
        this.article = article;
    }

    /** The article listing the grounds on which this relief must be granted. */
    public LegalBasis basis() {
        return new LegalBasis(Act.MEASURES, article, 0, 0, 0);
    }
}
