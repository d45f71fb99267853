import { RESOURCE_NAME_PATTERN } from '../private/names';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ArtifactsContainerRepository } from '../../.gen/providers/oci/artifacts-container-repository';
import { DevopsBuildPipeline } from '../../.gen/providers/oci/devops-build-pipeline';
import { DevopsBuildPipelineStage } from '../../.gen/providers/oci/devops-build-pipeline-stage';
import { DevopsConnection } from '../../.gen/providers/oci/devops-connection';
import { DevopsDeployArtifact } from '../../.gen/providers/oci/devops-deploy-artifact';
import { DevopsProject } from '../../.gen/providers/oci/devops-project';
import { DevopsRepository } from '../../.gen/providers/oci/devops-repository';
import { DevopsTrigger } from '../../.gen/providers/oci/devops-trigger';
import { type Check, mismatches, outside, runChecks } from '../private/checks';
import { type BuildSpec, type BuildSpecCommandStep, renderBuildSpec } from './build-spec';
import { type ModelBuildSpecOptions, modelBuildSpec } from './build-spec-model';
import { devopsParameterReference } from './devops-parameter';
import { ocidShape } from '../../runtime/contract/ocid-shape';

/** Formats of an OCIR repository's readme, as the Artifacts API's ContainerRepositoryReadme lists them (not MIME types). */
export const CONTAINER_REPOSITORY_README_FORMATS = ['TEXT_MARKDOWN', 'TEXT_PLAIN'] as const;
/** A format of an OCIR repository's readme. */
export type ContainerRepositoryReadmeFormat = (typeof CONTAINER_REPOSITORY_README_FORMATS)[number];
/** The readme below is Markdown. */
const README_FORMAT: ContainerRepositoryReadmeFormat = 'TEXT_MARKDOWN';

/** Where the build reads the model's source. */
export type ModelSourceType = 'devops' | 'github' | 'gitlab';

/** The model build's options, without what the pipeline sets itself (model name, image repository). */
export type ModelPipelineBuildOptions = Omit<ModelBuildSpecOptions, 'modelName' | 'imageRepository'>;

export interface ModelPipelineProps {
  /** Compartment of the container repository. */
  readonly compartmentId: string;
  /** Team that owns the model: names resources and the build spec file `<team>-<model>.yaml`. */
  readonly team: string;
  /** Model name (lowercase, digits, '-'): names the image repository, the image and the pipeline. */
  readonly modelName: string;
  /** Region of the OCIR registry, e.g. `eu-frankfurt-1` (the image is `<region>.ocir.io/...`). */
  readonly region: string;
  /** The tenancy's Object Storage namespace (the OCIR namespace), a literal: it is written into the build spec. */
  readonly ocirNamespace: string;
  /** The model build: model and hold-out paths, label, validation thresholds, commands. */
  readonly build: ModelPipelineBuildOptions;
  /**
   * Steps run after the model build's own steps (say, a vulnerability scan); each needs a name and a command.
   * @default - none
   */
  readonly extraBuildSteps?: readonly BuildSpecCommandStep[];
  /**
   * An existing DevOps project (the platform's `devopsProject.id`).
   * @default - a project is defined in compartmentId, its events sent to notificationTopicId
   */
  readonly devopsProjectId?: string;
  /**
   * Notifications topic of the project's events; required when no devopsProjectId is given.
   * @default - none (the existing project's own notification settings apply)
   */
  readonly notificationTopicId?: string;
  /**
   * Where the source lives: an OCI DevOps code repository, or a GitHub/GitLab repository mirrored into one.
   * @default 'devops'
   */
  readonly sourceType?: ModelSourceType;
  /** HTTPS URL of the GitHub/GitLab repository (sourceType github/gitlab). @default - none */
  readonly sourceRepositoryUrl?: string;
  /** Vault secret OCID holding the GitHub/GitLab access token (sourceType github/gitlab). @default - none */
  readonly sourceAccessTokenSecretId?: string;
  /**
   * Branch whose pushes start a build.
   * @default 'main'
   */
  readonly branch?: string;
  /**
   * Path of the build spec in the repository (commit the file written by `writeBuildSpecs` there).
   * @default '.oci/build_spec.yaml'
   */
  readonly buildSpecPath?: string;
  /**
   * Refuse to overwrite an image tag in the container repository.
   * @default true
   */
  readonly enableImmutableTags?: boolean;
  /**
   * Days an image that is not pulled is kept. OCIR retention policies are not in the Terraform
   * provider (oracle/oci 8.28.0): the value is recorded on the repository (readme and the
   * `mlops-image-retention-days` tag) for the tenancy's custom retention policy; see docs/cicd.md.
   * @default 90
   */
  readonly imageRetentionDays?: number;
  /**
   * Build runner: OCPUs of a custom runner shape, 1-16; 0 keeps the default runner.
   * @default 0
   */
  readonly buildRunnerOcpus?: number;
}

