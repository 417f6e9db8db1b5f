package org.stancewatch.statement;

import java.util.List;

/**
 * Fired synchronously inside the transaction that re-classified statements: {@code before.get(i)} became
 * {@code after.get(i)}. Derived state (trend rollups) moves the statements from the old to the new label.
 */
public record StatementsReclassified(List<StoredStatement> before, List<StoredStatement> after) {}
