import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';

/** Graph optimization levels of ONNX Runtime, lowest first. */
export type OrtGraphLevel = 'disabled' | 'basic' | 'extended' | 'all';

/**
 * Opens a model in ONNX Runtime (CPU provider) and returns the graph it would run, as ONNX
 * Runtime saves it with the session option `optimizedModelFilePath`: its graph optimizations at
 * `level` applied, and its own Casts around nodes the CPU provider has no kernel for in the given
 * type (those are inserted at every level, `disabled` included).
 *
 * @param bytes - the model
 * @param level - graph optimization level
 * @returns the saved model's bytes
 * @throws Error naming `ortOptimizedGraph` when ONNX Runtime cannot load the model
 * @example
 * const optimized = await ortOptimizedGraph(readFileSync('models/sensor-mote-mlp.onnx'), 'all');
 */
export async function ortOptimizedGraph(bytes: Uint8Array, level: OrtGraphLevel): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'oci-mlops-ort-'));
  try {
    const file = join(dir, 'optimized.onnx');
    let session: ort.InferenceSession;
    try {
      // Severity 3 (errors): ONNX Runtime warns on every save above 'extended' that the file may hold hardware-specific layouts.
      session = await ort.InferenceSession.create(bytes, { graphOptimizationLevel: level, optimizedModelFilePath: file, logSeverityLevel: 3, intraOpNumThreads: 1, interOpNumThreads: 1 });
    } catch (err) {
      throw new Error(`ortOptimizedGraph: ONNX Runtime cannot load the model: ${(err as Error).message}`);
    }
    await session.release();
    return new Uint8Array(readFileSync(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
