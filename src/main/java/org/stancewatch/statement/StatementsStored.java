package org.stancewatch.statement;

import java.util.List;

/**
 * Fired synchronously inside the transaction that stored the statements, so that derived state (trend
 * rollups, stances, the outbox) commits or rolls back with them. Never leaves the process.
 */
public record StatementsStored(List<StoredStatement> statements) {}
