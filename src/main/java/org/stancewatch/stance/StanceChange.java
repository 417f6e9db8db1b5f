package org.stancewatch.stance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stance-change event as stored: the history, and the outbox while {@code publishedAt} is null. */
@Entity
@Table(name = "stance_change")
public class StanceChange extends PanacheEntityBase {
    @Id
    public long seq;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "actor_code")
    public String actorCode;
    @Column(name = "previous_stance")
    public String previousStance;
    @Column(name = "previous_score")
    public float previousScore;
    @Column(name = "previous_n")
    public int previousN;
    @Column(name = "current_stance")
    public String currentStance;
    @Column(name = "current_score")
    public float currentScore;
    @Column(name = "current_n")
    public int currentN;
    @Column(name = "current_confidence")
    public float currentConfidence;
    public String cause;
    @Column(name = "statement_id")
    public String statementId;
    @Column(name = "statement_date")
    public LocalDate statementDate;
    @Column(name = "classifier_version")
    public String classifierVersion;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "publish_attempts")
    public int publishAttempts;

    public CloudEvent<StanceChanged> toEvent() {
        return new CloudEvent<>(CloudEvent.SPEC_VERSION, eventId.toString(), CloudEvent.STANCE_CHANGED, CloudEvent.SOURCE,
                actorCode, occurredAt, "application/json",
                new StanceChanged(actorCode,
                        new StanceChanged.Previous(previousStance, previousScore, previousN),
                        new StanceChanged.Current(currentStance, currentScore, currentN, currentConfidence),
                        cause, statementId, statementDate, classifierVersion));
    }
}
