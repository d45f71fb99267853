/** An SQL identifier, double-quoted: the standard form DuckDB, SQLite and Oracle all read. */
export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** An SQL string literal, single-quoted (DuckDB, SQLite, Oracle). */
export const quoteLiteral = (value: string): string => `'${value.replace(/'/g, "''")}'`;
