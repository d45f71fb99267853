import { type PolicyRule } from './rule';
import { apiDeploymentAuthenticated } from './rules/api-deployment-authenticated';
import { apiDeploymentRateLimited } from './rules/api-deployment-rate-limited';
import { apiGatewayBackendTls } from './rules/api-gateway-backend-tls';
import { auditRetention365Days } from './rules/audit-retention-365-days';
import { autonomousDatabaseCustomerManagedKey } from './rules/autonomous-database-customer-managed-key';
import { autonomousDatabaseNotPublic } from './rules/autonomous-database-not-public';
import { bucketCustomerManagedKey } from './rules/bucket-customer-managed-key';
import { bucketNotPublic } from './rules/bucket-not-public';
import { bucketObjectEventsEnabled } from './rules/bucket-object-events-enabled';
import { bucketVersioningEnabled } from './rules/bucket-versioning-enabled';
import { containerRepositoryNotPublic } from './rules/container-repository-not-public';
import { functionsApplicationPrivateSubnet } from './rules/functions-application-private-subnet';
import { iamPolicyAnyPrincipalConditioned } from './rules/iam-policy-any-principal-conditioned';
import { iamPolicyNoTenancyWideManageAll } from './rules/iam-policy-no-tenancy-wide-manage-all';
import { kmsKeyAutoRotation } from './rules/kms-key-auto-rotation';
import { modelDeploymentLogsEnabled } from './rules/model-deployment-logs-enabled';
import { noPublicDatabasePorts } from './rules/no-public-database-ports';
import { nodePoolBootVolumeCustomerManagedKey } from './rules/node-pool-boot-volume-customer-managed-key';
import { notebookSessionPrivateSubnet } from './rules/notebook-session-private-subnet';
import { notificationSubscriptionSupportedProtocol } from './rules/notification-subscription-supported-protocol';
import { notificationTopicSubscribed } from './rules/notification-topic-subscribed';
import { nsgNoPublicRdp } from './rules/nsg-no-public-rdp';
import { nsgNoPublicSsh } from './rules/nsg-no-public-ssh';
import { okeClusterPrivateEndpoint } from './rules/oke-cluster-private-endpoint';
import { okeClusterSecretsCustomerManagedKey } from './rules/oke-cluster-secrets-customer-managed-key';
import { securityListNoPublicRdp } from './rules/security-list-no-public-rdp';
import { securityListNoPublicSsh } from './rules/security-list-no-public-ssh';
import { streamingCustomerManagedKey } from './rules/streaming-customer-managed-key';
import { subnetFlowLogsEnabled } from './rules/subnet-flow-logs-enabled';
import { subnetNotOnDefaultSecurityList } from './rules/subnet-not-on-default-security-list';

/**
 * The oci-mlops rule pack: CIS OCI Foundations Benchmark recommendations that apply to the
 * resources this library defines, plus MLOps rules.
 *
 * IDs are API (suppressions name them): `OCI-CIS-<n>` uses the recommendation numbers of CIS OCI
 * Foundations Benchmark v1.2.0 (docs/policy.md maps each to v2.0.0), `MLOPS-<n>` the project's own rules.
 */
