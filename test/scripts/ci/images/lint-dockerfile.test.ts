import { join } from 'node:path';
import { isSecretName, lintDockerfile } from '../../../../scripts/ci/images/lint-dockerfile';
import { readDockerfile } from '../../../../scripts/ci/images/read-dockerfile';
import { tempDir, writeFiles } from '../../../support/temp-dir';

const REPO = join(__dirname, '..', '..', '..', '..');

/** Lints a Dockerfile given as text. */
function lint(text: string, requireDigests = false) {
  const dir = writeFiles(tempDir('dockerfile-'), { Dockerfile: text });
  return lintDockerfile(readDockerfile(join(dir, 'Dockerfile')), { requireDigests });
}
const errors = (text: string, requireDigests = false) => lint(text, requireDigests).filter((f) => f.level === 'error').map((f) => [f.rule, f.line]);

const GOOD = 'FROM node:20-slim@sha256:' + 'a'.repeat(64) + '\nWORKDIR /app\nENV NODE_ENV=production\nUSER node\nENTRYPOINT ["node", "main.js"]\n';

describe('lintDockerfile', () => {
  test('passes a digest-pinned image that runs as an unprivileged user, even with --require-digests', () => {
    expect(errors(GOOD, true)).toEqual([]);
  });

  test('passes every Dockerfile of the project without --require-digests', () => {
    for (const f of ['functions/inference/Dockerfile', 'functions/monitor/Dockerfile', 'functions/governance/Dockerfile', 'functions/canary-gate/Dockerfile',
      'functions/predict-proxy/Dockerfile', 'runtime/feature-store/jobs/Dockerfile', 'runtime/mlflow-server/Dockerfile']) {
      expect([f, lintDockerfile(readDockerfile(join(REPO, f))).filter((x) => x.level === 'error')]).toEqual([f, []]);
    }
  });

  test('fails a final stage without USER, even when a build stage sets one', () => {
    expect(errors('FROM node:20-slim AS build\nUSER node\nFROM node:20-slim\nCMD ["node"]\n')).toEqual([['non-root-user', 3]]);
  });

  test('fails a final stage that runs as root', () => {
    expect(errors('FROM node:20-slim\nUSER 0:0\nCMD ["node"]\n')).toEqual([['non-root-user', 2]]);
  });

  test('takes the USER of the stage the final stage is built from', () => {
    expect(errors('FROM node:20-slim AS base\nUSER node\nFROM base\nCMD ["node"]\n')).toEqual([]);
  });

  test('fails a literal credential in ENV, in any stage', () => {
    expect(errors('FROM node:20-slim AS build\nENV NPM_TOKEN=abc123\nFROM node:20-slim\nENV DB_PASSWORD="s3cret" apiKey=k LOG_LEVEL=info\nUSER node\n')).toEqual([['no-secret-in-env', 2], ['no-secret-in-env', 4], ['no-secret-in-env', 4]]);
  });

  test('fails a floating base image (no tag, or latest)', () => {
    expect(errors('FROM node\nUSER node\n')).toEqual([['pinned-base-tag', 1]]);
    expect(errors('FROM python:latest\nUSER 1000\n')).toEqual([['pinned-base-tag', 1]]);
  });

  test('notes a base image without digest, and fails it with requireDigests', () => {
    const text = 'FROM node:20-slim\nUSER node\n';
    expect(lint(text).map((f) => [f.rule, f.level])).toEqual([['pinned-base-digest', 'note']]);
    expect(errors(text, true)).toEqual([['pinned-base-digest', 1]]);
  });
});

describe('isSecretName', () => {
  test.each([['DB_PASSWORD', true], ['OCI_KEY_FILE', true], ['githubToken', true], ['MONKEY', false], ['PWD', false], ['NODE_ENV', false]])('%s -> %s', (name, secret) => {
    expect(isSecretName(name)).toBe(secret);
  });
});

describe('readDockerfile', () => {
  test('reads stages, multi-stage copies and the exec-form entrypoint of the inference image', () => {
    const model = readDockerfile(join(REPO, 'functions/inference/Dockerfile'));
    expect(model.stages.map((s) => [s.name, s.baseName, s.baseTag])).toEqual([['build', 'node', '20-bookworm-slim'], ['deps', 'node', '20-bookworm-slim'], [undefined, 'node', '20-bookworm-slim']]);
    const final = model.stages[2]!.steps;
    expect(final).toContainEqual(expect.objectContaining({ kind: 'COPY', from: 'deps', sources: ['/function/node_modules'], dest: './node_modules' }));
    expect(final.at(-1)).toMatchObject({ kind: 'ENTRYPOINT', argv: ['node', 'functions/inference/func.js'] });
  });

  test('fails an instruction the check cannot reproduce, naming file and line', () => {
    const dir = writeFiles(tempDir('dockerfile-'), { Dockerfile: 'FROM node:20-slim\nARG VERSION=1\n' });
    expect(() => readDockerfile(join(dir, 'Dockerfile'))).toThrow(/Dockerfile:2: ARG is not supported/);
  });
});
