import { spawnSync } from 'node:child_process';
import { extractDocCommands, isTemplate, runnableScript } from '../../../scripts/ci/doc-commands';

const MARKDOWN = [
  'Check files: `npx oci-mlops validate-config a.yaml` and `npm test`.',
  '',
  '```sh',
  'STORE=$(mktemp -d)',
  'npx oci-mlops features register --store $STORE --file g.yaml',
  '```',
  '',
  '```sh',
  'npm run synth',
  '```',
  '',
  '```ts',
  "// npx oci-mlops inside TypeScript is not a shell command",
  '```',
  'Prose that names `oci-mlops synth` without npx.',
].join('\n');

describe('extractDocCommands', () => {
  test('finds inline spans and whole sh blocks that call npx oci-mlops, with their lines', () => {
    expect(extractDocCommands('README.md', MARKDOWN)).toEqual([
      { file: 'README.md', line: 1, kind: 'inline', script: 'npx oci-mlops validate-config a.yaml' },
      { file: 'README.md', line: 4, kind: 'block', script: 'STORE=$(mktemp -d)\nnpx oci-mlops features register --store $STORE --file g.yaml' },
    ]);
  });
});

describe('isTemplate', () => {
  test.each([
    ['npx oci-mlops validate-model --model ... --data ... --json', true],
    ['npx oci-mlops drift --reference <file>', true],
    ['npx oci-mlops serve [options]', true],
    ['npx oci-mlops serve --model m.onnx\n# {"prediction": ["setosa"], "request_id": "..."}', false],
    ['npx oci-mlops validate-config stacks/teams/*.yaml --platform stacks/platform.yaml', false],
  ])('%j is a synopsis: %s', (script, expected) => {
    expect(isTemplate(script)).toBe(expected);
  });
});

describe('runnableScript', () => {
  test('moves a serve command to the background until it is ready, and stops it at the end', () => {
    const script = runnableScript('npx oci-mlops serve --model m.onnx \\\n  --port 9000\ncurl -s http://127.0.0.1:9000/health');
    expect(script).toContain("start_server 'npx oci-mlops serve --model m.onnx    --port 9000'");
    expect(script).toMatch(/trap stop_server EXIT/);
    expect(script.endsWith('curl -s http://127.0.0.1:9000/health')).toBe(true);
  });

  test('waits for "ready on", runs the next lines, then stops the server (bash)', () => {
    const server = 'npx oci-mlops serve --model x';
    const fake = runnableScript(`${server}\necho "client ran"`).replace(`start_server '${server}'`, "start_server 'echo ready on http://127.0.0.1:1; sleep 30'");
    const started = Date.now();
    const result = spawnSync('bash', ['-euo', 'pipefail', '-c', fake], { encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ready on http:\/\/127\.0\.0\.1:1\nclient ran\n/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  test('fails when the server exits before it is ready', () => {
    const server = 'npx oci-mlops serve --model missing.onnx';
    const fake = runnableScript(`${server}\necho "client ran"`).replace(`start_server '${server}'`, "start_server 'echo no model; exit 1'");
    const result = spawnSync('bash', ['-euo', 'pipefail', '-c', fake], { encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('server exited before it was ready');
    expect(result.stdout).not.toContain('client ran');
  });
});
