/** A DuckDB identifier, double-quoted. */
export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** A DuckDB string literal, single-quoted. */
export const quoteLiteral = (value: string): string => `'${value.replace(/'/g, "''")}'`;
