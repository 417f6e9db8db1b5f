package org.stancewatch.statement;

/** Why a statement was not stored; the value of the {@code dead-letter-reason} header on the DLQ. */
public enum RejectionReason {
    INVALID_UTF8("invalid-utf8"),
    NOT_JSON("not-json"),
    WRONG_TYPE("wrong-type"),
    MISSING_FIELD("missing-field"),
    UNKNOWN_STATE("unknown-state"),
    TOO_LARGE("too-large"),
    INVALID_VALUE("invalid-value"),
    CONFLICT("conflict"),
    STORAGE_ERROR("storage-error");

    private final String code;

    RejectionReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
