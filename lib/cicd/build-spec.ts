import { Document } from 'yaml';
import { ocidShape } from '../../runtime/contract/ocid-shape';

/**
 * Typed model of an OCI DevOps build specification (`build_spec.yaml`, version 0.1), the file a
 * managed-build stage runs: runner settings, environment (plain, Vault-backed and exported
 * variables), `Command` steps with their own timeouts and `onFailure` commands, and output
 * artifacts (container images and files) for a deliver-artifacts stage.
 * Reference: https://docs.oracle.com/iaas/Content/devops/using/build_specs.htm
 */

/** Shells a build spec or a step can run its commands with. */
export type BuildSpecShell = 'bash' | 'sh';

/** A command run when its step fails (clean-up, diagnostics). */
export interface BuildSpecFailureCommand {
  readonly type: 'Command';
  /** Shell command(s); several lines run in order. */
  readonly command: string;
  /**
   * Seconds before the command is stopped, 1 to the spec's `timeoutInSeconds`.
   * @default - the spec's timeout
   */
  readonly timeoutInSeconds?: number;
}

/** One `Command` step; steps run in order on the build runner. */
export interface BuildSpecCommandStep {
  readonly type: 'Command';
  /** Unique within the spec: shown in the build run's log. */
  readonly name: string;
  /** Shell command(s); several lines run in order. */
  readonly command: string;
  /**
   * Seconds before the step is stopped, 1 to the spec's `timeoutInSeconds`.
   * @default - the spec's timeout
   */
  readonly timeoutInSeconds?: number;
  /** @default - the spec's shell */
  readonly shell?: BuildSpecShell;
  /** @default - the spec's setting */
  readonly failImmediatelyOnError?: boolean;
  /** @default - nothing runs on failure */
  readonly onFailure?: readonly BuildSpecFailureCommand[];
}

/** A file or image the build hands to the next stage (deliver artifacts). */
export interface BuildSpecOutputArtifact {
  /** Unique within the spec; the deliver-artifacts stage maps it to a DevOps artifact. */
  readonly name: string;
  /** `DOCKER_IMAGE`: a local image name; `BINARY`: a file path relative to the primary source directory. */
  readonly type: 'DOCKER_IMAGE' | 'BINARY';
  readonly location: string;
}

export interface BuildSpecEnv {
  /** Plain variables, name -> value. @default - none */
  readonly variables?: Readonly<Record<string, string>>;
  /** Variables read from OCI Vault, name -> secret OCID (`ocid1.vaultsecret...`). @default - none */
  readonly vaultVariables?: Readonly<Record<string, string>>;
  /** Variables the build exports to later stages (they must be set by a step). @default - none */
  readonly exportedVariables?: readonly string[];
}

/** An OCI DevOps build specification, version 0.1. */
export interface BuildSpec {
  readonly version: 0.1;
  readonly component: 'build';
  /**
   * Seconds the whole build may run, 1-28800 (8 hours).
   * @default - the service default
   */
  readonly timeoutInSeconds?: number;
  /** @default - the runner's default shell */
  readonly shell?: BuildSpecShell;
  /** Stop a step at its first failing command. @default - the service default */
  readonly failImmediatelyOnError?: boolean;
  /** @default - no variables */
  readonly env?: BuildSpecEnv;
  /** At least one step; names unique. */
  readonly steps: readonly BuildSpecCommandStep[];
  /** @default - none */
  readonly outputArtifacts?: readonly BuildSpecOutputArtifact[];
}

/** Highest build timeout accepted, seconds (8 hours). */
export const MAX_BUILD_TIMEOUT_SEC = 28800;

const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_OCID = ocidShape('vaultsecret');
const ARTIFACT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

function timeoutProblem(prop: string, value: number | undefined, max: number, maxWhat: string): string | null {
  if (value === undefined || (Number.isInteger(value) && value >= 1 && value <= max)) return null;
  return `${prop} must be a whole number of seconds 1-${max} (${maxWhat}), got ${value}`;
}

