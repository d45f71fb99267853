import { CliError } from '../../../../bin/cli-error';
import { buildProgram } from '../../../../bin/program';

/** Runs `oci-mlops` in-process (fast) and maps errors to exit codes as bin/oci-mlops.ts does. */
export async function runCliInProcess(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  try {
    const program = buildProgram().exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
    for (const c of program.commands) c.exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
    await program.parseAsync(['node', 'oci-mlops', ...args]);
    return { status: 0, stdout, stderr: '' };
  } catch (err) {
    if (err instanceof CliError) return { status: err.exitCode, stdout, stderr: err.message };
    const e = err as { exitCode?: number; message: string };
    return { status: e.exitCode ?? 70, stdout, stderr: e.message };
  } finally {
    write.mockRestore();
  }
}