/** What a release needs of a model's build pipeline. */
export interface IModelPipeline {
  readonly devopsProjectId: string;
  /** Region of the pipeline's resources, e.g. `eu-frankfurt-1`. */
  readonly region: string;
  /** The DevOps artifact of the image (`<repository path>:${IMAGE_TAG}`). */
  readonly imageArtifactId: string;
  /** Adds a stage that starts the deploy pipeline after the artifacts are delivered. */
  addDeployTrigger(id: string, deployPipelineId: string): DevopsBuildPipelineStage;
}

const REGION = /^[a-z]{2,}-[a-z]+-\d$/;
const NAMESPACE = /^[a-z0-9]{1,64}$/;
const SECRET = ocidShape('vaultsecret');
const BRANCH = /^(?!\/)(?!.*\.\.)[A-Za-z0-9._/-]{1,255}$/;

const checks: Check<ModelPipelineProps>[] = [
  { fails: (p) => mismatches(p.team, RESOURCE_NAME_PATTERN), message: (p) => `team must be 2-32 characters of a-z, 0-9 and "-", got ${JSON.stringify(p.team)}` },
  { fails: (p) => mismatches(p.region, REGION), message: (p) => `region must be an OCI region identifier such as "eu-frankfurt-1", got ${JSON.stringify(p.region)}` },
  { fails: (p) => Token.isUnresolved(p.ocirNamespace) || !NAMESPACE.test(p.ocirNamespace), message: (p) => `ocirNamespace must be the literal Object Storage namespace of the tenancy (lowercase letters and digits; it is written into the build spec), got ${Token.isUnresolved(p.ocirNamespace) ? 'a token' : JSON.stringify(p.ocirNamespace)}` },
  { fails: (p) => !p.devopsProjectId && !p.notificationTopicId, message: () => 'notificationTopicId must be set when no devopsProjectId is given (the defined project sends its events there), got undefined' },
  { fails: (p) => (p.sourceType ?? 'devops') === 'devops' && (p.sourceRepositoryUrl !== undefined || p.sourceAccessTokenSecretId !== undefined), message: (p) => `sourceRepositoryUrl and sourceAccessTokenSecretId apply to sourceType "github" or "gitlab" only, got sourceType ${JSON.stringify(p.sourceType ?? 'devops')}` },
  { fails: (p) => !['devops', 'github', 'gitlab'].includes(p.sourceType ?? 'devops'), message: (p) => `sourceType must be "devops", "github" or "gitlab", got ${JSON.stringify(p.sourceType)}` },
  { fails: (p) => p.sourceType !== undefined && p.sourceType !== 'devops' && !(p.sourceRepositoryUrl !== undefined && (Token.isUnresolved(p.sourceRepositoryUrl) || /^https:\/\/[^\s/]+\/\S+$/.test(p.sourceRepositoryUrl))), message: (p) => `sourceRepositoryUrl must be the https:// URL of the ${p.sourceType} repository, got ${JSON.stringify(p.sourceRepositoryUrl)}` },
  { fails: (p) => p.sourceType !== undefined && p.sourceType !== 'devops' && !(p.sourceAccessTokenSecretId !== undefined && (Token.isUnresolved(p.sourceAccessTokenSecretId) || SECRET.test(p.sourceAccessTokenSecretId))), message: (p) => `sourceAccessTokenSecretId must be the OCID of the Vault secret holding the ${p.sourceType} access token (ocid1.vaultsecret...), got ${JSON.stringify(p.sourceAccessTokenSecretId)}` },
  { fails: (p) => mismatches(p.branch, BRANCH), message: (p) => `branch must be a git branch name, got ${JSON.stringify(p.branch)}` },
  { fails: (p) => p.buildSpecPath !== undefined && !/^[^/\s][^\s]*\.ya?ml$/.test(p.buildSpecPath), message: (p) => `buildSpecPath must be a relative path of a .yaml file, got ${JSON.stringify(p.buildSpecPath)}` },
  { fails: (p) => outside(p.imageRetentionDays, 1, 3650), message: (p) => `imageRetentionDays must be a whole number of days 1-3650, got ${p.imageRetentionDays}` },
  { fails: (p) => outside(p.buildRunnerOcpus, 0, 16), message: (p) => `buildRunnerOcpus must be a whole number 0-16 (0: the default runner), got ${p.buildRunnerOcpus}` },
];

