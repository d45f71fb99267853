import { Command } from 'commander';
import { CliError } from '../../bin/cli-error';
import { type CommandRegistrar } from '../../bin/command-registrar';

/**
 * Runs one `oci-mlops` command in this process, as `oci-mlops <args...>` would, with extra
 * environment variables for its duration; returns what it wrote and the CliError it raised, if any.
 */
export async function runCommand(register: CommandRegistrar, args: string[], env: Record<string, string> = {}): Promise<{ out: string; err: string; error?: CliError }> {
  const out: string[] = [];
  const err: string[] = [];
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => (out.push(String(c)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => (err.push(String(c)), true));
  try {
    const program = new Command('oci-mlops').exitOverride();
    register(program);
    await program.parseAsync(['node', 'oci-mlops', ...args]);
    return { out: out.join(''), err: err.join('') };
  } catch (error) {
    if (error instanceof CliError) return { out: out.join(''), err: err.join(''), error };
    throw error;
  } finally {
    o.mockRestore();
    e.mockRestore();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
