package org.stancewatch.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            return Parsed.rejected(RejectionReason.INVALID_UTF8, "record value is not valid UTF-8: " + e.getMessage());
        }
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return Parsed.rejected(RejectionReason.NOT_JSON, "not JSON: " + e.getOriginalMessage());
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
}
