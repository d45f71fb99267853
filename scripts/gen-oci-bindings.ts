/**
 * Generates typed CDKTF bindings for the oracle/oci types listed in scripts/oci-bindings.json, the
 * way `cdktf get` would, with cdktf's own generator, from a `terraform providers schema -json`
 * document (default: the shared oracle/oci 8.28.0 schema). Output: .gen/providers/oci (committed).
 *
 *   npm run gen:oci [-- --schema FILE.json[.gz]] [--out DIR]
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Command } from 'commander';

process.env.CHECKPOINT_DISABLE = '1';

interface BindingList {
  provider: string;
  version: string;
  resources: string[];
  dataSources: string[];
}

interface SchemaDocument {
  format_version?: string;
  provider_schemas: Record<string, { provider: unknown; resource_schemas: Record<string, unknown>; data_source_schemas: Record<string, unknown> }>;
  provider_versions?: Record<string, string>;
}

function pick<T>(all: Record<string, T>, names: string[], kind: string, schemaFile: string): Record<string, T> {
  const missing = names.filter((n) => !(n in all));
  if (missing.length) throw new Error(`scripts/oci-bindings.json: ${kind} not in ${schemaFile}: ${missing.join(', ')}`);
  return Object.fromEntries([...names].sort().map((n) => [n, all[n]!]));
}

async function main(): Promise<void> {
  const root = resolve(__dirname, '..');
  const opts = new Command('gen-oci-bindings')
    .option('--schema <file>', 'provider schema JSON (optionally gzipped)', join(root, '..', 'shared', 'oci-provider', 'schema-full.json.gz'))
    .option('--out <dir>', 'output directory', join(root, '.gen'))
    .parse(process.argv)
    .opts<{ schema: string; out: string }>();

  const list = JSON.parse(readFileSync(join(root, 'scripts', 'oci-bindings.json'), 'utf8')) as BindingList;
  if (!existsSync(opts.schema)) throw new Error(`--schema: file not found: ${opts.schema}`);
  const raw = readFileSync(opts.schema);
  const doc = JSON.parse((opts.schema.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')) as SchemaDocument;
  const fqpn = `registry.terraform.io/${list.provider}`;
  const provider = doc.provider_schemas[fqpn];
  if (!provider) throw new Error(`--schema: ${opts.schema} has no provider ${fqpn}`);

  const subset: SchemaDocument = {
    format_version: doc.format_version ?? '1.0',
    provider_schemas: {
      [fqpn]: {
        provider: provider.provider,
        resource_schemas: pick(provider.resource_schemas, list.resources, 'resources', opts.schema),
        data_source_schemas: pick(provider.data_source_schemas, list.dataSources, 'data sources', opts.schema),
      },
    },
    provider_versions: { [fqpn]: list.version },
  };

  // Deep imports: the package root of @cdktf/provider-generator pulls in jsii-pacmak.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { TerraformProviderGenerator } = require('@cdktf/provider-generator/lib/get/generator/provider-generator');
  const { ConstructsMakerProviderTarget, TerraformProviderConstraint, LANGUAGES } = await import('@cdktf/commons');
  const { CodeMaker } = await import('codemaker');

  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, subset);
  const constraint = new TerraformProviderConstraint(`${list.provider}@${list.version}`);
  generator.generate(new ConstructsMakerProviderTarget(constraint, LANGUAGES[0]));
  rmSync(join(opts.out, 'providers', 'oci'), { recursive: true, force: true });
  await generator.save(opts.out);
  process.stdout.write(`generated ${list.resources.length} resources and ${list.dataSources.length} data sources of ${list.provider}@${list.version} into ${join(opts.out, 'providers', 'oci')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`gen-oci-bindings: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
