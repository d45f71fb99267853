import { readFileSync } from 'node:fs';
import { Copy, DockerfileParser, type Env, From, type Instruction, JSONInstruction, Label, ModifiableInstruction } from 'dockerfile-ast';

/** One instruction of a stage, reduced to what assembling the image needs; `line` is 1-based. */
export type DockerStep =
  | { readonly kind: 'WORKDIR'; readonly line: number; readonly path: string }
  | { readonly kind: 'ENV'; readonly line: number; readonly vars: readonly (readonly [string, string])[] }
  | {
      readonly kind: 'COPY' | 'ADD';
      readonly line: number;
      readonly sources: readonly string[];
      readonly dest: string;
      /** `--from=<stage or image>`. */
      readonly from?: string;
      readonly chown?: string;
      readonly chmod?: string;
    }
  /** Shell form (`command`) or exec form (`argv`). */
  | { readonly kind: 'RUN'; readonly line: number; readonly command?: string; readonly argv?: readonly string[] }
  | { readonly kind: 'USER'; readonly line: number; readonly user: string }
  | { readonly kind: 'ENTRYPOINT' | 'CMD'; readonly line: number; readonly command?: string; readonly argv?: readonly string[] }
  /** Image metadata that changes no file and no process: EXPOSE, LABEL, STOPSIGNAL. */
  | { readonly kind: 'METADATA'; readonly line: number; readonly text: string };

/** One `FROM` and the instructions under it. */
export interface DockerStage {
  readonly index: number;
  /** The `AS` name, if any. */
  readonly name?: string;
  /** The `FROM` reference as written, such as `node:20-bookworm-slim`, or an earlier stage's name. */
  readonly base: string;
  /** Repository, tag and digest of the base image (undefined parts were not written). */
  readonly baseName: string;
  readonly baseTag?: string;
  readonly baseDigest?: string;
  readonly line: number;
  readonly steps: readonly DockerStep[];
}

/** A Dockerfile, parsed. */
export interface DockerfileModel {
  readonly file: string;
  readonly stages: readonly DockerStage[];
}

/** Instructions this check knows it cannot reproduce faithfully: the Dockerfile fails the check rather than pass untested. */
const UNSUPPORTED = new Set(['ARG', 'SHELL', 'ONBUILD', 'VOLUME', 'HEALTHCHECK', 'MAINTAINER']);

/**
 * Parses a Dockerfile with `dockerfile-ast` (the parser of the VS Code Docker language service) into
 * stages and steps. Line continuations are joined as Docker joins them.
 *
 * @param file - the Dockerfile's path
 * @returns its stages in order
 * @throws Error naming `file:line` for an instruction outside the supported set, a COPY/ADD heredoc,
 *   a variable reference (`$X`, since ARG is not supported) or instructions before the first FROM
 * @example
 * readDockerfile('functions/inference/Dockerfile').stages.map((s) => s.name); // ['build', 'deps', undefined]
 */
export function readDockerfile(file: string): DockerfileModel {
  const doc = DockerfileParser.parse(readFileSync(file, 'utf8'));
  const stages: { index: number; name?: string; base: string; baseName: string; baseTag?: string; baseDigest?: string; line: number; steps: DockerStep[] }[] = [];
  const fail = (i: Instruction, why: string): never => {
    throw new Error(`${file}:${i.getRange().start.line + 1}: ${i.getKeyword()} ${why}`);
  };
  for (const i of doc.getInstructions()) {
    const keyword = i.getKeyword();
    const line = i.getRange().start.line + 1;
    if (i instanceof From) {
      const base = i.getImage();
      if (!base) fail(i, 'names no image');
      stages.push({
        index: stages.length, name: i.getBuildStage() ?? undefined, base: base!, baseName: i.getImageName() ?? base!,
        baseTag: i.getImageTag() ?? undefined, baseDigest: i.getImageDigest() ?? undefined, line, steps: [],
      });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) fail(i, 'comes before the first FROM');
    if (UNSUPPORTED.has(keyword)) fail(i, 'is not supported by scripts/ci/check-images.ts: it could not be reproduced without Docker');
    const raw = (i.getRawArgumentsContent() ?? '').replace(/\\\r?\n/g, '');
    if (/\$\{?[A-Za-z_]/.test(raw) && keyword !== 'RUN') fail(i, `uses a variable (${raw.trim()}), which this check does not expand`);
    stage!.steps.push(toStep(i, keyword, line, raw, fail));
  }
  if (stages.length === 0) throw new Error(`${file}: no FROM instruction`);
  return { file, stages };
}

function toStep(i: Instruction, keyword: string, line: number, raw: string, fail: (i: Instruction, why: string) => never): DockerStep {
  const execForm = i instanceof JSONInstruction && i.getJSONStrings().length > 0
    ? i.getJSONStrings().map((s) => s.getJSONValue())
    : undefined;
  switch (keyword) {
    case 'WORKDIR':
      return { kind: 'WORKDIR', line, path: raw.trim() };
    case 'ENV':
      return { kind: 'ENV', line, vars: (i as Env).getProperties().map((p) => [p.getName(), p.getValue() ?? ''] as const) };
    case 'COPY':
    case 'ADD': {
      if (i instanceof Copy && i.getHeredocs().length > 0) fail(i, 'with a heredoc is not supported');
      const flags = Object.fromEntries((i as ModifiableInstruction).getFlags().map((f) => [f.getName(), f.getValue() ?? '']));
      const known = new Set(['from', 'chown', 'chmod']);
      const other = Object.keys(flags).filter((f) => !known.has(f));
      if (other.length) fail(i, `flag --${other[0]} is not supported (only --from, --chown, --chmod)`);
      const args = execForm ?? i.getArguments().map((a) => a.getValue());
      if (args.length < 2) fail(i, 'needs at least one source and a destination');
      return { kind: keyword, line, sources: args.slice(0, -1), dest: args.at(-1)!, from: flags.from, chown: flags.chown, chmod: flags.chmod };
    }
    case 'RUN': {
      const flags = i instanceof ModifiableInstruction ? i.getFlags() : [];
      if (flags.length) fail(i, `flag --${flags[0]!.getName()} is not supported (a build mount or network setting cannot be reproduced)`);
      return execForm ? { kind: 'RUN', line, argv: execForm } : { kind: 'RUN', line, command: raw.trim() };
    }
    case 'USER':
      return { kind: 'USER', line, user: raw.trim() };
    case 'ENTRYPOINT':
    case 'CMD':
      return execForm ? { kind: keyword, line, argv: execForm } : { kind: keyword, line, command: raw.trim() };
    case 'EXPOSE':
    case 'STOPSIGNAL':
      return { kind: 'METADATA', line, text: `${keyword} ${raw.trim()}` };
    default:
      if (i instanceof Label) return { kind: 'METADATA', line, text: `LABEL ${raw.trim()}` };
      return fail(i, 'is not a Dockerfile instruction');
  }
}
