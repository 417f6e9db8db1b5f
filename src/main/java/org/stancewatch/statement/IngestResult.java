package org.stancewatch.statement;

/** What happened to one statement offered for ingestion. */
public record IngestResult(String id, Outcome outcome, RejectionReason reason, String detail) {
    public enum Outcome { STORED, DUPLICATE, REJECTED }

    static IngestResult stored(String id) {
        return new IngestResult(id, Outcome.STORED, null, null);
    }

    static IngestResult duplicate(String id) {
        return new IngestResult(id, Outcome.DUPLICATE, null, null);
    }

    static IngestResult rejected(String id, RejectionReason reason, String detail) {
        return new IngestResult(id, Outcome.REJECTED, reason, detail);
    }
}
