import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type IConstruct } from 'constructs';
import { ModelPipeline } from './model-pipeline';

/**
 * Writes the build spec of every ModelPipeline to `<outDir>/build-specs/<team>-<model>.yaml`, the
 * file a team commits to its application repository as `.oci/build_spec.yaml`. Call it after
 * `app.synth()` with the synthesis output directory (cdktf.out).
 *
 * @param source - a construct tree (the App: every ModelPipeline below it) or a list of pipelines
 * @param outDir - the synthesis output directory
 * @returns the files written, in name order
 * @throws Error when two pipelines would write the same file
 * @example
 * app.synth();
 * writeBuildSpecs(app, 'cdktf.out'); // ['cdktf.out/build-specs/fraud-detection-fraud-scorer.yaml']
 */
export function writeBuildSpecs(source: IConstruct | readonly ModelPipeline[], outDir: string): string[] {
  const pipelines = Array.isArray(source) ? (source as readonly ModelPipeline[]) : (source as IConstruct).node.findAll().filter((c): c is ModelPipeline => c instanceof ModelPipeline);
  const byName = new Map<string, ModelPipeline>();
  for (const p of pipelines) {
    const other = byName.get(p.buildSpecFileName);
    if (other && other !== p) throw new Error(`writeBuildSpecs: ${p.node.path} and ${other.node.path} both write build-specs/${p.buildSpecFileName}; team and model names must be unique together`);
    byName.set(p.buildSpecFileName, p);
  }
  if (byName.size === 0) return [];
  const dir = join(outDir, 'build-specs');
  mkdirSync(dir, { recursive: true });
  return [...byName.keys()].sort().map((name) => {
    const file = join(dir, name);
    writeFileSync(file, byName.get(name)!.buildSpecYaml);
    return file;
  });
}
