import { parse } from 'shell-quote';

/** Programs a RUN line may call that act only on files under the stage's working directory. */
export const RUNNABLE = new Set(['npm', 'npx', 'node', 'rm', 'mkdir', 'cp', 'mv', 'ln', 'ls', 'cat', 'echo', 'true', 'test']);

/**
 * Programs that change the base image's system (users, packages, ownership): they cannot run here
 * (no base image, and they would change this machine), so a shim records each call for the report.
 */
export const RECORDED = new Set([
  'useradd', 'groupadd', 'adduser', 'addgroup', 'usermod', 'chown', 'chmod', 'apt-get', 'apt', 'microdnf', 'dnf', 'yum', 'apk', 'pip', 'pip3',
]);

/** What running one RUN shell command here involves. */
export interface RunPlan {
  /** Each simple command's program, in order, and whether it runs here or is recorded by a shim. */
  readonly commands: readonly { readonly program: string; readonly args: readonly string[]; readonly action: 'run' | 'record' }[];
  /** Users the command creates with an explicit uid (`useradd --uid 1000 fn`), by name. */
  readonly users: Readonly<Record<string, number>>;
  /** Why the command cannot be reproduced here (an unknown program, an absolute path); empty when it can. */
  readonly problems: readonly string[];
}

/**
 * Splits a RUN line's shell command into simple commands with `shell-quote` and decides, for each,
 * whether it can run in the scratch image root (npm, npx, file commands on relative paths) or must
 * be recorded as a step that needs the real base image (useradd, chown, apt-get, pip...).
 *
 * @param command - the RUN instruction's shell form, continuations joined
 * @returns the plan; `problems` lists what stops it from running faithfully
 * @example
 * planRunCommand('npm ci --ignore-scripts && useradd --uid 1000 fn').users; // { fn: 1000 }
 */
export function planRunCommand(command: string): RunPlan {
  const tokens = parse(command, (name) => `$${name}`);
  const commands: { program: string; args: string[]; action: 'run' | 'record' }[] = [];
  const users: Record<string, number> = {};
  const problems: string[] = [];
  let words: string[] = [];
  const flush = () => {
    // Leading NAME=value words are assignments, not the program.
    while (words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!)) words.shift();
    if (words.length === 0) return;
    const [program, ...args] = words as [string, ...string[]];
    words = [];
    if (RECORDED.has(program)) {
      commands.push({ program, args, action: 'record' });
      if (program === 'useradd' || program === 'adduser') {
        const uidAt = args.findIndex((a) => a === '--uid' || a === '-u');
        const name = args.at(-1);
        if (uidAt >= 0 && name && /^\d+$/.test(args[uidAt + 1] ?? '')) users[name] = Number(args[uidAt + 1]);
      }
      return;
    }
    if (!RUNNABLE.has(program)) {
      problems.push(`\`${program}\` is neither a file/npm command this check runs (${[...RUNNABLE].join(', ')}) nor a system command it records (${[...RECORDED].join(', ')})`);
      return;
    }
    const absolute = args.find((a) => a.startsWith('/'));
    if (absolute) problems.push(`\`${program} ... ${absolute}\` uses an absolute path, which cannot be mapped into the scratch image root`);
    commands.push({ program, args, action: 'run' });
  };
  for (const t of tokens) {
    if (typeof t === 'string') words.push(t);
    else if ('op' in t && t.op === 'glob') words.push(t.pattern);
    else if ('op' in t && ['&&', '||', ';', '|'].includes(t.op)) flush();
    else if ('comment' in t) continue;
    else problems.push(`shell operator ${JSON.stringify(t)} is not supported (redirections and subshells are not reproduced)`);
  }
  flush();
  return { commands, users, problems };
}
