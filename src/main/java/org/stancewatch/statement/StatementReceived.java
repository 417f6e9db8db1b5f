package org.stancewatch.statement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The payload of the {@code statements} topic: one observed statement, as a producer sends it. Unknown
 * fields are ignored so producers can add fields without breaking ingestion.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatementReceived(String id, String state, String forum, String date, String language, String text,
                                String source, String speaker, String onBehalfOf) {}
