/**
 * The subset of the Kubernetes API the serving manifests use, typed by hand after the upstream
 * OpenAPI definitions (apps/v1 Deployment, v1 Service, autoscaling/v2 HorizontalPodAutoscaler,
 * policy/v1 PodDisruptionBudget). cdk8s's `cdk8s import k8s` would generate the full set, but needs
 * the network; these few shapes keep the objects typed without it.
 */

export interface ObjectMeta {
  readonly name: string;
  readonly namespace: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

export interface EnvVar {
  readonly name: string;
  readonly value: string;
}

export interface HttpGetProbe {
  readonly httpGet: { readonly path: string; readonly port: string | number };
  readonly initialDelaySeconds?: number;
  readonly periodSeconds?: number;
  readonly timeoutSeconds?: number;
  readonly failureThreshold?: number;
}

export interface ResourceRequirements {
  readonly requests: { readonly cpu: string; readonly memory: string };
  readonly limits: { readonly cpu: string; readonly memory: string };
}

export interface Container {
  readonly name: string;
  readonly image: string;
  readonly command?: readonly string[];
  readonly ports: readonly { readonly name: string; readonly containerPort: number; readonly protocol: 'TCP' }[];
  readonly env: readonly EnvVar[];
  readonly resources: ResourceRequirements;
  readonly livenessProbe: HttpGetProbe;
  readonly readinessProbe: HttpGetProbe;
  readonly securityContext: {
    readonly runAsNonRoot: boolean;
    readonly allowPrivilegeEscalation: boolean;
    readonly readOnlyRootFilesystem: boolean;
    readonly capabilities: { readonly drop: readonly string[] };
  };
  readonly volumeMounts?: readonly { readonly name: string; readonly mountPath: string }[];
}

export interface DeploymentSpec {
  readonly replicas: number;
  readonly selector: { readonly matchLabels: Readonly<Record<string, string>> };
  readonly strategy: { readonly type: 'RollingUpdate'; readonly rollingUpdate: { readonly maxSurge: number | string; readonly maxUnavailable: number | string } };
  readonly template: {
    readonly metadata: { readonly labels: Readonly<Record<string, string>>; readonly annotations?: Readonly<Record<string, string>> };
    readonly spec: {
      readonly serviceAccountName: string;
      readonly automountServiceAccountToken: boolean;
      readonly terminationGracePeriodSeconds: number;
      readonly containers: readonly Container[];
      readonly volumes?: readonly { readonly name: string; readonly emptyDir: Record<string, never> }[];
    };
  };
}

export interface ServiceSpec {
  readonly type: 'LoadBalancer' | 'ClusterIP';
  readonly selector: Readonly<Record<string, string>>;
  readonly ports: readonly { readonly name: string; readonly port: number; readonly targetPort: string; readonly protocol: 'TCP' }[];
}

export type HpaMetric =
  | { readonly type: 'Resource'; readonly resource: { readonly name: 'cpu'; readonly target: { readonly type: 'Utilization'; readonly averageUtilization: number } } }
  | { readonly type: 'Pods'; readonly pods: { readonly metric: { readonly name: string }; readonly target: { readonly type: 'AverageValue'; readonly averageValue: string } } };

export interface HorizontalPodAutoscalerSpec {
  readonly scaleTargetRef: { readonly apiVersion: 'apps/v1'; readonly kind: 'Deployment'; readonly name: string };
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly metrics: readonly HpaMetric[];
}

export interface PodDisruptionBudgetSpec {
  readonly minAvailable: number;
  readonly selector: { readonly matchLabels: Readonly<Record<string, string>> };
}

export interface IngressSpec {
  readonly ingressClassName: string;
  readonly rules: readonly {
    readonly host: string;
    readonly http: { readonly paths: readonly { readonly path: string; readonly pathType: 'Prefix'; readonly backend: { readonly service: { readonly name: string; readonly port: { readonly name: string } } } }[] };
  }[];
}
