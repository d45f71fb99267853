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

  test.each(stacks)('stack %s matches its snapshot', (stack) => {
    expect(JSON.parse(readFileSync(join(out, 'stacks', stack, 'cdk.tf.json'), 'utf8'))).toMatchSnapshot();
  });
});
