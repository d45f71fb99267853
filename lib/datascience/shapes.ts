import { Token } from 'cdktf';
import { outside } from '../private/checks';

/** Compute shape and, for flexible shapes, its size. */
export interface ShapeSizing {
  /** Compute shape, such as `VM.Standard.E4.Flex` or (with GPU shapes allowed) `VM.GPU.A10.1`. */
  readonly shape: string;
  /** OCPUs of a flexible shape. @default - required for flexible shapes, not allowed otherwise */
  readonly ocpus?: number;
  /** Memory in GB of a flexible shape. @default - required for flexible shapes, not allowed otherwise */
  readonly memoryGb?: number;
}

/** Flexible shapes Data Science offers, with their OCPU ceiling and memory per OCPU range (GB). */
const FLEX_SHAPES: Record<string, { maxOcpus: number; minGbPerOcpu: number; maxGbPerOcpu: number; maxGb: number }> = {
  'VM.Standard.E3.Flex': { maxOcpus: 64, minGbPerOcpu: 1, maxGbPerOcpu: 64, maxGb: 1024 },
  'VM.Standard.E4.Flex': { maxOcpus: 64, minGbPerOcpu: 1, maxGbPerOcpu: 64, maxGb: 1024 },
  'VM.Standard.E5.Flex': { maxOcpus: 94, minGbPerOcpu: 1, maxGbPerOcpu: 64, maxGb: 1049 },
  'VM.Standard3.Flex': { maxOcpus: 32, minGbPerOcpu: 1, maxGbPerOcpu: 64, maxGb: 512 },
  'VM.Optimized3.Flex': { maxOcpus: 18, minGbPerOcpu: 1, maxGbPerOcpu: 64, maxGb: 256 },
  'VM.Standard.A1.Flex': { maxOcpus: 80, minGbPerOcpu: 1, maxGbPerOcpu: 64, maxGb: 512 },
};
const GPU_SHAPE = /^(VM|BM)\.GPU[0-9A-Za-z.]*\.\d+$/;

/** Problems of a shape and its sizing; `where` prefixes each message (`notebookSessions[0]`). */
export function validateShape(where: string, s: ShapeSizing, allowGpu: boolean): string[] {
  if (Token.isUnresolved(s.shape)) return [];
  const flex = FLEX_SHAPES[s.shape];
  if (flex) {
    const problems: string[] = [];
    if (s.ocpus === undefined || s.memoryGb === undefined) problems.push(`${where}: flexible shape ${s.shape} needs ocpus and memoryGb`);
    else {
      if (outside(s.ocpus, 1, flex.maxOcpus)) problems.push(`${where}.ocpus must be an integer from 1 to ${flex.maxOcpus} for ${s.shape}, got ${s.ocpus}`);
      const lo = Math.max(1, s.ocpus * flex.minGbPerOcpu);
      const hi = Math.min(flex.maxGb, s.ocpus * flex.maxGbPerOcpu);
      if (outside(s.memoryGb, lo, hi, false)) problems.push(`${where}.memoryGb must be from ${lo} to ${hi} GB for ${s.ocpus} OCPUs of ${s.shape}, got ${s.memoryGb}`);
    }
    return problems;
  }
  if (GPU_SHAPE.test(s.shape)) {
    if (!allowGpu) return [`${where}.shape ${s.shape} is a GPU shape: set allowGpuShapes: true to use it`];
    if (s.ocpus !== undefined || s.memoryGb !== undefined) return [`${where}: ${s.shape} is a fixed shape, drop ocpus and memoryGb`];
    return [];
  }
  return [`${where}.shape must be a flexible shape (${Object.keys(FLEX_SHAPES).join(', ')}) or a GPU shape (VM.GPU.A10.1...), got ${JSON.stringify(s.shape)}`];
}
