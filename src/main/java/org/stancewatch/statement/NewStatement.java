package org.stancewatch.statement;

import java.time.LocalDate;
import org.stancewatch.classification.Language;
import org.stancewatch.web.PartialDate;

/**
 * A statement that passed validation, normalised for storage. {@code language} is null when the producer
 * sent none (it is detected before classification). {@code actorCode} is who the statement counts for:
 * the bloc when it was made on behalf of one, otherwise the state.
 */
public record NewStatement(String id, String stateCode, String actorCode, String onBehalfOf, String forumCode,
                           String forumRaw, LocalDate date, PartialDate.Precision datePrecision, Language language,
                           String text, String source, String speaker, String contentHash) {}
