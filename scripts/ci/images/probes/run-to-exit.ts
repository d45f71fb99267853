import { startImage } from '../start-image';
import { type ProbeContext } from './probe';

/** Runs the image's ENTRYPOINT/CMD with `env` until it exits (killed after `timeoutMs`); resolves with its exit code and output. */
export async function runToExit(ctx: ProbeContext, env: Record<string, string>, timeoutMs = 60_000): Promise<{ code: number | null; output: string }> {
  const running = startImage(ctx.image, env, ctx.scratch);
  const timer = setTimeout(() => running.child.kill('SIGKILL'), timeoutMs);
  try {
    const { code } = await running.exited;
    return { code, output: running.output() };
  } finally {
    clearTimeout(timer);
  }
}

/** The lines of `output` that are JSON objects, parsed. */
export function jsonLines(output: string): Record<string, unknown>[] {
  return output.split('\n').flatMap((l) => {
    try {
      const v = JSON.parse(l) as unknown;
      return typeof v === 'object' && v !== null ? [v as Record<string, unknown>] : [];
    } catch {
      return [];
    }
  });
}
