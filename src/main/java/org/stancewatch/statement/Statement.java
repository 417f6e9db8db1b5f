package org.stancewatch.statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored statement with its current classification and evidence (read model; ingestion writes with JDBC batches). */
@Entity
@Table(name = "statement")
public class Statement extends PanacheEntityBase {
    @Id
    public String id;
    public long seq;
    @Column(name = "state_code")
    public String stateCode;
    @Column(name = "actor_code")
    public String actorCode;
    @Column(name = "on_behalf_of")
    public String onBehalfOf;
    @Column(name = "forum_code")
    public String forumCode;
    @Column(name = "forum_raw")
    public String forumRaw;
    @Column(name = "statement_date")
    public LocalDate date;
    @Column(name = "date_precision")
    public String datePrecision;
    @Column(columnDefinition = "bpchar(2)")
    public String language;
    @Column(name = "language_detected")
    public boolean languageDetected;
    public String text;
    public String source;
    public String speaker;
    @Column(name = "content_hash", columnDefinition = "bpchar(64)")
    public String contentHash;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
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
    @Column(name = "classifier_version")
    public String classifierVersion;
    @Column(name = "classified_at")
    public OffsetDateTime classifiedAt;
}
