/**
 * Compares the synthesized stacks of two cdktf output directories, byte for byte, or with
 * --ignore-version apart from the cdktf version string in each stack's metadata.
 *
 *   tsx scripts/ci/compare-stacks.ts [--ignore-version] DIR_A DIR_B
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';

const cmd = new Command('compare-stacks')
  .argument('<a>')
  .argument('<b>')
  .option('--ignore-version', 'ignore //.metadata.version in each cdk.tf.json')
  .parse(process.argv);
const [a, b] = cmd.args as [string, string];
const { ignoreVersion } = cmd.opts<{ ignoreVersion?: boolean }>();

function stacks(dir: string): Map<string, string> {
  const root = join(dir, 'stacks');
  if (!existsSync(root)) throw new Error(`${dir}: no stacks/ folder`);
  return new Map(
    readdirSync(root).sort().map((name) => {
      let text = readFileSync(join(root, name, 'cdk.tf.json'), 'utf8');
      if (ignoreVersion) {
        const json = JSON.parse(text);
        delete json['//']?.metadata?.version;
        text = JSON.stringify(json, null, 2);
      }
      return [name, text] as const;
    }),
  );
}

const [sa, sb] = [stacks(a), stacks(b)];
const problems: string[] = [];
for (const name of new Set([...sa.keys(), ...sb.keys()])) {
  if (!sa.has(name) || !sb.has(name)) problems.push(`${name}: only in ${sa.has(name) ? a : b}`);
  else if (sa.get(name) !== sb.get(name)) {
    const la = sa.get(name)!.split('\n');
    const lb = sb.get(name)!.split('\n');
    const line = la.findIndex((l, i) => l !== lb[i]);
    problems.push(`${name}/cdk.tf.json differs at line ${line + 1}:\n  ${a}: ${la[line]}\n  ${b}: ${lb[line]}`);
  }
}
if (problems.length) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`${sa.size} stacks identical${ignoreVersion ? ' (apart from the cdktf version string)' : ''}: ${a} and ${b}\n`);
