import { join } from 'node:path';
import { registerCostCommand } from '../../bin/commands/cost';
import { runCommand } from '../support/run-command';
import { tempDir, writeFiles } from '../support/temp-dir';

const stack = (resources: Record<string, Record<string, unknown>>) => JSON.stringify({ resource: resources });
const NOTEBOOK = { notebook_session_configuration_details: { shape: 'VM.Standard.E4.Flex', block_storage_size_in_gbs: 100, notebook_session_shape_config_details: { ocpus: 4, memory_in_gbs: 64 } } };

const run = (args: string[]) => runCommand(registerCostCommand, ['cost', 'estimate', ...args]);

describe('oci-mlops cost estimate', () => {
  const dir = writeFiles(tempDir('cost-estimate-'), {
    'base/stacks/team-a/cdk.tf.json': stack({
      oci_datascience_notebook_session: { Notebook: NOTEBOOK },
      oci_objectstorage_bucket: { Bucket: {} },
      oci_budget_budget: { Budget: { amount: 100 } },
      oci_core_vcn: { Vcn: {} },
    }),
    'head/stacks/team-a/cdk.tf.json': stack({
      oci_datascience_notebook_session: { Notebook: { notebook_session_configuration_details: { ...NOTEBOOK.notebook_session_configuration_details, notebook_session_shape_config_details: { ocpus: 5, memory_in_gbs: 64 } } } },
      oci_objectstorage_bucket: { Bucket: {} },
      oci_budget_budget: { Budget: { amount: 100 } },
    }),
    'usage.yaml': 'version: 0.1\nresource_usage:\n  oci_objectstorage_bucket.Bucket: { storage_gb: 1000 }\n',
    'bad-usage.yaml': 'version: 0.1\nresource_usage:\n  oci_objectstorage_bucket.Bucket: { storage_gb: lots }\n',
    'not-prices.json': '{"products": []}',
  });

  test('--json prints the estimate in the documented shape', async () => {
    const { out, error } = await run([join(dir, 'base'), '--json', '--usage', join(dir, 'usage.yaml')]);
    expect(error).toBeUndefined();
    const e = JSON.parse(out) as Record<string, unknown> & { stacks: (Record<string, unknown> & { resources: (Record<string, unknown> & { components: Record<string, unknown>[] })[] })[] };
    expect(Object.keys(e)).toEqual(['currency', 'total_monthly', 'stacks']);
    expect(Object.keys(e.stacks[0]!)).toEqual(['stack', 'monthly', 'resources']);
    expect(Object.keys(e.stacks[0]!.resources[0]!)).toEqual(['address', 'type', 'monthly', 'components', 'usage_dependent']);
    expect(Object.keys(e.stacks[0]!.resources[0]!.components[0]!)).toEqual(['name', 'quantity', 'unit', 'unit_price', 'monthly']);
    expect(e.total_monthly).toBeCloseTo(73 + 70.08 + 100 * 0.0255 + 100 * 10 * 0.0017 + 1000 * 0.0255, 6);
    expect(e.stacks[0]!.resources.map((r) => [r.address, r.monthly, r.usage_dependent])).toEqual([
      ['oci_datascience_notebook_session.Notebook', 147.33, false],
      ['oci_objectstorage_bucket.Bucket', 25.5, false],
      ['oci_budget_budget.Budget', 0, false],
      ['oci_core_vcn.Vcn', 0, false],
    ]);
  });

  test('prints per stack and per team, with the budget and what depends on usage', async () => {
    const { out } = await run([join(dir, 'base')]);
    expect(out).toMatch(/oci_objectstorage_bucket\.Bucket {2}\(usage-dependent\)/);
    expect(out).toMatch(/total team-a\s+147\.33/);
    expect(out).toMatch(/1 resources depend on usage not given \(pass --usage USAGE\.yaml\): that part of their cost is not in the total/);
    expect(out).toMatch(/\na\s+147\.33\s+100\.00\s+147% {2}OVER BUDGET, \+ usage\n/);
  });

  test('--compare prints the difference per stack and resource, as infracost diff', async () => {
    const { out } = await run([join(dir, 'head'), '--compare', join(dir, 'base')]);
    expect(out).toMatch(/~ team-a\s+\+18\.25 {2}\(147\.33 -> 165\.58\)/);
    expect(out).toMatch(/~ oci_datascience_notebook_session\.Notebook\s+\+18\.25/);
    expect(out).toMatch(/- oci_core_vcn\.Vcn\s+\+0\.00/);
    expect(out).toMatch(/Monthly cost change \(USD\): \+18\.25/);
  });

  test('--prices reprices from a price list download and warns about the prices it kept', async () => {
    const { out, err, error } = await run([join(dir, 'base'), '--json', '--prices', join(__dirname, '../runtime/cost/fixtures/oci-price-list-sample.json')]);
    expect(error).toBeUndefined();
    expect(err).toMatch(/warning: price adb\.ecpu \(part B95702\) not in .*oci-price-list-sample\.json: committed price 0\.336 per ECPU-hour kept/);
    expect((JSON.parse(out) as { total_monthly: number }).total_monthly).toBeCloseTo(147.33, 6);
  });

  test.each([
    [['missing'], /readSynthesizedStacks: .*missing holds no synthesized stack .*run oci-mlops synth first/],
    [['base', '--usage', 'bad-usage.yaml'], /bad-usage\.yaml: resource_usage\.oci_objectstorage_bucket\.Bucket\.storage_gb: /],
    [['base', '--usage', 'none.yaml'], /--usage: cannot read .*none\.yaml: ENOENT/],
    [['base', '--prices', 'not-prices.json'], /parsePriceList: not a price list API answer: items: /],
  ])('fails with exit 1 on bad input: %j', async (args, message) => {
    const { error } = await run(args.map((a, i) => (i === 0 || a.includes('.') ? join(dir, a) : a)));
    expect(error?.message).toMatch(message);
    expect(error?.exitCode).toBe(1);
  });
});