export const OCI_MLOPS_RULES: readonly PolicyRule[] = Object.freeze([
  {
    id: 'OCI-CIS-1.2', level: 'error', name: 'IamPolicyNoTenancyWideManageAll', check: iamPolicyNoTenancyWideManageAll,
    info: 'The IAM policy lets a principal other than the Administrators group manage all-resources in the tenancy.',
    explanation: "'manage all-resources in tenancy' grants every permission, IAM policies included, so its holder can grant itself anything; CIS OCI 1.2 keeps it to the tenancy's Administrators group for break-glass use.",
    fix: "Grant the families the principal needs (say 'manage data-science-family in compartment mlops'), or 'read all-resources' for auditors; leave tenancy-wide manage all-resources to the built-in 'Allow group Administrators' statement.",
  },
  {
    id: 'OCI-CIS-2.1', level: 'error', name: 'SecurityListNoPublicSsh', check: securityListNoPublicSsh,
    info: 'The security list allows ingress from 0.0.0.0/0 to port 22 (SSH).',
    explanation: 'SSH open to the internet invites brute-force and exploit attempts against every instance in the subnet (CIS OCI 2.1).',
    fix: 'Restrict the ingress source to a bastion or admin CIDR, or use the OCI Bastion service instead of opening port 22.',
  },
  {
    id: 'OCI-CIS-2.2', level: 'error', name: 'SecurityListNoPublicRdp', check: securityListNoPublicRdp,
    info: 'The security list allows ingress from 0.0.0.0/0 to port 3389 (RDP).',
    explanation: 'RDP open to the internet is a common ransomware entry point (CIS OCI 2.2).',
    fix: 'Restrict the ingress source to a bastion or admin CIDR, or use the OCI Bastion service instead of opening port 3389.',
  },
  {
    id: 'OCI-CIS-2.3', level: 'error', name: 'NsgNoPublicSsh', check: nsgNoPublicSsh,
    info: 'The network security group rule allows ingress from 0.0.0.0/0 to port 22 (SSH).',
    explanation: 'SSH open to the internet invites brute-force and exploit attempts against every VNIC in the NSG (CIS OCI 2.3).',
    fix: 'Set the rule source to a bastion or admin CIDR or to another NSG (source_type NETWORK_SECURITY_GROUP).',
  },
  {
    id: 'OCI-CIS-2.4', level: 'error', name: 'NsgNoPublicRdp', check: nsgNoPublicRdp,
    info: 'The network security group rule allows ingress from 0.0.0.0/0 to port 3389 (RDP).',
    explanation: 'RDP open to the internet is a common ransomware entry point (CIS OCI 2.4).',
    fix: 'Set the rule source to a bastion or admin CIDR or to another NSG (source_type NETWORK_SECURITY_GROUP).',
  },
  {
    id: 'OCI-CIS-2.5', level: 'error', name: 'SubnetNotOnDefaultSecurityList', check: subnetNotOnDefaultSecurityList,
    info: "The subnet uses its VCN's default security list.",
    explanation: 'The default security list admits SSH from 0.0.0.0/0 and is shared by every subnet that does not name its own list; CIS OCI 2.5 asks that it allow nothing but ICMP, and the simplest way to keep it unused is to attach a dedicated list.',
    fix: 'Set security_list_ids to a security list defined for this subnet tier (it may have no rules when NSGs carry them); do not reference the VCN default_security_list_id.',
  },
  {
    id: 'OCI-CIS-2.8', level: 'error', name: 'AutonomousDatabaseNotPublic', check: autonomousDatabaseNotPublic,
    info: 'The Autonomous Database is reachable from the internet.',
    explanation: 'Without a private endpoint or an access control list, or with an ACL that holds 0.0.0.0/0, any host can reach the database listener and try credentials against the features, governance records and audit trails it holds (CIS OCI 2.8).',
    fix: 'Set subnet_id to a private subnet (with nsg_ids), or whitelisted_ips to the client CIDRs and VCN OCIDs that need access; never 0.0.0.0/0.',
  },
  {
    id: 'OCI-CIS-3.1', level: 'error', name: 'AuditRetention365Days', check: auditRetention365Days,
    info: 'The audit configuration keeps audit events for fewer than 365 days.',
    explanation: 'Investigations of incidents and model-governance reviews need a year of audit history (CIS OCI 3.1).',
    fix: 'Set retention_period_days = 365 on oci_audit_configuration.',
  },
  {
    id: 'OCI-CIS-3.3', level: 'error', name: 'NotificationTopicSubscribed', check: notificationTopicSubscribed,
    info: 'The stack sets up monitoring but has no notification topic, or a topic without a subscription.',
    explanation: 'Alarms and events that publish to a topic nobody subscribes to are never seen (CIS OCI 3.3).',
    fix: 'Define an oci_ons_notification_topic and at least one oci_ons_subscription (EMAIL, CUSTOM_HTTPS, PAGERDUTY, SLACK ...) whose topic_id references it, in the same stack.',
  },
  {
    id: 'OCI-CIS-3.14', level: 'warning', name: 'SubnetFlowLogsEnabled', check: subnetFlowLogsEnabled,
    info: 'The subnet has no VCN flow log in this stack.',
    explanation: 'Flow logs record accepted and rejected traffic; without them network incidents and data exfiltration cannot be reconstructed (CIS OCI 3.14, level 2).',
    fix: 'Define an oci_logging_log with log_type SERVICE and configuration.source { service = "flowlogs", category = "all", resource = <subnet id> } in the same stack.',
  },
  {
    id: 'OCI-CIS-3.16', level: 'error', name: 'KmsKeyAutoRotation', check: kmsKeyAutoRotation,
    info: 'The Vault key is not rotated automatically at least once a year.',
    explanation: 'Rotating master encryption keys limits the data exposed by one compromised key version (CIS OCI 3.16).',
    fix: 'Set is_auto_rotation_enabled = true and auto_key_rotation_details { rotation_interval_in_days <= 365 } on oci_kms_key.',
  },
  {
    id: 'OCI-CIS-4.1.1', level: 'error', name: 'BucketNotPublic', check: bucketNotPublic,
    info: 'The bucket is publicly readable.',
    explanation: 'A public bucket exposes models, datasets and prediction logs to anyone on the internet (CIS OCI 4.1.1).',
    fix: 'Set access_type = "NoPublicAccess" (the default) and share objects through pre-authenticated requests or IAM policies.',
  },
  {
    id: 'OCI-CIS-4.1.2', level: 'error', name: 'BucketCustomerManagedKey', check: bucketCustomerManagedKey,
    info: 'The bucket is encrypted with an Oracle-managed key.',
    explanation: 'A customer-managed Vault key lets the owner audit, rotate and revoke access to models and training data (CIS OCI 4.1.2).',
    fix: 'Set kms_key_id to a Vault master key and allow the Object Storage service to use it (Allow service objectstorage-<region> to use keys ...).',
  },
  {
    id: 'OCI-CIS-4.1.3', level: 'warning', name: 'BucketVersioningEnabled', check: bucketVersioningEnabled,
    info: 'The bucket does not keep earlier object versions.',
    explanation: 'Versioning recovers models and datasets from accidental or malicious overwrites and deletes; a registered model must stay reproducible (CIS OCI 4.1.3). Buckets with retention rules are exempt: OCI refuses both on one bucket and retention already prevents changes.',
    fix: 'Set versioning = "Enabled" (add a lifecycle rule on previous-object-versions to bound the cost), or add a retention rule.',
  },
  {
    id: 'OCI-CIS-4.2.2', level: 'error', name: 'NodePoolBootVolumeCustomerManagedKey', check: nodePoolBootVolumeCustomerManagedKey,
    info: "The OKE node pool's boot volumes are encrypted with an Oracle-managed key.",
    explanation: 'Node boot volumes hold container images, model files and cached credentials; a customer-managed key keeps them under the owner\'s control (CIS OCI 4.2.2).',
    fix: 'Set node_config_details.kms_key_id to a Vault master key and allow the Block Volume service to use it.',
  },
  {
    id: 'MLOPS-1', level: 'warning', name: 'BucketObjectEventsEnabled', check: bucketObjectEventsEnabled,
    info: 'The bucket does not emit object events.',
    explanation: 'Model registration, retraining and audit pipelines start from Object Storage events; without them uploads go unnoticed.',
    fix: 'Set object_events_enabled = true.',
  },
  {
    id: 'MLOPS-2', level: 'error', name: 'NotebookSessionPrivateSubnet', check: notebookSessionPrivateSubnet,
    info: 'The notebook session does not run in a private subnet.',
    explanation: 'Notebook sessions hold credentials and training data; in a public subnet or on default networking they are reachable from, and can send data to, the internet.',
    fix: 'Set notebook_session_config_details.subnet_id to a subnet with prohibit_public_ip_on_vnic = true (egress through a NAT or service gateway).',
  },
  {
    id: 'MLOPS-3', level: 'error', name: 'FunctionsApplicationPrivateSubnet', check: functionsApplicationPrivateSubnet,
    info: 'The Functions application uses a public subnet.',
    explanation: 'Inference and monitoring functions read models and prediction logs; they are invoked through API Gateway and need no public IPs.',
    fix: 'Set subnet_ids to subnets with prohibit_public_ip_on_vnic = true.',
  },
  {
    id: 'MLOPS-4', level: 'error', name: 'ApiDeploymentAuthenticated', check: apiDeploymentAuthenticated,
    info: 'The API Gateway deployment has routes that can be called without authentication.',
    explanation: 'Unauthenticated model endpoints allow anyone to run up inference cost, extract the model or poison feedback data.',
    fix: 'Set specification.request_policies.authentication (JWT or an authorizer function), leave is_anonymous_access_allowed unset, and give no route authorization type ANONYMOUS.',
  },
  {
    id: 'MLOPS-5', level: 'warning', name: 'ModelDeploymentLogsEnabled', check: modelDeploymentLogsEnabled,
    info: 'The model deployment does not write both access and predict logs.',
    explanation: 'Predict logs feed drift monitoring and audit; access logs show who called the model.',
    fix: 'Set category_log_details { access { log_group_id, log_id } predict { log_group_id, log_id } }.',
  },
  {
    id: 'MLOPS-6', level: 'error', name: 'OkeClusterPrivateEndpoint', check: okeClusterPrivateEndpoint,
    info: 'The OKE cluster exposes its Kubernetes API endpoint publicly.',
    explanation: 'A public Kubernetes API endpoint is exposed to credential stuffing and API-server vulnerabilities.',
    fix: 'Set endpoint_config { subnet_id = <private subnet>, is_public_ip_enabled = false } and reach the API through the Bastion service or a VPN.',
  },
  {
    id: 'MLOPS-7', level: 'error', name: 'StreamingCustomerManagedKey', check: streamingCustomerManagedKey,
    info: 'The stream or stream pool is not encrypted with a customer-managed key.',
    explanation: 'Prediction and feature streams carry request payloads; the default stream pool always uses an Oracle-managed key.',
    fix: 'Put streams in a stream pool (stream_pool_id) whose custom_encryption_key.kms_key_id is a Vault master key.',
  },
  {
    id: 'MLOPS-8', level: 'error', name: 'AutonomousDatabaseCustomerManagedKey', check: autonomousDatabaseCustomerManagedKey,
    info: 'The Autonomous Database is encrypted with an Oracle-managed key.',
    explanation: 'The database holds features, governance records and audit trails; a customer-managed key keeps them under the owner\'s control.',
    fix: 'Set kms_key_id and vault_id (or encryption_key.kms_key_id) to a Vault master key.',
  },
  {
    id: 'MLOPS-9', level: 'error', name: 'OkeClusterSecretsCustomerManagedKey', check: okeClusterSecretsCustomerManagedKey,
    info: 'The OKE cluster does not encrypt Kubernetes secrets with a customer-managed key.',
    explanation: 'Kubernetes secrets hold registry, database and API credentials of model-serving workloads.',
    fix: 'Set kms_key_id on oci_containerengine_cluster to a Vault master key and allow the cluster to use it.',
  },
  {
    id: 'MLOPS-10', level: 'error', name: 'IamPolicyAnyPrincipalConditioned', check: iamPolicyAnyPrincipalConditioned,
    info: 'The IAM policy grants access to any-user or any-group without a where condition.',
    explanation: 'any-user covers every user, instance, resource and service principal of the tenancy, any-group every user and workload; without a condition the grant reaches principals nobody meant to trust.',
    fix: "Name the group or dynamic group, or add a where condition that narrows the principal (request.principal.type = 'workload' with its namespace and service account, request.principal.compartment.id ...).",
  },
  {
    id: 'MLOPS-11', level: 'error', name: 'ContainerRepositoryNotPublic', check: containerRepositoryNotPublic,
    info: 'The container repository is public.',
    explanation: 'Model-serving images hold the model weights and the inference code: a public repository lets anyone pull the model and run it.',
    fix: 'Set is_public = false (the default) and grant pulls with policies (read repos) to the Functions, OKE and DevOps principals.',
  },
  {
    id: 'MLOPS-12', level: 'error', name: 'NoPublicDatabasePorts', check: noPublicDatabasePorts,
    info: 'The security list or NSG rule allows ingress from 0.0.0.0/0 to a database or data port (1521-1522, 5432, 3306, 6379, 9092, 27017).',
    explanation: 'Databases, caches and Kafka listeners open to the internet are scanned and brute-forced within minutes and leak feature and training data; the CIS SSH and RDP rules do not cover them.',
    fix: 'Restrict the ingress source to the CIDRs of the application subnets or to an NSG (source_type NETWORK_SECURITY_GROUP); reach data services from outside through the Bastion service.',
  },
  {
    id: 'MLOPS-13', level: 'error', name: 'ApiGatewayBackendTls', check: apiGatewayBackendTls,
    info: 'The API Gateway deployment sends requests to an HTTP backend in plaintext outside the VCN, or without verifying its TLS certificate.',
    explanation: 'Prediction requests carry features and credentials: plain HTTP to a public host exposes them on the internet, and is_ssl_verify_disabled = true lets anyone on the path impersonate the backend. Plain HTTP to a private address or a .internal / .oraclevcn.com name stays inside the VCN.',
    fix: 'Use an https:// backend URL with a certificate from a trusted CA and leave is_ssl_verify_disabled unset, or keep the backend on a private address of the VCN.',
  },
  {
    id: 'MLOPS-14', level: 'warning', name: 'ApiDeploymentRateLimited', check: apiDeploymentRateLimited,
    info: 'The API Gateway deployment has no rate limit.',
    explanation: 'Without a rate limit one client can exhaust the backends (function concurrency, OKE pods, the MLflow server) and run up inference cost.',
    fix: 'Set specification.request_policies.rate_limiting { rate_in_requests_per_second, rate_key = "CLIENT_IP" or "TOTAL" }.',
  },
  {
    id: 'MLOPS-15', level: 'error', name: 'NotificationSubscriptionSupportedProtocol', check: notificationSubscriptionSupportedProtocol,
    info: 'The notification subscription uses the deprecated HTTPS protocol.',
    explanation: 'OCI Notifications keeps protocol HTTPS for PagerDuty URLs only and refuses any other URL at apply time, which terraform validate cannot see.',
    fix: 'Use CUSTOM_HTTPS for your own HTTPS endpoints, PAGERDUTY for PagerDuty, SLACK for Slack webhooks (or EMAIL, ORACLE_FUNCTIONS, SMS).',
  },
]);
