import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inRoot } from '../assemble-image';
import { expectThat, type Probe } from './probe';
import { runToExit } from './run-to-exit';

const ENV = {
  MLFLOW_DB_HOST: 'db.example', MLFLOW_DB_USER: 'mlflow', MLFLOW_DB_NAME: 'mlflow', MLFLOW_DB_PASSWORD_SECRET_ID: 'ocid1.vaultsecret.oc1.iad.aaaamlflow',
  MLFLOW_ARTIFACTS_DESTINATION: 'oci://mlflow-artifacts@ns/', MLFLOW_STATIC_PREFIX: '/mlflow',
};
const PASSWORD = 'p@ss/w:rd %1';

/**
 * What can be checked of the MLflow image without PyPI (unreachable here, so mlflow, oci-mlflow, oci
 * and psycopg2 are not installed and the server cannot start): the copied files are there and the
 * entrypoint executable, both parse (sh -n, Python's compiler), and the entrypoint, run as the image
 * runs it with `python` and `mlflow` replaced by recording stand-ins, refuses a missing setting and
 * otherwise starts `mlflow server` with the Vault password URL-encoded into the backend store URI.
 */
export const probeMlflow: Probe = async (ctx) => {
  const entry = inRoot(ctx.image.root, '/app/entrypoint.sh');
  const script = inRoot(ctx.image.root, '/app/read_secret.py');
  const passed: string[] = [];
  passed.push(expectThat((statSync(entry).mode & 0o111) !== 0, '/app/entrypoint.sh is executable (COPY keeps the mode from git)', () => ''));
  const sh = spawnSync('sh', ['-n', entry], { encoding: 'utf8' });
  passed.push(expectThat(sh.status === 0, '/app/entrypoint.sh parses with sh -n', () => sh.stderr));
  const py = spawnSync('python3', ['-c', 'import ast, sys; ast.parse(open(sys.argv[1]).read(), sys.argv[1])', script], { encoding: 'utf8' });
  passed.push(expectThat(py.status === 0, '/app/read_secret.py parses (Python ast)', () => py.stderr));

  const stubs = join(ctx.scratch, 'python-stand-ins');
  mkdirSync(stubs, { recursive: true });
  chmodSync(stubs, 0o755);
  // read_secret.py needs the oci package: its stand-in prints the secret; every other python call is the real python3.
  writeFileSync(join(stubs, 'python'), `#!/bin/sh\nif [ "$1" = /app/read_secret.py ]; then [ "$2" = "$MLFLOW_DB_PASSWORD_SECRET_ID" ] || exit 9; printf '%s' '${PASSWORD}'; exit 0; fi\nexec python3 "$@"\n`);
  writeFileSync(join(stubs, 'mlflow'), '#!/bin/sh\nfor a in "$@"; do printf \'ARG %s\\n\' "$a"; done\n');
  chmodSync(join(stubs, 'python'), 0o755);
  chmodSync(join(stubs, 'mlflow'), 0o755);
  const PATH = `${stubs}:/usr/local/bin:/usr/bin:/bin`;

  const { MLFLOW_DB_HOST: _host, ...withoutHost } = ENV;
  const refused = await runToExit(ctx, { ...withoutHost, PATH });
  passed.push(expectThat(refused.code !== 0 && /MLFLOW_DB_HOST/.test(refused.output), `without MLFLOW_DB_HOST the entrypoint stops naming it (exit ${refused.code})`, () => refused.output));

  const started = await runToExit(ctx, { ...ENV, PATH });
  const args = started.output.split('\n').filter((l) => l.startsWith('ARG ')).map((l) => l.slice(4));
  const uri = args[args.indexOf('--backend-store-uri') + 1];
  passed.push(
    expectThat(started.code === 0 && args[0] === 'server', `the entrypoint execs \`mlflow server\` (exit ${started.code})`, () => started.output),
    expectThat(uri === `postgresql://mlflow:${encodeURIComponent(PASSWORD)}@db.example:5432/mlflow?sslmode=require`, `the backend store URI carries the URL-encoded password (got ${uri})`, () => started.output),
    expectThat(args.includes('--serve-artifacts') && args[args.indexOf('--port') + 1] === '5000' && args[args.indexOf('--static-prefix') + 1] === '/mlflow', 'port 5000 by default, the static prefix and --serve-artifacts are passed', () => started.output),
  );
  return passed;
};
