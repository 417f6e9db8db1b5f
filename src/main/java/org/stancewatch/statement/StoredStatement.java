package org.stancewatch.statement;

import java.time.LocalDate;
import org.stancewatch.classification.Stance;

/** What listeners in the same transaction (rollups, stance tracking) need to know of a newly stored statement. */
public record StoredStatement(long seq, String id, String actorCode, String forumCode, String language,
                              LocalDate date, Stance stance, double score, double confidence,
                              String classifierVersion) {}
