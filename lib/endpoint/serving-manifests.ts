import { ApiObject, App, Chart } from 'cdk8s';
import {
  type Container, type DeploymentSpec, type HorizontalPodAutoscalerSpec, type IngressSpec, type ObjectMeta, type PodDisruptionBudgetSpec, type ServiceSpec,
} from './kubernetes-types';

/** Container port of the inference server (`PORT`, functions/inference/server.ts). */
export const SERVING_CONTAINER_PORT = 8080;

/** Prometheus name of the per-pod request rate the HPA scales on (prometheus-adapter turns `mlops_inference_requests_total` into it). */
export const DEFAULT_HPA_CUSTOM_METRIC = 'mlops_inference_requests_per_second';

export interface ServingManifestsProps {
  /** Name of every object (the endpoint name). */
  readonly name: string;
  readonly namespace: string;
  readonly serviceAccountName: string;
  readonly image: string;
  /** Environment of the container (the inference configuration keys). */
  readonly env: Readonly<Record<string, string>>;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly cpuMillicores: number;
  readonly cpuLimitMillicores: number;
  readonly memoryMib: number;
  readonly targetCpuUtilizationPercent: number;
  readonly customMetricName: string;
  readonly targetRequestsPerSecondPerPod: number;
  /** Port of the Service (the internal load balancer's listener). */
  readonly servicePort: number;
  /** Private subnet of the internal OCI load balancer (without ingress). */
  readonly loadBalancerSubnetId: string;
  /**
   * Serve through the cluster's NGINX ingress controller under this host instead of a load balancer
   * of the Service's own (OCI DevOps blue-green and canary strategies shift traffic on the Ingress).
   * @default - none: the Service is an internal load balancer
   */
  readonly ingressHost?: string;
  /** Extra labels on every object. */
  readonly labels: Readonly<Record<string, string>>;
}

/** The rendered serving objects: the typed specs and the multi-document YAML. */
export interface ServingManifests {
  readonly deployment: { readonly metadata: ObjectMeta; readonly spec: DeploymentSpec };
  readonly service: { readonly metadata: ObjectMeta; readonly spec: ServiceSpec };
  readonly hpa: { readonly metadata: ObjectMeta; readonly spec: HorizontalPodAutoscalerSpec };
  readonly pdb: { readonly metadata: ObjectMeta; readonly spec: PodDisruptionBudgetSpec };
  /** With ingressHost only. */
  readonly ingress?: { readonly metadata: ObjectMeta; readonly spec: IngressSpec };
  readonly yaml: string;
}

/**
 * Builds the Kubernetes objects that serve one model on OKE (Deployment with `/health` liveness and
 * `/ready` readiness probes, an internal-load-balancer Service, a HorizontalPodAutoscaler on CPU and
 * on the per-pod request rate, a PodDisruptionBudget; with ingressHost a ClusterIP Service and an
 * NGINX Ingress instead of the load balancer) as cdk8s ApiObjects and renders them to YAML.
 *
 * @param props - names, image, environment, sizing and the load balancer subnet
 * @returns the typed objects and the YAML (Deployment, Service, HPA, PDB[, Ingress], in that order)
 */
