import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { synthExampleApp } from '../../stacks/synth-example-app';
import { tempDir } from '../support/temp-dir';

/** The example app's stacks, one snapshot each, so every change to the synthesized Terraform is reviewed. */
describe('the example app', () => {
  const out = join(tempDir(), 'cdktf.out');
  synthExampleApp({ teamsDir: join(__dirname, '../../stacks/teams'), outDir: out });
  const stacks = readdirSync(join(out, 'stacks')).sort();

  test('has the platform stack and one stack per team file', () => {
    expect(stacks).toEqual(['platform', 'team-forecasting', 'team-fraud-detection', 'team-recommendations']);
  });

  const resources = (stack: string, type: string): Record<string, Record<string, unknown>> =>
    (JSON.parse(readFileSync(join(out, 'stacks', stack, 'cdk.tf.json'), 'utf8')) as { resource: Record<string, Record<string, Record<string, unknown>>> }).resource[type] ?? {};

  test('rate-limits every API deployment: the model routes, MLflow tracking and governance', () => {
    const deployments = stacks.flatMap((stack) => Object.entries(resources(stack, 'oci_apigateway_deployment')).map(([name, d]) => [stack, name, d] as const));
    expect(deployments.map(([stack]) => stack)).toEqual(['platform', 'platform', 'team-forecasting', 'team-fraud-detection', 'team-recommendations']);
    for (const [stack, name, d] of deployments) {
      expect([stack, name, (d.specification as { request_policies?: { rate_limiting?: unknown } }).request_policies?.rate_limiting])
        .toEqual([stack, name, { rate_in_requests_per_second: expect.any(Number), rate_key: expect.stringMatching(/^(CLIENT_IP|TOTAL)$/) }]);
    }
  });

  test('subscribes no endpoint with the deprecated HTTPS protocol', () => {
    const protocols = stacks.flatMap((stack) => Object.values(resources(stack, 'oci_ons_subscription')).map((s) => s.protocol));
    expect(protocols).toEqual(expect.arrayContaining(['EMAIL', 'PAGERDUTY', 'SLACK', 'CUSTOM_HTTPS']));
    expect(protocols).not.toContain('HTTPS');
  });

  test.each(stacks)('stack %s matches its snapshot', (stack) => {
    expect(JSON.parse(readFileSync(join(out, 'stacks', stack, 'cdk.tf.json'), 'utf8'))).toMatchSnapshot();
  });
});
