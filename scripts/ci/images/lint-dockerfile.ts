import { type DockerfileModel, type DockerStage } from './read-dockerfile';

/** One lint finding; `error` fails the check, `note` is printed only. */
export interface LintFinding {
  readonly rule: 'non-root-user' | 'no-secret-in-env' | 'pinned-base-digest' | 'pinned-base-tag';
  readonly level: 'error' | 'note';
  readonly line: number;
  readonly message: string;
}

export interface LintOptions {
  /**
   * Fail on a base image referenced without `@sha256:` digest.
   * @default false (such a base image is a note)
   */
  readonly requireDigests?: boolean;
}

/** Name parts that mark a variable as holding a credential (PWD is the shell's working directory, not one). */
const SECRET_PARTS = new Set(['PASSWORD', 'PASSWD', 'PASSPHRASE', 'SECRET', 'SECRETS', 'TOKEN', 'KEY', 'APIKEY', 'CREDENTIAL', 'CREDENTIALS']);

/** True when `name` (such as `DB_PASSWORD` or `apiKey`) names a credential. */
export function isSecretName(name: string): boolean {
  const parts = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().split(/[^A-Z0-9]+/);
  return parts.some((p) => SECRET_PARTS.has(p));
}

/** The stage an image is built from, following `FROM <earlier stage>`; undefined for an external image. */
function stageOf(model: DockerfileModel, stage: DockerStage): DockerStage | undefined {
  return model.stages.find((s) => s.index < stage.index && s.name !== undefined && s.name === stage.base);
}

/**
 * The user the final image runs as: the last USER of its stage, else of the stage it is built from.
 * Undefined when no stage in its chain sets one (the base image's default, root for node and python).
 */
function effectiveUser(model: DockerfileModel, stage: DockerStage): { user: string; line: number } | undefined {
  const users = stage.steps.filter((s) => s.kind === 'USER');
  const last = users.at(-1);
  if (last) return { user: last.user, line: last.line };
  const parent = stageOf(model, stage);
  return parent ? effectiveUser(model, parent) : undefined;
}

/**
 * Lints a parsed Dockerfile: the final image runs as a non-root user, no ENV holds a literal
 * credential, and every external base image is pinned by tag (and, with `requireDigests`, by digest).
 *
 * @param model - the parsed Dockerfile
 * @param options - see LintOptions
 * @returns the findings, in line order
 * @example
 * lintDockerfile(readDockerfile('functions/monitor/Dockerfile')).filter((f) => f.level === 'error'); // []
 */
export function lintDockerfile(model: DockerfileModel, options: LintOptions = {}): LintFinding[] {
  const findings: LintFinding[] = [];
  const final = model.stages.at(-1)!;
  const user = effectiveUser(model, final);
  if (!user) {
    findings.push({ rule: 'non-root-user', level: 'error', line: final.line, message: 'the final stage sets no USER: the container would run as the base image\'s default user (root); add USER <unprivileged user>' });
  } else if (/^(root|0)(:.*)?$/.test(user.user)) {
    findings.push({ rule: 'non-root-user', level: 'error', line: user.line, message: `the final stage runs as ${user.user}; use an unprivileged user` });
  }
  for (const stage of model.stages) {
    for (const step of stage.steps) {
      if (step.kind !== 'ENV') continue;
      for (const [name, value] of step.vars) {
        if (isSecretName(name) && value.trim() !== '') {
          findings.push({ rule: 'no-secret-in-env', level: 'error', line: step.line, message: `ENV ${name} holds a literal value: a credential in an image layer is readable by anyone who can pull it; pass it at run time (function config, Vault)` });
        }
      }
    }
    if (stageOf(model, stage)) continue;
    if (!stage.baseTag && !stage.baseDigest || stage.baseTag === 'latest') {
      findings.push({ rule: 'pinned-base-tag', level: 'error', line: stage.line, message: `FROM ${stage.base} floats: name a version tag (node:20-bookworm-slim), or a digest` });
    }
    if (!stage.baseDigest) {
      findings.push({
        rule: 'pinned-base-digest', level: options.requireDigests ? 'error' : 'note', line: stage.line,
        message: `FROM ${stage.base} has no @sha256: digest: the tag can move to other contents between builds`,
      });
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}