export function renderServingManifests(props: ServingManifestsProps): ServingManifests {
  const selector = { 'app.kubernetes.io/name': props.name, 'app.kubernetes.io/component': 'model-server' };
  const labels = { ...props.labels, ...selector, 'app.kubernetes.io/managed-by': 'oci-mlops' };
  const meta = (annotations?: Record<string, string>): ObjectMeta => ({ name: props.name, namespace: props.namespace, labels, ...(annotations ? { annotations } : {}) });
  const probe = (path: string, initialDelaySeconds: number) => ({ httpGet: { path, port: 'http' }, initialDelaySeconds, periodSeconds: 10, timeoutSeconds: 2, failureThreshold: 3 });
  const container: Container = {
    name: 'model-server',
    image: props.image,
    command: ['node', 'functions/inference/server.js'],
    ports: [{ name: 'http', containerPort: SERVING_CONTAINER_PORT, protocol: 'TCP' }],
    env: [{ name: 'PORT', value: String(SERVING_CONTAINER_PORT) }, ...Object.entries(props.env).map(([name, value]) => ({ name, value }))],
    resources: {
      requests: { cpu: `${props.cpuMillicores}m`, memory: `${props.memoryMib}Mi` },
      limits: { cpu: `${props.cpuLimitMillicores}m`, memory: `${props.memoryMib}Mi` },
    },
    livenessProbe: probe('/health', 5),
    // The model downloads and verifies before /ready answers 200; until then the pod gets no traffic.
    readinessProbe: probe('/ready', 5),
    securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
    volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
  };
  const deployment = {
    metadata: meta(),
    spec: {
      replicas: props.minReplicas,
      selector: { matchLabels: selector },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels, annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(SERVING_CONTAINER_PORT), 'prometheus.io/path': '/metrics' } },
        spec: {
          serviceAccountName: props.serviceAccountName,
          automountServiceAccountToken: true,
          terminationGracePeriodSeconds: 30,
          containers: [container],
          volumes: [{ name: 'tmp', emptyDir: {} }],
        },
      },
    },
  } satisfies { metadata: ObjectMeta; spec: DeploymentSpec };
  const service = props.ingressHost !== undefined ? {
    metadata: meta(),
    spec: { type: 'ClusterIP', selector, ports: [{ name: 'http', port: props.servicePort, targetPort: 'http', protocol: 'TCP' }] },
  } satisfies { metadata: ObjectMeta; spec: ServiceSpec } : {
    // OCI cloud controller annotations: a private (internal) flexible load balancer in the given subnet.
    metadata: meta({
      'oci.oraclecloud.com/load-balancer-type': 'lb',
      'service.beta.kubernetes.io/oci-load-balancer-internal': 'true',
      'service.beta.kubernetes.io/oci-load-balancer-subnet1': props.loadBalancerSubnetId,
      'service.beta.kubernetes.io/oci-load-balancer-shape': 'flexible',
      'service.beta.kubernetes.io/oci-load-balancer-shape-flex-min': '10',
      'service.beta.kubernetes.io/oci-load-balancer-shape-flex-max': '100',
    }),
    spec: { type: 'LoadBalancer', selector, ports: [{ name: 'http', port: props.servicePort, targetPort: 'http', protocol: 'TCP' }] },
  } satisfies { metadata: ObjectMeta; spec: ServiceSpec };
  const hpa = {
    metadata: meta(),
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: props.name },
      minReplicas: props.minReplicas,
      maxReplicas: props.maxReplicas,
      metrics: [
        { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: props.targetCpuUtilizationPercent } } },
        { type: 'Pods', pods: { metric: { name: props.customMetricName }, target: { type: 'AverageValue', averageValue: String(props.targetRequestsPerSecondPerPod) } } },
      ],
    },
  } satisfies { metadata: ObjectMeta; spec: HorizontalPodAutoscalerSpec };
  const pdb = {
    metadata: meta(),
    // One pod may go during node drains as long as one stays; with a single replica the drain waits.
    spec: { minAvailable: Math.max(1, props.minReplicas - 1), selector: { matchLabels: selector } },
  } satisfies { metadata: ObjectMeta; spec: PodDisruptionBudgetSpec };

  const ingress = props.ingressHost === undefined ? undefined : {
    metadata: meta(),
    spec: {
      ingressClassName: 'nginx',
      rules: [{ host: props.ingressHost, http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: props.name, port: { name: 'http' } } } }] } }],
    },
  } satisfies { metadata: ObjectMeta; spec: IngressSpec };

  const app = new App();
  const chart = new Chart(app, props.name, { disableResourceNameHashes: true });
  new ApiObject(chart, 'Deployment', { apiVersion: 'apps/v1', kind: 'Deployment', ...deployment });
  new ApiObject(chart, 'Service', { apiVersion: 'v1', kind: 'Service', ...service });
  new ApiObject(chart, 'HorizontalPodAutoscaler', { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', ...hpa });
  new ApiObject(chart, 'PodDisruptionBudget', { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', ...pdb });
  if (ingress) new ApiObject(chart, 'Ingress', { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', ...ingress });
  return { deployment, service, hpa, pdb, ingress, yaml: app.synthYaml() };
}
