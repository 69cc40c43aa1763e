package org.smartcourt.courts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CourtroomSummary;
import org.smartcourt.shared.CourtCode;

/** A row of {@code courtroom}. */
@Entity
@Table(name = "courtroom")
public class CourtroomEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "court_code", nullable = false)
    private String courtCode;

    @Column(nullable = false)
    private String name;

    @Column(name = "online_capable", nullable = false)
    private boolean onlineCapable;

    protected CourtroomEntity() {
        this.courtCode = "";
        this.name = "";
    }

    public CourtroomEntity(CourtCode court, String name, boolean onlineCapable) {
        this.courtCode = court.value();
        this.name = name;
        this.onlineCapable = onlineCapable;
    }

    public CourtroomSummary summary() {
        return new CourtroomSummary(CourtCode.of(courtCode), name, onlineCapable);
    }
}