/**
 * Every problem of a build spec, each naming the property, the value received and what is allowed.
 *
 * @param spec - the build spec
 * @returns the problems; empty when the spec is valid
 * @example
 * buildSpecProblems({ version: 0.1, component: 'build', steps: [{ type: 'Command', name: 'test', command: '' }] });
 * // ['steps[0].command must be a non-empty shell command, got ""']
 */
export function buildSpecProblems(spec: BuildSpec): string[] {
  const problems: string[] = [];
  const add = (p: string | null) => {
    if (p) problems.push(p);
  };
  if (spec.version !== 0.1) add(`version must be 0.1 (the build spec format OCI DevOps reads), got ${JSON.stringify(spec.version)}`);
  if (spec.component !== 'build') add(`component must be "build", got ${JSON.stringify(spec.component)}`);
  add(timeoutProblem('timeoutInSeconds', spec.timeoutInSeconds, MAX_BUILD_TIMEOUT_SEC, '8 hours'));
  const stepMax = spec.timeoutInSeconds !== undefined && problems.length === 0 ? spec.timeoutInSeconds : MAX_BUILD_TIMEOUT_SEC;
  const stepMaxWhat = stepMax === spec.timeoutInSeconds ? "the build spec's timeoutInSeconds" : '8 hours';
  for (const shellOwner of [{ prop: 'shell', shell: spec.shell }, ...spec.steps.map((s, i) => ({ prop: `steps[${i}].shell`, shell: s.shell }))]) {
    if (shellOwner.shell !== undefined && shellOwner.shell !== 'bash' && shellOwner.shell !== 'sh') add(`${shellOwner.prop} must be "bash" or "sh", got ${JSON.stringify(shellOwner.shell)}`);
  }
  const env = spec.env ?? {};
  for (const [kind, names] of [['env.variables', Object.keys(env.variables ?? {})], ['env.vaultVariables', Object.keys(env.vaultVariables ?? {})], ['env.exportedVariables', env.exportedVariables ?? []]] as const) {
    for (const name of names) if (!VARIABLE.test(name)) add(`${kind} name ${JSON.stringify(name)} must be letters, digits and '_', not starting with a digit`);
  }
  for (const [name, secret] of Object.entries(env.vaultVariables ?? {})) {
    if (!SECRET_OCID.test(secret)) add(`env.vaultVariables.${name} must be a Vault secret OCID (ocid1.vaultsecret.<realm>.<region>..<id>), got ${JSON.stringify(secret)}`);
  }
  const both = Object.keys(env.variables ?? {}).filter((n) => n in (env.vaultVariables ?? {}));
  if (both.length) add(`env.variables and env.vaultVariables both define ${both.join(', ')}; a variable comes from one place`);
  if (spec.steps.length === 0) add('steps must hold at least one step, got none');
  const seen = new Map<string, number>();
  spec.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    if (step.type !== 'Command') add(`${at}.type must be "Command", got ${JSON.stringify(step.type)}`);
    if (!step.name || step.name.trim() === '') add(`${at}.name must be a non-empty step name, got ${JSON.stringify(step.name)}`);
    else if (seen.has(step.name)) add(`${at}.name ${JSON.stringify(step.name)} is already the name of steps[${seen.get(step.name)}]; step names must be unique`);
    else seen.set(step.name, i);
    if (!step.command || step.command.trim() === '') add(`${at}.command must be a non-empty shell command, got ${JSON.stringify(step.command)}`);
    add(timeoutProblem(`${at}.timeoutInSeconds`, step.timeoutInSeconds, stepMax, stepMaxWhat));
    (step.onFailure ?? []).forEach((f, j) => {
      if (f.type !== 'Command') add(`${at}.onFailure[${j}].type must be "Command", got ${JSON.stringify(f.type)}`);
      if (!f.command || f.command.trim() === '') add(`${at}.onFailure[${j}].command must be a non-empty shell command, got ${JSON.stringify(f.command)}`);
      add(timeoutProblem(`${at}.onFailure[${j}].timeoutInSeconds`, f.timeoutInSeconds, stepMax, stepMaxWhat));
    });
  });
  const artifacts = new Map<string, number>();
  (spec.outputArtifacts ?? []).forEach((a, i) => {
    const at = `outputArtifacts[${i}]`;
    if (!ARTIFACT_NAME.test(a.name ?? '')) add(`${at}.name must be letters, digits, '.', '_' or '-' starting with a letter or digit, got ${JSON.stringify(a.name)}`);
    else if (artifacts.has(a.name)) add(`${at}.name ${JSON.stringify(a.name)} is already the name of outputArtifacts[${artifacts.get(a.name)}]; artifact names must be unique`);
    else artifacts.set(a.name, i);
    if (a.type !== 'DOCKER_IMAGE' && a.type !== 'BINARY') add(`${at}.type must be "DOCKER_IMAGE" or "BINARY", got ${JSON.stringify(a.type)}`);
    if (!a.location || a.location.trim() === '') add(`${at}.location must be an image name or file path, got ${JSON.stringify(a.location)}`);
  });
  return problems;
}

