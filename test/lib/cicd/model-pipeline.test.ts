import { parse } from 'yaml';
import { CONTAINER_REPOSITORY_README_FORMATS, type ModelPipeline } from '../../../lib/cicd/model-pipeline';
import { devopsParameterReference } from '../../../lib/cicd/devops-parameter';
import { writeBuildSpecs } from '../../../lib/cicd/write-build-specs';
import { tempDir } from '../../support/temp-dir';
import { runPolicyChecks } from '../../../lib/policy';
import { freshStack, resourcesOf, synthResources } from '../../support/synth';
import { PIPELINE, TOKEN_SECRET, pipelineIn } from './fixtures';

const make = (patch: Partial<typeof PIPELINE>) => () => pipelineIn(freshStack(), patch);

describe('ModelPipeline', () => {
  test('defines a project with events to the topic, a DevOps repository, the build, deliver stages and a push trigger', () => {
    const r = synthResources((s) => { pipelineIn(s as never); });
    expect(resourcesOf(r, 'oci_devops_project')[0]).toMatchObject({ name: 'fraud-detection-fraud-scorer-cicd', notification_config: { topic_id: PIPELINE.notificationTopicId } });
    expect(resourcesOf(r, 'oci_devops_repository')[0]).toMatchObject({ repository_type: 'HOSTED', default_branch: 'main', name: 'fraud-detection-fraud-scorer' });
    const stages = resourcesOf(r, 'oci_devops_build_pipeline_stage');
    expect(stages.map((s) => s.build_pipeline_stage_type)).toEqual(['BUILD', 'DELIVER_ARTIFACT']);
    expect(stages[0]).toMatchObject({ build_spec_file: '.oci/build_spec.yaml', build_runner_shape_config: { build_runner_type: 'DEFAULT' } });
    expect(stages[1]).toMatchObject({ deliver_artifact_collection: { items: [{ artifact_name: 'fraud-scorer-image' }] } });
    expect(resourcesOf(r, 'oci_devops_deploy_artifact')[0]).toMatchObject({
      deploy_artifact_type: 'DOCKER_IMAGE', argument_substitution_mode: 'SUBSTITUTE_PLACEHOLDERS',
      // `$${` is Terraform's escape: the artifact holds the literal DevOps placeholder ${IMAGE_TAG}.
      deploy_artifact_source: { deploy_artifact_source_type: 'OCIR', image_uri: 'eu-frankfurt-1.ocir.io/axaxnpcrorw5/fraud-detection/fraud-scorer:$${IMAGE_TAG}' },
    });
    expect(resourcesOf(r, 'oci_devops_trigger')[0]).toMatchObject({
      trigger_source: 'DEVOPS_CODE_REPOSITORY',
      actions: [{ type: 'TRIGGER_BUILD_PIPELINE', filter: { trigger_source: 'DEVOPS_CODE_REPOSITORY', events: ['PUSH'], include: { head_ref: 'main' } } }],
    });
  });

  test('defines one private container repository with immutable tags and records the retention days', () => {
    const r = synthResources((s) => { pipelineIn(s as never, { imageRetentionDays: 30 }); });
    const repos = resourcesOf(r, 'oci_artifacts_container_repository');
    expect(repos).toHaveLength(1);
    expect(repos[0]).toMatchObject({ display_name: 'fraud-detection/fraud-scorer', is_immutable: true, is_public: false, freeform_tags: { 'mlops-image-retention-days': '30' } });
    expect((repos[0]!.readme as { content: string }).content).toMatch(/not pulled for 30 days/);
  });

  test('describes the repository with a Markdown readme in a format the Artifacts API knows (not a MIME type)', () => {
    const r = synthResources((s) => { pipelineIn(s as never); });
    const { format } = resourcesOf(r, 'oci_artifacts_container_repository')[0]!.readme as { format: string };
    expect(CONTAINER_REPOSITORY_README_FORMATS).toContain(format);
    expect(format).toBe('TEXT_MARKDOWN');
  });

  test('mirrors a GitHub repository through a connection whose token is the Vault secret', () => {
    const r = synthResources((s) => { pipelineIn(s as never, { sourceType: 'github', sourceRepositoryUrl: 'https://github.com/acme/fraud', sourceAccessTokenSecretId: TOKEN_SECRET, branch: 'release' }); });
    expect(resourcesOf(r, 'oci_devops_connection')[0]).toMatchObject({ connection_type: 'GITHUB_ACCESS_TOKEN', access_token: TOKEN_SECRET });
    expect(resourcesOf(r, 'oci_devops_repository')[0]).toMatchObject({ repository_type: 'MIRRORED', mirror_repository_config: { repository_url: 'https://github.com/acme/fraud', trigger_schedule: { schedule_type: 'DEFAULT' } } });
    expect(resourcesOf(r, 'oci_devops_trigger')[0]).toMatchObject({ actions: [{ filter: { include: { head_ref: 'release' } } }] });
  });

  test('uses an existing project and defines none', () => {
    const r = synthResources((s) => { pipelineIn(s as never, { devopsProjectId: 'ocid1.devopsproject.oc1.eu-frankfurt-1.aaaaaaaaproject', notificationTopicId: undefined }); });
    expect(resourcesOf(r, 'oci_devops_project')).toHaveLength(0);
    expect(resourcesOf(r, 'oci_devops_build_pipeline')[0]).toMatchObject({ project_id: 'ocid1.devopsproject.oc1.eu-frankfurt-1.aaaaaaaaproject' });
  });

  test('renders the build spec with the validation gate and the pipeline image repository', () => {
    const p = pipelineIn(freshStack());
    const doc = parse(p.buildSpecYaml);
    expect(p.buildSpecFileName).toBe('fraud-detection-fraud-scorer.yaml');
    expect(doc.steps.map((s: { name: string }) => s.name)).toEqual(['Set up', 'Run tests', 'Validate model', 'Build container image']);
    expect(doc.steps[2].command).toMatch(/validate-model --model models\/fraud\.onnx --data data\/holdout\.csv --label is_fraud .*--min-auc 0\.9/);
    expect(doc.steps[3].command).toContain('eu-frankfurt-1.ocir.io/axaxnpcrorw5/fraud-detection/fraud-scorer:${IMAGE_TAG}');
    expect(doc.outputArtifacts[0]).toEqual({ name: 'fraud-scorer-image', type: 'DOCKER_IMAGE', location: 'fraud-scorer-image' });
  });

  test('appends extra build steps', () => {
    const p = pipelineIn(freshStack(), { extraBuildSteps: [{ type: 'Command', name: 'Scan image', command: 'trivy image fraud-scorer-image' }] });
    expect(parse(p.buildSpecYaml).steps.at(-1)).toMatchObject({ name: 'Scan image', command: 'trivy image fraud-scorer-image' });
  });

  test('has no policy finding by default', () => {
    const stack = freshStack();
    pipelineIn(stack);
    expect(runPolicyChecks(stack).filter((f) => f.suppressedReason === undefined)).toEqual([]);
  });

  test('fails on an extra build step with an empty command, naming the step', () => {
    expect(make({ extraBuildSteps: [{ type: 'Command', name: 'Scan', command: ' ' }] })).toThrow(/Pipeline: extraBuildSteps\[0\]\.command must be a non-empty shell command, got " "/);
  });

  test('fails on an empty test command of the model build', () => {
    expect(make({ build: { ...PIPELINE.build, testCommand: '' } })).toThrow(/Pipeline: build\.steps\[1\]\.command must be a non-empty shell command, got ""/);
  });

  test('fails on a validation threshold out of range', () => {
    expect(make({ build: { ...PIPELINE.build, thresholds: { minAuc: 1.5 } } })).toThrow(/build\.thresholds\.minAuc must be within 0\.\.1, got 1\.5/);
  });

  test('fails on a GitHub source without its token secret', () => {
    expect(make({ sourceType: 'github', sourceRepositoryUrl: 'https://github.com/acme/fraud' })).toThrow(/sourceAccessTokenSecretId must be the OCID of the Vault secret holding the github access token \(ocid1\.vaultsecret\.\.\.\), got undefined/);
  });

  test('fails without a project or a notification topic', () => {
    expect(make({ notificationTopicId: undefined })).toThrow(/notificationTopicId must be set when no devopsProjectId is given/);
  });

  test('fails on a retention outside 1-3650 days', () => {
    expect(make({ imageRetentionDays: 0 })).toThrow(/imageRetentionDays must be a whole number of days 1-3650, got 0/);
  });

  test('fails on a namespace that is not a literal', () => {
    expect(make({ ocirNamespace: 'Bad-NS' })).toThrow(/ocirNamespace must be the literal Object Storage namespace.*got "Bad-NS"/);
  });

  test('adds one trigger stage per release id', () => {
    const stack = freshStack();
    const p: ModelPipeline = pipelineIn(stack);
    expect(p.addDeployTrigger('A', 'ocid1.devopsdeploypipeline.oc1..x')).toBe(p.addDeployTrigger('A', 'ocid1.devopsdeploypipeline.oc1..x'));
  });

  test('escapes a DevOps placeholder for Terraform', () => {
    expect(devopsParameterReference('IMAGE_TAG')).toBe('$${IMAGE_TAG}');
  });

  test('writes nothing for a tree without pipelines', () => {
    expect(writeBuildSpecs(freshStack(), tempDir())).toEqual([]);
  });

  test('fails when two pipelines would write the same build spec file', () => {
    const a = pipelineIn(freshStack());
    const b = pipelineIn(freshStack());
    expect(() => writeBuildSpecs([a, b], tempDir())).toThrow(/writeBuildSpecs: T\/Pipeline and T\/Pipeline both write build-specs\/fraud-detection-fraud-scorer\.yaml/);
  });
});
