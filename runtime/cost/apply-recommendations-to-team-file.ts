import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { MONITOR_MEMORY_MIB } from '../contract/function-memory-mib';
import { type Recommendation } from './recommendation';
import { applyTextEdits, type TextEdit, yamlFieldEdit } from './yaml-field-edit';

export interface TeamFileEdit {
  /** The team file with the recommended values written in; comments and layout kept. */
  readonly text: string;
  /** What was written; `model` is the `endpoints.models[]` name, or `monitoring` for the drift monitor's memory. */
  readonly applied: readonly { readonly endpoint: string; readonly model: string; readonly field: string; readonly from: number; readonly to: number }[];
  /** Recommendations with changes that the file has no place for, and why. */
  readonly skipped: readonly { readonly endpoint: string; readonly reason: string }[];
}

/** The suffix of the function that proxies a Data Science model deployment (its `provisionedConcurrency`). */
const PREDICT_PROXY_SUFFIX = '-predict-proxy';
/** The suffix of a team's drift monitor function (`<platform>-<team>-drift-monitor`), sized by `monitoring.monitorMemoryMib`. */
const DRIFT_MONITOR_SUFFIX = '-drift-monitor';

/**
 * Writes recommended values into a team file, so the change goes through review. The `yaml`
 * library's document API locates each value (its source range); only that value's text is
 * replaced, or one `field: value` line added to the model's block, so comments, quoting, flow
 * styles and everything else stay byte for byte as they were. An endpoint matches `endpoints.models[].name`; a model deployment's predict
 * proxy function (`<name>-predict-proxy`) matches its model's `provisionedConcurrency` (its memory is
 * fixed by the construct: skipped); the team's drift monitor function (`<platform>-<team>-drift-monitor`)
 * matches `monitoring.monitorMemoryMib`.
 *
 * @param text - the team file's content
 * @param recommendations - from collectRecommendations
 * @throws Error naming applyRecommendationsToTeamFile when the file is not YAML or has no endpoints.models list
 * @example
 * applyRecommendationsToTeamFile(readFileSync('stacks/teams/fraud-detection.yaml', 'utf8'), recs).applied;
 */
export function applyRecommendationsToTeamFile(text: string, recommendations: readonly Recommendation[]): TeamFileEdit {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`applyRecommendationsToTeamFile: not YAML: ${doc.errors[0]!.message}`);
  const models = doc.getIn(['endpoints', 'models']);
  if (!isSeq(models)) throw new Error('applyRecommendationsToTeamFile: the team file has no endpoints.models list');
  const names = models.items.map((m) => (isMap(m) ? String(m.get('name')) : ''));
  const applied: TeamFileEdit['applied'][number][] = [];
  const skipped: TeamFileEdit['skipped'][number][] = [];
  const edits: TextEdit[] = [];
  const team = doc.get('team');
  for (const rec of recommendations) {
    if (!rec.changes.length) continue;
    // The oke: block's node pool is applyNodePoolRecommendations' part.
    if (rec.kind === 'node-pool') continue;
    if (rec.kind === 'function' && typeof team === 'string' && rec.endpoint.endsWith(`-${team}${DRIFT_MONITOR_SUFFIX}`)) {
      const monitoring = doc.get('monitoring', true);
      for (const change of rec.changes) {
        if (change.field !== 'memoryMib' || !isMap(monitoring) || !(MONITOR_MEMORY_MIB as readonly number[]).includes(change.to)) {
          skipped.push({ endpoint: rec.endpoint, reason: !isMap(monitoring) ? 'the team file has no monitoring section' : change.field !== 'memoryMib' ? `${change.field} of the drift monitor is not in a team file` : `monitoring.monitorMemoryMib takes ${MONITOR_MEMORY_MIB.join(', ')}, not ${change.to}` });
          continue;
        }
        edits.push(fieldEdit(text, monitoring, 'monitorMemoryMib', change.to, 'the monitoring section'));
        applied.push({ endpoint: rec.endpoint, model: 'monitoring', field: 'monitorMemoryMib', from: change.from, to: change.to });
      }
      continue;
    }
    const proxied = rec.kind === 'function' && rec.endpoint.endsWith(PREDICT_PROXY_SUFFIX) ? rec.endpoint.slice(0, -PREDICT_PROXY_SUFFIX.length) : undefined;
    const index = names.indexOf(proxied && names.includes(proxied) ? proxied : rec.endpoint);
    if (index < 0 || rec.kind === 'container-instance') {
      skipped.push({ endpoint: rec.endpoint, reason: rec.kind === 'container-instance' ? 'container instances are platform resources, not in a team file' : 'no endpoints.models[] entry of that name' });
      continue;
    }
    for (const change of rec.changes) {
      if (proxied !== undefined && names[index] === proxied && change.field === 'memoryMib') {
        skipped.push({ endpoint: rec.endpoint, reason: 'the predict proxy\'s memory is set by the construct, not in a team file' });
        continue;
      }
      edits.push(fieldEdit(text, models.items[index] as YAMLMap, change.field, change.to, 'this model entry'));
      applied.push({ endpoint: rec.endpoint, model: names[index]!, ...change });
    }
  }
  return { text: applyTextEdits(text, edits), applied, skipped };
}

function fieldEdit(text: string, map: YAMLMap, field: string, value: number, where: string): TextEdit {
  try {
    return yamlFieldEdit(text, map, field, value, where);
  } catch (err) {
    throw new Error(`applyRecommendationsToTeamFile: ${(err as Error).message}`);
  }
}