/**
 * Defines a model's build pipeline on OCI DevOps: a project (or the platform's), the code
 * repository (OCI DevOps, or a GitHub/GitLab mirror through a connection whose token is a Vault
 * secret), the model's OCIR container repository (immutable tags), a build pipeline whose managed
 * build runs the design's build spec (tests, `oci-mlops validate-model`, image), a deliver-artifacts
 * stage pushing the image, a trigger-deployment stage per release (`addDeployTrigger`), and a
 * trigger on pushes to the branch. The build spec itself is `buildSpecYaml`; `writeBuildSpecs`
 * writes it to `cdktf.out/build-specs/<team>-<model>.yaml` for the team to commit.
 */
export class ModelPipeline extends Construct implements IModelPipeline {
  /** The build pipeline. */
  readonly resource: DevopsBuildPipeline;
  readonly team: string;
  readonly modelName: string;
  readonly region: string;
  readonly devopsProjectId: string;
  readonly containerRepository: ArtifactsContainerRepository;
  /** `<region>.ocir.io/<namespace>/<team>/<model>`, without a tag. */
  readonly imageRepositoryPath: string;
  readonly imageArtifactId: string;
  readonly codeRepositoryId: string;
  readonly buildPipelineId: string;
  /** The build spec (validated). */
  readonly buildSpec: BuildSpec;
  /** The build spec as YAML, the text of `.oci/build_spec.yaml`. */
  readonly buildSpecYaml: string;
  /** File name under `build-specs/`: `<team>-<model>.yaml`. */
  readonly buildSpecFileName: string;
  private readonly deliverStage: DevopsBuildPipelineStage;
  private readonly triggers = new Map<string, DevopsBuildPipelineStage>();

  constructor(scope: Construct, id: string, props: ModelPipelineProps) {
    super(scope, id);
    runChecks(this.node.path, props, checks);
    this.team = props.team;
    this.modelName = props.modelName;
    this.region = props.region;
    const name = `${props.team}-${props.modelName}`;
    const repositoryName = `${props.team}/${props.modelName}`;
    this.imageRepositoryPath = `${props.region}.ocir.io/${props.ocirNamespace}/${repositoryName}`;
    this.buildSpec = this.makeBuildSpec(props);
    this.buildSpecFileName = `${name}.yaml`;
    this.buildSpecYaml = renderBuildSpec(this.buildSpec, `Generated by oci-mlops for ${props.team}/${props.modelName}: commit as ${props.buildSpecPath ?? '.oci/build_spec.yaml'}`);

    this.devopsProjectId = props.devopsProjectId ?? new DevopsProject(this, 'Project', {
      compartmentId: props.compartmentId, name: `${name}-cicd`, description: `Build and release of ${repositoryName}`,
      notificationConfig: { topicId: props.notificationTopicId! },
    }).id;

    const retentionDays = props.imageRetentionDays ?? 90;
    this.containerRepository = new ArtifactsContainerRepository(this, 'ContainerRepository', {
      compartmentId: props.compartmentId,
      displayName: repositoryName,
      isImmutable: props.enableImmutableTags ?? true,
      isPublic: false,
      readme: {
        format: README_FORMAT,
        content: `Images of model ${props.modelName} (team ${props.team}), built by the DevOps pipeline ${name}. Retention: images not pulled for ${retentionDays} days are deleted by the custom retention policy (see oci-mlops docs/cicd.md).`,
      },
      freeformTags: { 'mlops-image-retention-days': String(retentionDays) },
    });

    const branch = props.branch ?? 'main';
    const sourceType = props.sourceType ?? 'devops';
    let connectionId: string | undefined;
    if (sourceType !== 'devops') {
      connectionId = new DevopsConnection(this, 'Connection', {
        projectId: this.devopsProjectId, displayName: `${name}-${sourceType}`,
        connectionType: sourceType === 'github' ? 'GITHUB_ACCESS_TOKEN' : 'GITLAB_ACCESS_TOKEN',
        accessToken: props.sourceAccessTokenSecretId,
      }).id;
    }
    const repository = new DevopsRepository(this, 'Repository', {
      projectId: this.devopsProjectId, name, defaultBranch: branch,
      description: sourceType === 'devops' ? `Source of ${repositoryName}` : `Mirror of ${props.sourceRepositoryUrl}`,
      repositoryType: sourceType === 'devops' ? 'HOSTED' : 'MIRRORED',
      mirrorRepositoryConfig: connectionId ? { connectorId: connectionId, repositoryUrl: props.sourceRepositoryUrl, triggerSchedule: { scheduleType: 'DEFAULT' } } : undefined,
    });
    this.codeRepositoryId = repository.id;

    this.resource = new DevopsBuildPipeline(this, 'Resource', {
      projectId: this.devopsProjectId, displayName: `${name}-build`, description: `Tests, validates and packages model ${repositoryName}`,
      buildPipelineParameters: { items: [{ name: 'MODEL_NAME', defaultValue: props.modelName, description: 'Model built by this pipeline' }] },
    });
    this.buildPipelineId = this.resource.id;

    const ocpus = props.buildRunnerOcpus ?? 0;
    const build = new DevopsBuildPipelineStage(this, 'BuildStage', {
      buildPipelineId: this.resource.id, buildPipelineStageType: 'BUILD', displayName: 'build-and-validate',
      description: 'Runs the build spec: tests with a JUnit report, model validation gate, container image',
      buildSpecFile: props.buildSpecPath ?? '.oci/build_spec.yaml',
      image: 'OL8_X86_64_STANDARD_10',
      primaryBuildSource: name,
      stageExecutionTimeoutInSeconds: this.buildSpec.timeoutInSeconds,
      buildSourceCollection: { items: [{ name, connectionType: 'DEVOPS_CODE_REPOSITORY', repositoryId: repository.id, repositoryUrl: repository.httpUrl, branch }] },
      buildRunnerShapeConfig: ocpus > 0 ? { buildRunnerType: 'CUSTOM', ocpus, memoryInGbs: ocpus * 8 } : { buildRunnerType: 'DEFAULT' },
      buildPipelineStagePredecessorCollection: { items: [{ id: this.resource.id }] },
    });

    const image = new DevopsDeployArtifact(this, 'ImageArtifact', {
      projectId: this.devopsProjectId, displayName: `${name}-image`, deployArtifactType: 'DOCKER_IMAGE',
      argumentSubstitutionMode: 'SUBSTITUTE_PLACEHOLDERS',
      deployArtifactSource: { deployArtifactSourceType: 'OCIR', imageUri: `${this.imageRepositoryPath}:${devopsParameterReference('IMAGE_TAG')}` },
    });
    this.imageArtifactId = image.id;
    this.deliverStage = new DevopsBuildPipelineStage(this, 'DeliverStage', {
      buildPipelineId: this.resource.id, buildPipelineStageType: 'DELIVER_ARTIFACT', displayName: 'deliver-image',
      description: `Pushes the image to ${this.imageRepositoryPath}`,
      deliverArtifactCollection: { items: [{ artifactName: `${props.modelName}-image`, artifactId: image.id }] },
      buildPipelineStagePredecessorCollection: { items: [{ id: build.id }] },
    });

    new DevopsTrigger(this, 'PushTrigger', {
      projectId: this.devopsProjectId, displayName: `${name}-on-push`, triggerSource: 'DEVOPS_CODE_REPOSITORY', repositoryId: repository.id,
      actions: [{ type: 'TRIGGER_BUILD_PIPELINE', buildPipelineId: this.resource.id, filter: { triggerSource: 'DEVOPS_CODE_REPOSITORY', events: ['PUSH'], include: { headRef: branch } } }],
    });
  }

