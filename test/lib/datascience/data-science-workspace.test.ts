import { DataScienceWorkspace, type DataScienceWorkspaceProps } from '../../../lib/datascience/data-science-workspace';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';

const BASE: DataScienceWorkspaceProps = {
  compartmentId: 'ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla',
  subnetId: 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaab7kq2xw5ndvmeh3lrzty4gfsc6uoip2jm7xwa3bkqe5dnfh2lvsa',
  logGroupId: 'ocid1.loggroup.oc1.eu-frankfurt-1.aaaa',
};
const make = (extra: Partial<DataScienceWorkspaceProps>) => () => new DataScienceWorkspace(freshStack(), 'DS', { ...BASE, ...extra });

describe('DataScienceWorkspace', () => {
  test('defines the project, notebook sessions in the private subnet, the registry and a training job', () => {
    const r = synthResources((s) => {
      new DataScienceWorkspace(s, 'DS', {
        ...BASE, enablePrivateEndpoint: true, modelNames: ['fraud-scorer'],
        notebookSessions: [{ name: 'lab', shape: 'VM.Standard.E4.Flex', ocpus: 2, memoryGb: 32 }],
        trainingJobs: [{ name: 'train', image: 'fra.ocir.io/acme/mlops/train:1.0', shape: 'VM.Standard.E4.Flex', ocpus: 8, memoryGb: 128 }],
      });
    });
    expect(resourcesOf(r, 'oci_datascience_notebook_session')[0]).toMatchObject({
      notebook_session_configuration_details: { shape: 'VM.Standard.E4.Flex', subnet_id: BASE.subnetId, block_storage_size_in_gbs: 100, notebook_session_shape_config_details: { ocpus: 2, memory_in_gbs: 32 } },
    });
    expect(resourcesOf(r, 'oci_datascience_model_version_set')).toEqual([expect.objectContaining({ name: 'fraud-scorer' })]);
    expect(resourcesOf(r, 'oci_datascience_private_endpoint')).toEqual([expect.objectContaining({ data_science_resource_type: 'NOTEBOOK_SESSION', subnet_id: BASE.subnetId })]);
    expect(resourcesOf(r, 'oci_datascience_job')[0]).toMatchObject({
      job_environment_configuration_details: { job_environment_type: 'OCIR_CONTAINER', image: 'fra.ocir.io/acme/mlops/train:1.0' },
      job_infrastructure_configuration_details: { job_infrastructure_type: 'STANDALONE', subnet_id: BASE.subnetId },
      job_log_configuration_details: { enable_logging: true, log_group_id: BASE.logGroupId },
    });
  });

  test('fails on a GPU shape unless GPU shapes are allowed', () => {
    expect(make({ notebookSessions: [{ name: 'gpu', shape: 'VM.GPU.A10.1' }] })).toThrow(/notebookSessions\[0\].shape VM.GPU.A10.1 is a GPU shape: set allowGpuShapes: true/);
    expect(make({ allowGpuShapes: true, notebookSessions: [{ name: 'gpu', shape: 'VM.GPU.A10.1' }] })).not.toThrow();
  });

  test('fails on a flexible shape without its size', () => {
    expect(make({ notebookSessions: [{ name: 'lab', shape: 'VM.Standard.E4.Flex' }] })).toThrow(/flexible shape VM.Standard.E4.Flex needs ocpus and memoryGb/);
  });

  test('fails on memory outside the shape range for its OCPUs', () => {
    expect(make({ notebookSessions: [{ name: 'lab', shape: 'VM.Standard.E4.Flex', ocpus: 2, memoryGb: 512 }] })).toThrow(/memoryGb must be from 2 to 128 GB for 2 OCPUs of VM.Standard.E4.Flex, got 512/);
  });

  test('fails on an unknown shape', () => {
    expect(make({ notebookSessions: [{ name: 'lab', shape: 'VM.Standard2.1' }] })).toThrow(/shape must be a flexible shape .* or a GPU shape .*got "VM.Standard2.1"/);
  });

  test('fails on duplicate notebook names', () => {
    const nb = { name: 'lab', shape: 'VM.Standard.E4.Flex', ocpus: 1, memoryGb: 16 };
    expect(make({ notebookSessions: [nb, nb] })).toThrow(/notebookSessions: duplicate name "lab"/);
  });

  test('fails on a training image outside OCIR', () => {
    expect(make({ trainingJobs: [{ name: 't', image: 'docker.io/library/python:3.12', shape: 'VM.Standard.E4.Flex', ocpus: 1, memoryGb: 8 }] }))
      .toThrow(/trainingJobs\[0\].image must be an OCIR image .*got "docker.io\/library\/python:3.12"/);
  });

  test('fails on block storage outside 50-10240 GB', () => {
    expect(make({ notebookSessions: [{ name: 'lab', shape: 'VM.Standard.E4.Flex', ocpus: 1, memoryGb: 16, blockStorageGb: 20 }] })).toThrow(/blockStorageGb must be an integer from 50 to 10240, got 20/);
  });
});
