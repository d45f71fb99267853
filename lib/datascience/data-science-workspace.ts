import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { DatascienceJob } from '../../.gen/providers/oci/datascience-job';
import { DatascienceModelVersionSet } from '../../.gen/providers/oci/datascience-model-version-set';
import { DatascienceNotebookSession } from '../../.gen/providers/oci/datascience-notebook-session';
import { DatasciencePrivateEndpoint } from '../../.gen/providers/oci/datascience-private-endpoint';
import { DatascienceProject } from '../../.gen/providers/oci/datascience-project';
import { outside, runChecks } from '../private/checks';
import { ocirImageProblem } from '../private/ocir';
import { validateShape, type ShapeSizing } from './shapes';

/** A notebook session. */
export interface NotebookSessionSpec extends ShapeSizing {
  /** Name, unique in the workspace. */
  readonly name: string;
  /**
   * Block storage in GB, 50-10240.
   * @default 100
   */
  readonly blockStorageGb?: number;
}

/** A training job whose container runs on Data Science job infrastructure. */
export interface TrainingJobSpec extends ShapeSizing {
  /** Name, unique in the workspace. */
  readonly name: string;
  /** OCIR image of the training container. */
  readonly image: string;
  /**
   * Longest a run may take, in minutes.
   * @default 1440
   */
  readonly maxRuntimeMinutes?: number;
  /**
   * Block storage in GB, 50-10240.
   * @default 100
   */
  readonly blockStorageGb?: number;
  /** Environment variables of every run. @default {} */
  readonly environment?: Record<string, string>;
}

export interface DataScienceWorkspaceProps {
  readonly compartmentId: string;
  /** Private subnet of notebook sessions and jobs. */
  readonly subnetId: string;
  /** Log group of job run logs. */
  readonly logGroupId: string;
  /**
   * Name prefix.
   * @default 'mlops'
   */
  readonly namePrefix?: string;
  /**
   * Notebook sessions.
   * @default - none
   */
  readonly notebookSessions?: readonly NotebookSessionSpec[];
  /**
   * Allow GPU shapes (VM.GPU*, BM.GPU*) for notebooks and jobs; off so that a typo cannot start a GPU bill.
   * @default false
   */
  readonly allowGpuShapes?: boolean;
  /**
   * Model version sets (the model registry): one per model name.
   * @default - none
   */
  readonly modelNames?: readonly string[];
  /**
   * Define a Data Science private endpoint for notebook sessions in the subnet.
   * @default false
   */
  readonly enablePrivateEndpoint?: boolean;
  /** NSGs of the private endpoint. @default - none */
  readonly privateEndpointNsgIds?: readonly string[];
  /**
   * Training jobs.
   * @default - none
   */
  readonly trainingJobs?: readonly TrainingJobSpec[];
}

/**
 * Defines a Data Science project with notebook sessions in a private subnet, model version sets as
 * the model registry, an optional private endpoint and training jobs on job infrastructure.
 */
export class DataScienceWorkspace extends Construct {
  readonly project: DatascienceProject;
  readonly projectId: string;
  readonly notebookSessions: Record<string, DatascienceNotebookSession> = {};
  readonly modelVersionSets: Record<string, DatascienceModelVersionSet> = {};
  readonly trainingJobs: Record<string, DatascienceJob> = {};
  readonly privateEndpoint?: DatasciencePrivateEndpoint;