  /**
   * Adds a TRIGGER_DEPLOYMENT_PIPELINE stage after the deliver stage that starts `deployPipelineId`
   * with every build parameter and exported variable (IMAGE_TAG). Idempotent per id.
   *
   * @param id - construct id of the stage (one per release)
   * @param deployPipelineId - the release's deploy pipeline
   * @returns the stage
   */
  addDeployTrigger(id: string, deployPipelineId: string): DevopsBuildPipelineStage {
    const existing = this.triggers.get(id);
    if (existing) return existing;
    const stage = new DevopsBuildPipelineStage(this, `Trigger${id}`, {
      buildPipelineId: this.resource.id, buildPipelineStageType: 'TRIGGER_DEPLOYMENT_PIPELINE', displayName: `deploy-${id}`.toLowerCase().slice(0, 255),
      deployPipelineId, isPassAllParametersEnabled: true,
      buildPipelineStagePredecessorCollection: { items: [{ id: this.deliverStage.id }] },
    });
    this.triggers.set(id, stage);
    return stage;
  }

  private makeBuildSpec(props: ModelPipelineProps): BuildSpec {
    let spec: BuildSpec;
    try {
      spec = modelBuildSpec({ ...props.build, modelName: props.modelName, imageRepository: this.imageRepositoryPath });
    } catch (err) {
      throw new Error(`${this.node.path}: build.${(err as Error).message.replace(/^ModelBuildSpec: /, '')}`);
    }
    if (!props.extraBuildSteps?.length) return spec;
    const withExtra: BuildSpec = { ...spec, steps: [...spec.steps, ...props.extraBuildSteps] };
    try {
      renderBuildSpec(withExtra);
    } catch (err) {
      const offset = spec.steps.length;
      // Name the extra step by its own index, not its position in the combined spec.
      const message = (err as Error).message.replace(/^BuildSpec: /, '').replace(/steps\[(\d+)\]/g, (_m, i: string) => (Number(i) >= offset ? `extraBuildSteps[${Number(i) - offset}]` : `build steps[${i}]`));
      throw new Error(`${this.node.path}: ${message}`);
    }
    return withExtra;
  }
}
