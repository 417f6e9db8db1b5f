package org.stancewatch.statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A superseded classification of a statement: archived when a newer classifier version reclassified it. */
@Entity
@Table(name = "statement_classification")
public class StatementClassification extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "statement_id") String statementId,
                      @Column(name = "classifier_version") String classifierVersion) implements Serializable {}

    @EmbeddedId
    public Key key;
    public String stance;
    public float score;
    public float confidence;
    @Column(name = "multistakeholder_signal")
    public float multistakeholderSignal;
    @Column(name = "multilateral_signal")
    public float multilateralSignal;
    /** The evidence spans, as the JSON array the classifier produced. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String evidence;
    @Column(name = "classified_at")
    public OffsetDateTime classifiedAt;
    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;
}
