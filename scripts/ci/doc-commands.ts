/** A shell snippet of the documentation that runs the CLI: a whole ```sh block, or one inline `code` span. */
export interface DocCommand {
  /** File the snippet is in, as given. */
  readonly file: string;
  /** 1-based line where the block or span starts. */
  readonly line: number;
  readonly kind: 'block' | 'inline';
  /** The shell text, as written. */
  readonly script: string;
}

/** What makes a snippet one this check runs: the CLI as the README tells users to call it. */
export const CLI_INVOCATION = /(^|[\s;&|(])npx oci-mlops(\s|$)/m;

/**
 * The snippets of a Markdown file that call `npx oci-mlops`: every fenced block tagged sh, bash or shell
 * (the block is one unit, so that its variables and earlier steps hold), and every inline code span
 * outside fences.
 *
 * @param file the file name, carried into each result
 * @param markdown the file's text
 * @returns the snippets in file order
 * @example extractDocCommands('README.md', 'Run `npx oci-mlops --help`.') // [{ file: 'README.md', line: 1, kind: 'inline', script: 'npx oci-mlops --help' }]
 */
export function extractDocCommands(file: string, markdown: string): DocCommand[] {
  const out: DocCommand[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]!);
    if (fence) {
      const end = lines.findIndex((l, j) => j > i && l.trim().startsWith(fence[2]!));
      const body = lines.slice(i + 1, end < 0 ? lines.length : end).join('\n');
      if (['sh', 'bash', 'shell'].includes(fence[3]!) && CLI_INVOCATION.test(body)) out.push({ file, line: i + 2, kind: 'block', script: body });
      i = end < 0 ? lines.length : end;
      continue;
    }
    for (const span of lines[i]!.matchAll(/`([^`]+)`/g)) {
      if (CLI_INVOCATION.test(span[1]!)) out.push({ file, line: i + 1, kind: 'inline', script: span[1]! });
    }
  }
  return out;
}

/** True for a synopsis rather than a command: placeholders such as `...`, `<file>` or `[options]` outside comments. */
export function isTemplate(script: string): boolean {
  const code = script.split('\n').filter((l) => !/^\s*#/.test(l)).join('\n');
  return /\.\.\.|<[a-z][\w -]*>|\s\[[a-z-][^\]]*\]/i.test(code);
}

/**
 * The snippet as a bash script to run: a line that starts `npx oci-mlops serve` runs in the background
 * until it prints "ready on" (the next lines then call it), and stops when the script ends.
 *
 * @param script the snippet
 * @returns the script with the helper functions it needs
 */
export function runnableScript(script: string): string {
  const prelude = [
    'server_pid=',
    'stop_server() { if [ -n "$server_pid" ]; then kill -- "-$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi; }',
    'trap stop_server EXIT',
    'start_server() {',
    '  local log; log=$(mktemp)',
    // Job control on: the server gets a process group of its own, which stop_server ends whole.
    '  set -m; bash -c "$*" >"$log" 2>&1 & server_pid=$!; set +m',
    '  for _ in $(seq 1 240); do',
    '    if grep -q "ready on" "$log"; then cat "$log"; return 0; fi',
    '    if ! kill -0 "$server_pid" 2>/dev/null; then cat "$log"; echo "server exited before it was ready" >&2; return 1; fi',
    '    sleep 0.5',
    '  done',
    '  cat "$log"; echo "server not ready after 120 s" >&2; return 1',
    '}',
  ];
  // Join continuation lines first, so that a long serve command moves to the background whole.
  const logical = script.replace(/\\\n/g, ' ').split('\n');
  const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
  const body = logical.map((l) => (/^\s*npx oci-mlops serve\b/.test(l) ? `start_server ${quote(l.trim())}` : l));
  return [...prelude, ...body].join('\n');
}