  constructor(scope: Construct, id: string, props: DataScienceWorkspaceProps) {
    super(scope, id);
    const prefix = props.namePrefix ?? 'mlops';
    const gpu = props.allowGpuShapes ?? false;
    const problems: string[] = [];
    const names = (kind: string, items: readonly { name: string }[] | readonly string[]) => {
      const list = items.map((i) => (typeof i === 'string' ? i : i.name));
      list.forEach((n, i) => { if (list.indexOf(n) !== i) problems.push(`${kind}: duplicate name ${JSON.stringify(n)}`); });
    };
    names('notebookSessions', props.notebookSessions ?? []);
    names('trainingJobs', props.trainingJobs ?? []);
    names('modelNames', props.modelNames ?? []);
    (props.notebookSessions ?? []).forEach((s, i) => {
      problems.push(...validateShape(`notebookSessions[${i}]`, s, gpu));
      if (outside(s.blockStorageGb, 50, 10240)) problems.push(`notebookSessions[${i}].blockStorageGb must be an integer from 50 to 10240, got ${s.blockStorageGb}`);
    });
    (props.trainingJobs ?? []).forEach((j, i) => {
      problems.push(...validateShape(`trainingJobs[${i}]`, j, gpu));
      const image = ocirImageProblem(`trainingJobs[${i}].image`, j.image);
      if (image) problems.push(image);
      if (outside(j.maxRuntimeMinutes, 1, 43200)) problems.push(`trainingJobs[${i}].maxRuntimeMinutes must be an integer from 1 to 43200, got ${j.maxRuntimeMinutes}`);
      if (outside(j.blockStorageGb, 50, 10240)) problems.push(`trainingJobs[${i}].blockStorageGb must be an integer from 50 to 10240, got ${j.blockStorageGb}`);
    });
    (props.modelNames ?? []).forEach((n, i) => {
      if (!Token.isUnresolved(n) && !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$/.test(n)) problems.push(`modelNames[${i}] must be 1-255 letters, digits, "_", "." or "-", got ${JSON.stringify(n)}`);
    });
    runChecks(this.node.path, props, problems.map((p) => ({ fails: () => true, message: () => p })));

    const compartmentId = props.compartmentId;
    this.project = new DatascienceProject(this, 'Project', { compartmentId, displayName: `${prefix}-project`, description: 'oci-mlops data science project' });
    this.projectId = this.project.id;
    if (props.enablePrivateEndpoint) {
      this.privateEndpoint = new DatasciencePrivateEndpoint(this, 'PrivateEndpoint', {
        compartmentId, subnetId: props.subnetId, dataScienceResourceType: 'NOTEBOOK_SESSION',
        displayName: `${prefix}-ds-endpoint`, subDomain: `${prefix}-ds`.replace(/[^a-z0-9-]/g, '').slice(0, 30),
        nsgIds: props.privateEndpointNsgIds ? [...props.privateEndpointNsgIds] : undefined,
      });
    }
    for (const s of props.notebookSessions ?? []) {
      this.notebookSessions[s.name] = new DatascienceNotebookSession(this, `Notebook-${s.name}`, {
        compartmentId, projectId: this.project.id, displayName: `${prefix}-${s.name}`,
        notebookSessionConfigurationDetails: {
          shape: s.shape, subnetId: props.subnetId, blockStorageSizeInGbs: s.blockStorageGb ?? 100,
          privateEndpointId: this.privateEndpoint?.id,
          notebookSessionShapeConfigDetails: s.ocpus !== undefined ? { ocpus: s.ocpus, memoryInGbs: s.memoryGb } : undefined,
        },
      });
    }
    for (const name of props.modelNames ?? []) {
      this.modelVersionSets[name] = new DatascienceModelVersionSet(this, `ModelVersionSet-${name}`, {
        compartmentId, projectId: this.project.id, name, description: `Registered versions of the ${name} model`,
      });
    }
    for (const j of props.trainingJobs ?? []) {
      this.trainingJobs[j.name] = new DatascienceJob(this, `TrainingJob-${j.name}`, {
        compartmentId, projectId: this.project.id, displayName: `${prefix}-${j.name}`, deleteRelatedJobRuns: false,
        jobConfigurationDetails: { jobType: 'DEFAULT', maximumRuntimeInMinutes: String(j.maxRuntimeMinutes ?? 1440), environmentVariables: j.environment },
        jobEnvironmentConfigurationDetails: { jobEnvironmentType: 'OCIR_CONTAINER', image: j.image },
        jobInfrastructureConfigurationDetails: {
          jobInfrastructureType: 'STANDALONE', shapeName: j.shape, subnetId: props.subnetId, blockStorageSizeInGbs: j.blockStorageGb ?? 100,
          jobShapeConfigDetails: j.ocpus !== undefined ? { ocpus: j.ocpus, memoryInGbs: j.memoryGb } : undefined,
        },
        jobLogConfigurationDetails: { enableLogging: true, enableAutoLogCreation: true, logGroupId: props.logGroupId },
      });
    }
  }
}
