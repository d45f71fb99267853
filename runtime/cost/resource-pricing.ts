import { type CostComponent, type SynthesizedResource } from './cost-types';
import { priceAutonomousDatabase } from './pricers/price-autonomous-database';
import { priceContainerInstance } from './pricers/price-container-instance';
import { priceFunction } from './pricers/price-function';
import { priceJob } from './pricers/price-job';
import { priceModelDeployment } from './pricers/price-model-deployment';
import { priceNodePool } from './pricers/price-node-pool';
import { priceNotebookSession } from './pricers/price-notebook-session';
import { priceOkeCluster } from './pricers/price-oke-cluster';
import { pricePostgresql } from './pricers/price-postgresql';
import { priceUsage } from './pricers/price-usage';
import { priceVault } from './pricers/price-vault';
import { priceVirtualNodePool } from './pricers/price-virtual-node-pool';
import { type PricingContext } from './pricing-context';

/** How `cost estimate` treats one resource type: priced, free, or not priced (and why). */
export type ResourcePricing =
  | { readonly kind: 'priced'; readonly price: (r: SynthesizedResource, ctx: PricingContext) => CostComponent[] }
  | { readonly kind: 'free'; readonly reason: string }
  | { readonly kind: 'not-priced'; readonly reason: string };

const free = (reason: string): ResourcePricing => ({ kind: 'free', reason });
const notPriced = (reason: string): ResourcePricing => ({ kind: 'not-priced', reason });
const priced = (price: (r: SynthesizedResource, ctx: PricingContext) => CostComponent[]): ResourcePricing => ({ kind: 'priced', price });
const NETWORK = 'VCN networking carries no charge (only data egress to the internet, beyond 10 TB a month, does)';

/**
 * Every resource type the library defines (scripts/oci-bindings.json), mapped to how it is
 * priced. test/runtime/cost/resource-pricing.test.ts fails when a type is added to the bindings
 * without an entry here, so nothing is skipped silently.
 */
export const RESOURCE_PRICING: Readonly<Record<string, ResourcePricing>> = {
  oci_datascience_notebook_session: priced(priceNotebookSession),
  oci_datascience_job: priced(priceJob),
  oci_datascience_model_deployment: priced(priceModelDeployment),
  oci_containerengine_cluster: priced(priceOkeCluster),
  oci_containerengine_node_pool: priced(priceNodePool),
  oci_containerengine_virtual_node_pool: priced(priceVirtualNodePool),
  oci_container_instances_container_instance: priced(priceContainerInstance),
  oci_functions_function: priced(priceFunction),
  oci_database_autonomous_database: priced(priceAutonomousDatabase),
  oci_psql_db_system: priced(pricePostgresql),
  oci_kms_vault: priced(priceVault),
  oci_apigateway_gateway: priced(priceUsage([{ key: 'monthly_requests', price: 'apigateway.calls', name: 'API calls' }])),
  oci_objectstorage_bucket: priced(priceUsage([{ key: 'storage_gb', price: 'objectstorage.storage', name: 'standard storage' }])),
  oci_artifacts_container_repository: priced(priceUsage([{ key: 'storage_gb', price: 'objectstorage.storage', name: 'image storage' }])),
  oci_streaming_stream: priced(priceUsage([{ key: 'monthly_gb_transferred', price: 'streaming.transfer', name: 'PUT and GET' }])),
  oci_logging_log: priced(priceUsage([{ key: 'storage_gb', price: 'logging.storage', name: 'log storage' }])),
  oci_monitoring_alarm: priced(priceUsage([
    { key: 'monthly_ingested_datapoints', price: 'monitoring.ingestion', name: 'custom metric datapoints ingested' },
    { key: 'monthly_retrieved_datapoints', price: 'monitoring.retrieval', name: 'datapoints its evaluations retrieve' },
  ])),

  oci_apigateway_deployment: free('billed per API call on its gateway (oci_apigateway_gateway)'),
  oci_audit_configuration: free('Audit carries no charge'),
  oci_budget_budget: free('Budgets carry no charge'),
  oci_budget_alert_rule: free('Budgets carry no charge'),
  oci_containerengine_addon: free('cluster add-ons run on the nodes priced with their pools'),
  oci_core_vcn: free(NETWORK),
  oci_core_subnet: free(NETWORK),
  oci_core_route_table: free(NETWORK),
  oci_core_security_list: free(NETWORK),
  oci_core_network_security_group: free(NETWORK),
  oci_core_network_security_group_security_rule: free(NETWORK),
  oci_core_internet_gateway: free(NETWORK),
  oci_core_nat_gateway: free(NETWORK),
  oci_core_service_gateway: free(NETWORK),
  oci_datascience_project: free('Data Science bills only the compute and storage of notebooks, job runs and deployments'),
  oci_datascience_model_version_set: free('Data Science bills only the compute and storage of notebooks, job runs and deployments'),
  oci_datascience_private_endpoint: free('Data Science bills only the compute and storage of notebooks, job runs and deployments'),
  oci_datascience_schedule: free('the job runs it starts are priced on the job (usage monthly_run_hours)'),
  oci_events_rule: free('Events rules carry no charge'),
  oci_functions_application: free('billed per function (oci_functions_function)'),
  oci_identity_compartment: free('IAM carries no charge'),
  oci_identity_dynamic_group: free('IAM carries no charge'),
  oci_identity_policy: free('IAM carries no charge'),
  oci_identity_tag: free('IAM carries no charge'),
  oci_identity_tag_namespace: free('IAM carries no charge'),
  oci_logging_log_group: free('billed per log (oci_logging_log)'),
  oci_monitoring_alarm_suppression: free('alarm suppressions carry no charge'),
  oci_objectstorage_object_lifecycle_policy: free('lifecycle policies carry no charge'),
  oci_ons_notification_topic: free('topics carry no charge; deliveries are billed per subscription'),
  oci_sch_service_connector: free('Connector Hub carries no charge (its source and target services bill as usual)'),
  oci_streaming_stream_pool: free('billed per stream (oci_streaming_stream)'),
  oci_vault_secret: free('Vault secrets carry no charge'),

  oci_kms_key: notPriced('HSM key versions: included in a virtual private vault; in a default vault billed per key version beyond 20 a month, not modeled'),
  oci_ons_subscription: notPriced('deliveries billed per message beyond the monthly free allowance (email, HTTPS); not modeled'),
  oci_devops_project: notPriced('DevOps bills the managed build runners per build minute and the artifacts they store; not modeled'),
  oci_devops_build_pipeline: notPriced('managed build runners billed per build minute; not modeled'),
  oci_devops_build_pipeline_stage: notPriced('managed build runners billed per build minute; not modeled'),
  oci_devops_connection: free('DevOps connections carry no charge'),
  oci_devops_repository: notPriced('mirrored repository storage billed as Object Storage; not modeled'),
  oci_devops_trigger: free('DevOps triggers carry no charge'),
  oci_devops_deploy_artifact: free('deploy artifacts carry no charge (the images they name are priced with their repository)'),
  oci_devops_deploy_environment: free('deploy environments carry no charge'),
  oci_devops_deploy_pipeline: free('deploy pipelines carry no charge (they start resources priced on their own)'),
  oci_devops_deploy_stage: free('deploy stages carry no charge (they start resources priced on their own)'),
};
