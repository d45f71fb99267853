import { existsSync, readFileSync } from 'node:fs';
import { closest, distance } from 'fastest-levenshtein';
import { type z } from 'zod';
import { type ConfigProblem } from './config-problem';
import { objectKeys, schemaAt } from './schema-walk';
import { YamlSource } from './yaml-source';

export type LoadResult<T> =
  | { readonly ok: true; readonly value: T; readonly source: YamlSource }
  | { readonly ok: false; readonly problems: ConfigProblem[]; readonly source?: YamlSource };

/** Reads one YAML config file and validates it with `schema`, collecting every problem with its position. */
export function loadConfigFile<S extends z.ZodType>(file: string, schema: S): LoadResult<z.output<S>> {
  if (!existsSync(file)) return { ok: false, problems: [{ file, line: 1, col: 1, path: '', message: 'file not found' }] };
  const source = new YamlSource(readFileSync(file, 'utf8'));
  if (source.syntaxErrors.length) {
    return { ok: false, source, problems: source.syntaxErrors.map((e) => ({ file, line: e.line, col: e.col, path: '', message: `malformed YAML: ${e.message}` })) };
  }
  const problems = duplicateNameProblems(file, source);
  const parsed = schema.safeParse(source.data ?? {}, { reportInput: true });
  if (!parsed.success) problems.push(...parsed.error.issues.flatMap((issue) => issueProblems(file, source, schema, issue)));
  problems.sort((a, b) => a.line - b.line || a.col - b.col);
  return problems.length || !parsed.success ? { ok: false, source, problems } : { ok: true, value: parsed.data, source };
}

function duplicateNameProblems(file: string, source: YamlSource): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const list of source.namedLists()) {
    const first = new Map<string, number>();
    for (const { name, index } of list.names) {
      const earlier = first.get(name);
      if (earlier === undefined) {
        first.set(name, index);
        continue;
      }
      const path = [...list.path, index, 'name'];
      problems.push({ file, ...source.position(path), path: path.join('.'), message: `duplicate name "${name}": item ${earlier} of ${list.path.join('.')} already uses it` });
    }
  }
  return problems;
}

const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));

function suggestion(value: string, allowed: readonly string[]): string | undefined {
  if (!allowed.length) return undefined;
  const best = closest(value, allowed as string[]);
  return distance(value, best) <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

function issueProblems(file: string, source: YamlSource, schema: z.ZodType, issue: z.core.$ZodIssue): ConfigProblem[] {
  const path = issue.path as PropertyKey[];
  const dotted = (p: readonly PropertyKey[]) => p.map(String).join('.');
  const input = (issue as { input?: unknown }).input;

  if (issue.code === 'unrecognized_keys') {
    const allowed = objectKeys(schemaAt(schema, path, source.data));
    return issue.keys.map((key) => {
      const near = suggestion(key, allowed);
      const hint = near ? `; did you mean "${near}"?` : `; allowed keys: ${allowed.join(', ')}`;
      return { file, ...source.position([...path, key], 'key'), path: dotted([...path, key]), message: `unknown key "${key}"${hint}` };
    });
  }
  if (issue.code === 'invalid_type' && input === undefined) {
    return [{ file, ...source.position(path.slice(0, -1)), path: dotted(path), message: `missing required key "${String(path.at(-1))}" (expected ${issue.expected})` }];
  }
  let message = issue.message;
  if (issue.code === 'invalid_value') {
    const values = issue.values.map(String);
    const near = typeof input === 'string' ? suggestion(input, values) : undefined;
    message = values.length > 8
      ? `unknown value ${show(input)}${near ? `; did you mean "${near}"?` : ''} (${values.length} allowed values, see the JSON Schema)`
      : `must be one of ${values.map((v) => `"${v}"`).join(', ')}, got ${show(input)}${near ? `; did you mean "${near}"?` : ''}`;
  } else if (issue.code === 'invalid_type') {
    message = `expected ${issue.expected}, got ${show(input)}`;
  } else if (input !== undefined && typeof input !== 'object') {
    message = `${message}, got ${show(input)}`;
  }
  return [{ file, ...source.position(path), path: dotted(path), message }];
}
