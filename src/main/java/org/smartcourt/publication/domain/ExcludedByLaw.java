package org.smartcourt.publication.domain;

/** Art. 4 excludes the document from full publication; the reviewer must mark it excluded (or state the necessity). */
public class ExcludedByLaw extends RuntimeException {

    private final ExclusionGround ground;

    public ExcludedByLaw(ExclusionGround ground) {
        super("Excluded by Art. 4(" + ground.item() + ")", null, false, false);
        this.ground = ground;
    }

    public ExclusionGround ground() {
        return ground;
    }
}
