package org.stancewatch.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns the raw bytes of a {@code statements} record into a {@link StatementReceived}, or says precisely
 * why it cannot: too large, invalid UTF-8, not JSON, wrong types.
 */
@ApplicationScoped
public class StatementEventParser {

    /** The outcome of parsing one record. Exactly one of {@code event} and {@code reason} is set. */
    public record Parsed(StatementReceived event, RejectionReason reason, String detail) {
        static Parsed ok(StatementReceived e) {
            return new Parsed(e, null, null);
        }

        static Parsed rejected(RejectionReason reason, String detail) {
            return new Parsed(null, reason, detail);
        }
    }

    static final List<String> STRING_FIELDS = List.of("id", "state", "forum", "date", "language", "text", "source", "speaker", "onBehalfOf");

    private final ObjectMapper mapper;
    private final int maxRecordBytes;

    public StatementEventParser(ObjectMapper mapper, @ConfigProperty(name = "stancewatch.ingest.max-record-bytes") int maxRecordBytes) {
        this.mapper = mapper;
        this.maxRecordBytes = maxRecordBytes;
    }

    public Parsed parse(byte[] value) {
        if (value == null || value.length == 0) return Parsed.rejected(RejectionReason.NOT_JSON, "empty record value");
        if (value.length > maxRecordBytes) {
            return Parsed.rejected(RejectionReason.TOO_LARGE, "record value is " + value.length + " bytes; the limit is " + maxRecordBytes);
        }
        if (!validUtf8(value)) return Parsed.rejected(RejectionReason.INVALID_UTF8, "record value is not valid UTF-8");
        JsonNode node;
        try {
            node = mapper.readTree(value);
        } catch (IOException e) {
            return Parsed.rejected(RejectionReason.NOT_JSON, "not JSON: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            return Parsed.rejected(RejectionReason.WRONG_TYPE, "the value must be a JSON object, was " + (node == null ? "nothing" : node.getNodeType()));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (STRING_FIELDS.contains(f.getKey()) && !f.getValue().isTextual() && !f.getValue().isNull()) {
                return Parsed.rejected(RejectionReason.WRONG_TYPE, f.getKey() + ": must be a string, was " + f.getValue().getNodeType());
            }
        }
        try {
            return Parsed.ok(mapper.treeToValue(node, StatementReceived.class));
        } catch (JsonProcessingException e) {
            return Parsed.rejected(RejectionReason.WRONG_TYPE, e.getOriginalMessage());
        }
    }

    /** Strict UTF-8 check without decoding: no overlong forms, no surrogates, nothing above U+10FFFF. */
    static boolean validUtf8(byte[] b) {
        int i = 0, n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len;
            int min;
            if (c >= 0xC2 && c <= 0xDF) { len = 2; min = 0x80; }
            else if (c >= 0xE0 && c <= 0xEF) { len = 3; min = 0x800; }
            else if (c >= 0xF0 && c <= 0xF4) { len = 4; min = 0x10000; }
            else return false;
            if (i + len > n) return false;
            int cp = c & (0xFF >> (len + 1));
            for (int k = 1; k < len; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) return false;
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
            i += len;
        }
        return true;
    }
}
