import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleImage } from '../../../../scripts/ci/images/assemble-image';
import { findMissingModules } from '../../../../scripts/ci/images/find-missing-modules';
import { LayerCache } from '../../../../scripts/ci/images/layer-cache';
import { writeSystemCommandShims } from '../../../../scripts/ci/images/prepare-toolchain';
import { readDockerfile } from '../../../../scripts/ci/images/read-dockerfile';
import { tempDir, writeFiles } from '../../../support/temp-dir';

/** Assembles a Dockerfile (given as text) over a build context of `files`, with no npm step. */
function assemble(dockerfile: string, files: Record<string, string>) {
  const context = writeFiles(tempDir('context-'), { ...files, Dockerfile: dockerfile });
  const work = tempDir('images-');
  const toolchain = { npmBin: work, npmVersion: '10.8.2', shimBin: writeSystemCommandShims(join(work, 'shims')), nodeBin: join(process.execPath, '..') };
  return assembleImage(readDockerfile(join(context, 'Dockerfile')), {
    context, workDir: work, toolchain, npmCache: join(work, 'npm-cache'), layerCache: new LayerCache(join(work, 'layers')), log: () => undefined,
  });
}

const MULTI_STAGE = [
  'FROM node:20-slim AS build',
  'WORKDIR /src',
  'COPY app ./app',
  'RUN cp app/main.js app/copy.js',
  'FROM node:20-slim',
  'ENV NODE_ENV=production',
  'WORKDIR /function',
  'COPY --from=build /src/app ./',
  'RUN useradd --uid 1001 fn && chown -R fn /function',
  'USER fn',
  'ENTRYPOINT ["node", "main.js"]',
  'CMD ["--port", "8080"]',
].join('\n');

describe('assembleImage', () => {
  test('builds stages in scratch roots: directory contents copied, COPY --from, RUN in WORKDIR, ENV, USER uid from useradd', () => {
    const image = assemble(MULTI_STAGE, { 'app/main.js': 'require("left-pad");\n' });
    expect(readFileSync(join(image.root, 'function', 'copy.js'), 'utf8')).toBe('require("left-pad");\n');
    expect(existsSync(join(image.root, 'function', 'app'))).toBe(false);
    expect(image).toMatchObject({ workdir: '/function', env: { NODE_ENV: 'production' }, user: 'fn', uid: 1001, argv: ['node', 'main.js', '--port', '8080'] });
    expect(image.notRun).toEqual([
      expect.stringMatching(/Dockerfile:9: RUN useradd --uid 1001 fn \(needs the base image/),
      expect.stringMatching(/Dockerfile:9: RUN chown -R fn \/function/),
    ]);
    expect(image.bases).toHaveLength(2);
  });

  test('fails a COPY of a file the build context does not have, naming the line', () => {
    expect(() => assemble('FROM node:20-slim\nCOPY missing.js ./\nUSER node\nCMD ["node"]\n', {})).toThrow(/Dockerfile:2: COPY source missing.js does not exist in the build context/);
  });

  test('fails a RUN step that exits non-zero, with its output', () => {
    expect(() => assemble('FROM node:20-slim\nRUN ls no-such-file\nCMD ["node"]\n', {})).toThrow(/Dockerfile:2: RUN ls no-such-file exited 2:[\s\S]*no-such-file/);
  });

  test('fails a base image of another Node.js major version', () => {
    expect(() => assemble('FROM node:18-slim\nCMD ["node"]\n', {})).toThrow(/FROM node:18-slim is Node.js 18, this machine has 20/);
  });

  test('fails a useradd whose uid the base image already gives to another user (the node images\' node is 1000)', () => {
    expect(() => assemble('FROM node:20-slim\nRUN useradd --uid 1000 fn\nUSER fn\nCMD ["node"]\n', {})).toThrow(/Dockerfile:2: RUN useradd --uid 1000 fn would fail in node:20-slim: uid 1000 is already user node there/);
  });

  test('fails a USER that neither the base image nor a RUN step defines', () => {
    expect(() => assemble('FROM node:20-slim\nUSER app\nCMD ["node"]\n', {})).toThrow(/USER app is neither a user of the base image/);
  });
});

describe('findMissingModules', () => {
  test('names each package the image code requires that does not resolve inside the image', () => {
    const root = writeFiles(tempDir('image-root-'), {
      'function/main.js': 'const a = require("present");\nconst fs = require("node:fs");\nconst b = require("./local");\nimport("absent-lazy");\n',
      'function/local.js': '',
      'function/node_modules/present/index.js': 'require("not-scanned-inside-node-modules");\n',
    });
    expect(findMissingModules(root, join(root, 'function'))).toEqual([{ file: 'function/main.js', specifier: 'absent-lazy' }]);
  });
});
