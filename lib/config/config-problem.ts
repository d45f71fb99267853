/** One problem found in a config file, located in its source. */
export interface ConfigProblem {
  /** The file as the user named it (relative paths stay relative). */
  readonly file: string;
  /** 1-based line and column of the offending node, or of the file's start when it has none. */
  readonly line: number;
  readonly col: number;
  /** Dotted path inside the document (`endpoints.0.name`), empty for the whole document. */
  readonly path: string;
  readonly message: string;
}

/** `<file>:<line>:<col> <path>: <message>`, the format editors and CI annotators link. */
export function formatProblem(p: ConfigProblem): string {
  return `${p.file}:${p.line}:${p.col} ${p.path || '(document)'}: ${p.message}`;
}

/** Thrown when config files have problems; `problems` lists every one of them, in file order. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in config files:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ConfigError';
  }
}
