package org.smartcourt.docket.domain;

/** 在线诉讼规则 Art. 9(2): corrections are requested once, listing every defect; a second request is refused. */
public class CorrectionAlreadyRequested extends RuntimeException {

    public CorrectionAlreadyRequested() {
        super("Corrections were already requested once for this case");
    }
}
