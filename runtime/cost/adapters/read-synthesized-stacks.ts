import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SynthesizedResource, type SynthesizedStack } from '../cost-types';

/**
 * Reads every stack `cdktf synth` (or `oci-mlops synth`) wrote: `<outDir>/stacks/<stack>/cdk.tf.json`.
 *
 * @param outDir - the synth output directory (`cdktf.out`)
 * @returns the stacks, sorted by name, each with its resources in file order
 * @throws Error naming the directory when it holds no synthesized stack, or a file that is not JSON
 * @example
 * readSynthesizedStacks('cdktf.out').map((s) => s.stack); // ['platform', 'team-fraud-detection']
 */
export function readSynthesizedStacks(outDir: string): SynthesizedStack[] {
  const stacksDir = join(outDir, 'stacks');
  const names = existsSync(stacksDir) ? readdirSync(stacksDir).filter((n) => existsSync(join(stacksDir, n, 'cdk.tf.json'))).sort() : [];
  if (!names.length) throw new Error(`readSynthesizedStacks: ${outDir} holds no synthesized stack (${stacksDir}/<stack>/cdk.tf.json); run oci-mlops synth first`);
  return names.map((stack) => {
    const file = join(stacksDir, stack, 'cdk.tf.json');
    let doc: { resource?: Record<string, Record<string, Record<string, unknown>>> };
    try {
      doc = JSON.parse(readFileSync(file, 'utf8')) as typeof doc;
    } catch (err) {
      throw new Error(`readSynthesizedStacks: ${file} is not JSON: ${(err as Error).message}`);
    }
    const resources: SynthesizedResource[] = [];
    for (const [type, byName] of Object.entries(doc.resource ?? {})) {
      for (const [name, config] of Object.entries(byName)) resources.push({ type, name, config });
    }
    return { stack, resources };
  });
}
