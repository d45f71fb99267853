import { type PriceId } from './price-table';

/** Shape families priced per OCPU and per GB of memory, by the fragment their names share. */
const FAMILIES: readonly { readonly match: RegExp; readonly ocpu: PriceId; readonly memory: PriceId }[] = [
  // VM.Standard.E4.Flex, CI.Standard.E4.Flex (Container Instances), Pod.Standard.E4.Flex (virtual nodes).
  { match: /^(VM|CI|Pod)\.Standard\.E4\.Flex$/, ocpu: 'compute.e4.ocpu', memory: 'compute.e4.memory' },
  { match: /^(VM|CI|Pod|PostgreSQL\.VM)\.Standard\.E5\.Flex$/, ocpu: 'compute.e5.ocpu', memory: 'compute.e5.memory' },
];

/**
 * The OCPU and memory prices of a flexible shape: Data Science notebooks, jobs and model
 * deployments, OKE nodes and pods and Container Instances bill the compute of their shape.
 *
 * @param shape - shape name (`VM.Standard.E4.Flex`)
 * @returns the two price ids, or undefined for a shape the table does not price
 * @example
 * flexShapePrices('VM.Standard.E4.Flex'); // { ocpu: 'compute.e4.ocpu', memory: 'compute.e4.memory' }
 */
export function flexShapePrices(shape: string): { ocpu: PriceId; memory: PriceId } | undefined {
  const family = FAMILIES.find((f) => f.match.test(shape));
  return family && { ocpu: family.ocpu, memory: family.memory };
}

/** GPU shapes priced per GPU-hour, their OCPUs and memory included: shape -> price and GPUs. */
const GPU_SHAPES: readonly { readonly match: RegExp; readonly price: PriceId }[] = [
  { match: /^(VM|BM)\.GPU\.A10\.(\d+)$/, price: 'compute.gpu.a10' },
];

/**
 * The per-GPU price and GPU count of a fixed GPU shape (`VM.GPU.A10.2`: 2 GPUs).
 *
 * @returns undefined for a shape that is not a priced GPU shape
 * @example
 * gpuShapePrice('VM.GPU.A10.1'); // { price: 'compute.gpu.a10', gpus: 1 }
 */
export function gpuShapePrice(shape: string): { price: PriceId; gpus: number } | undefined {
  for (const g of GPU_SHAPES) {
    const m = g.match.exec(shape);
    if (m) return { price: g.price, gpus: Number(m[2]) };
  }
  return undefined;
}