/**
 * Throws when a build spec is not valid.
 *
 * @param spec - the build spec
 * @throws Error `BuildSpec: <problem>; <problem>` listing every problem (see `buildSpecProblems`)
 * @example
 * validateBuildSpec({ version: 0.1, component: 'build', timeoutInSeconds: 0, steps: [{ type: 'Command', name: 'x', command: 'make' }] });
 * // throws "BuildSpec: timeoutInSeconds must be a whole number of seconds 1-28800 (8 hours), got 0"
 */
export function validateBuildSpec(spec: BuildSpec): void {
  const problems = buildSpecProblems(spec);
  if (problems.length) throw new Error(`BuildSpec: ${problems.join('; ')}`);
}

/**
 * Validates a build spec and renders it as YAML (the `yaml` library; multi-line commands as
 * literal blocks, keys in the documented order, optional keys left out when unset).
 *
 * @param spec - the build spec
 * @param header - a comment written above the document (say, where it was generated)
 * @returns the `build_spec.yaml` text
 * @throws Error from `validateBuildSpec` when the spec is not valid
 * @example
 * renderBuildSpec({ version: 0.1, component: 'build', steps: [{ type: 'Command', name: 'test', command: 'npm test' }] });
 * // 'version: 0.1\ncomponent: build\nsteps:\n  - type: Command\n    name: test\n    command: npm test\n'
 */
export function renderBuildSpec(spec: BuildSpec, header?: string): string {
  validateBuildSpec(spec);
  const env = spec.env && {
    ...(spec.env.variables && Object.keys(spec.env.variables).length ? { variables: spec.env.variables } : {}),
    ...(spec.env.vaultVariables && Object.keys(spec.env.vaultVariables).length ? { vaultVariables: spec.env.vaultVariables } : {}),
    ...(spec.env.exportedVariables?.length ? { exportedVariables: spec.env.exportedVariables } : {}),
  };
  const ordered = {
    version: spec.version,
    component: spec.component,
    timeoutInSeconds: spec.timeoutInSeconds,
    shell: spec.shell,
    failImmediatelyOnError: spec.failImmediatelyOnError,
    env: env && Object.keys(env).length ? env : undefined,
    steps: spec.steps.map((s) => ({
      type: s.type, name: s.name, shell: s.shell, timeoutInSeconds: s.timeoutInSeconds, failImmediatelyOnError: s.failImmediatelyOnError, command: s.command,
      onFailure: s.onFailure?.length ? s.onFailure.map((f) => ({ type: f.type, command: f.command, timeoutInSeconds: f.timeoutInSeconds })) : undefined,
    })),
    outputArtifacts: spec.outputArtifacts?.length ? spec.outputArtifacts.map((a) => ({ name: a.name, type: a.type, location: a.location })) : undefined,
  };
  const doc = new Document(JSON.parse(JSON.stringify(ordered)) as unknown);
  if (header) doc.commentBefore = header.split('\n').map((l) => ` ${l}`).join('\n');
  return doc.toString({ lineWidth: 0, indentSeq: true });
}
