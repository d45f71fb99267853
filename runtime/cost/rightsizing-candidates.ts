import { type SynthesizedStack } from './cost-types';
import { type ComputeSize } from './recommend-compute-size';
import { type FunctionSize } from './recommend-function';
import { configBlock } from './config-block';
import { configNumber } from './config-number';
import { functionMetricsCompartment } from './function-metrics-compartment';

/** What can be right-sized, as synthesized: model deployments, container instances and functions. */
export interface RightsizingCandidates {
  readonly compute: ComputeSize[];
  readonly functions: FunctionSize[];
}

/**
 * The current sizes of every model deployment, container instance and function in the stacks,
 * by display name (the name their metrics carry as `resourceDisplayName`). Values known only at
 * deploy leave the resource out.
 *
 * @example
 * rightsizingCandidates(readSynthesizedStacks('cdktf.out')).functions.map((f) => f.endpoint); // ['fraud-scorer', ...]
 */
export function rightsizingCandidates(stacks: readonly SynthesizedStack[]): RightsizingCandidates {
  const compute: ComputeSize[] = [];
  const functions: FunctionSize[] = [];
  for (const r of stacks.flatMap((s) => s.resources)) {
    const name = r.config.display_name;
    if (typeof name !== 'string') continue;
    if (r.type === 'oci_datascience_model_deployment') {
      const model = configBlock(configBlock(r.config.model_deployment_configuration_details)?.model_configuration_details);
      const instance = configBlock(model?.instance_configuration);
      const shape = configBlock(instance?.model_deployment_instance_shape_config_details);
      const auto = configBlock(configBlock(model?.scaling_policy)?.auto_scaling_policies);
      const ocpus = configNumber(shape?.ocpus);
      const memoryGb = configNumber(shape?.memory_in_gbs);
      const min = configNumber(auto?.minimum_instance_count) ?? configNumber(configBlock(model?.scaling_policy)?.instance_count) ?? 1;
      if (ocpus === undefined || memoryGb === undefined || typeof instance?.instance_shape_name !== 'string') continue;
      compute.push({ endpoint: name, kind: 'model-deployment', shape: instance.instance_shape_name, ocpus, memoryGb, instanceCount: min, maxInstanceCount: configNumber(auto?.maximum_instance_count) });
    } else if (r.type === 'oci_container_instances_container_instance') {
      const shape = configBlock(r.config.shape_config);
      const ocpus = configNumber(shape?.ocpus);
      const memoryGb = configNumber(shape?.memory_in_gbs);
      if (ocpus === undefined || memoryGb === undefined || typeof r.config.shape !== 'string') continue;
      compute.push({ endpoint: name, kind: 'container-instance', shape: r.config.shape, ocpus, memoryGb, instanceCount: 1 });
    } else if (r.type === 'oci_functions_function') {
      const pc = configBlock(r.config.provisioned_concurrency_config);
      functions.push({
        endpoint: name, memoryMib: configNumber(r.config.memory_in_mbs) ?? 128, provisionedConcurrency: pc?.strategy === 'CONSTANT' ? (configNumber(pc.count) ?? 0) : 0,
        metricsCompartmentId: functionMetricsCompartment(r.config.config),
      });
    }
  }
  return { compute, functions };
}
