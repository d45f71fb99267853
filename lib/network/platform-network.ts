import { Construct } from 'constructs';
import { CoreInternetGateway } from '../../.gen/providers/oci/core-internet-gateway';
import { CoreNatGateway } from '../../.gen/providers/oci/core-nat-gateway';
import { CoreNetworkSecurityGroup } from '../../.gen/providers/oci/core-network-security-group';
import { CoreNetworkSecurityGroupSecurityRule } from '../../.gen/providers/oci/core-network-security-group-security-rule';
import { CoreRouteTable, type CoreRouteTableRouteRules } from '../../.gen/providers/oci/core-route-table';
import { CoreSecurityList } from '../../.gen/providers/oci/core-security-list';
import { CoreServiceGateway } from '../../.gen/providers/oci/core-service-gateway';
import { CoreSubnet } from '../../.gen/providers/oci/core-subnet';
import { CoreVcn } from '../../.gen/providers/oci/core-vcn';
import { DataOciCoreServices } from '../../.gen/providers/oci/data-oci-core-services';
import { type LoggingLog } from '../../.gen/providers/oci/logging-log';
import { LoggingLogGroup } from '../../.gen/providers/oci/logging-log-group';
import { logRetentionProblem, serviceLog } from '../observability/service-log';
import { dnsLabel } from '../private/names';
import { validateNetworkCidrs } from './validate-network-cidrs';

/** The subnet tiers of the platform. */
export type SubnetTier = 'workloads' | 'data' | 'endpoints';

/** A platform network, defined here or brought by the user. */
export interface IPlatformNetwork {
  readonly vcnId: string;
  /** Private subnets per tier. */
  readonly subnetIds: Readonly<Record<SubnetTier, string>>;
  /** The public subnet, only when a public gateway was asked for. */
  readonly publicSubnetId?: string;
  /** NSGs per tier; empty for a brought network whose NSGs the platform does not manage. */
  readonly nsgIds: Readonly<Partial<Record<SubnetTier | 'public', string>>>;
}

export interface PlatformNetworkProps {
  /** Compartment of the VCN and everything in it. */
  readonly compartmentId: string;
  /**
   * Name prefix of the network resources.
   * @default 'mlops'
   */
  readonly namePrefix?: string;
  /**
   * CIDR block of the VCN.
   * @default '10.0.0.0/16'
   */
  readonly vcnCidr?: string;
  /**
   * Private subnet for notebook sessions, jobs, functions, container instances and OKE nodes.
   * @default '10.0.0.0/20'
   */
  readonly workloadsSubnetCidr?: string;
  /**
   * Private subnet for databases (Autonomous Database, PostgreSQL); no route to the internet.
   * @default '10.0.16.0/22'
   */
  readonly dataSubnetCidr?: string;
  /**
   * Private subnet for API Gateway, private endpoints and load balancers.
   * @default '10.0.20.0/24'
   */
  readonly endpointsSubnetCidr?: string;
  /**
   * Define a public subnet and an internet gateway, for a public API Gateway.
   * @default false
   */
  readonly enablePublicGateway?: boolean;
  /**
   * CIDR block of the public subnet (only with enablePublicGateway).
   * @default '10.0.21.0/24'
   */
  readonly publicSubnetCidr?: string;
  /**
   * Ports of the workloads that the endpoints tier (API Gateway, load balancers) may reach.
   * @default [8080, 5000] - inference servers and the MLflow tracking server
   */
  readonly workloadPorts?: readonly number[];
  /**
   * Log group of the VCN flow logs.
   * @default - a log group is defined beside the network
   */
  readonly flowLogGroupId?: string;
  /**
   * Retention of the flow logs in days, a multiple of 30 up to 180.
   * @default 90
   */
  readonly flowLogRetentionDays?: number;
}

/**
 * Defines the platform's VCN: private subnets for workloads, data and endpoints (plus a public one
 * only when asked), NAT and service gateways, one route table per tier, NSGs that open only what
 * each tier needs, subnet security lists that replace the VCN's default one, and flow logs on every
 * subnet.
 */
export class PlatformNetwork extends Construct implements IPlatformNetwork {
  /** Wraps an existing VCN and subnets (bring your own network); nothing is defined. */
  static fromExisting(props: IPlatformNetwork): IPlatformNetwork {
    return props;
  }

  readonly vcn: CoreVcn;
  readonly vcnId: string;
  readonly subnets: Record<SubnetTier, CoreSubnet> & { public?: CoreSubnet };
  readonly subnetIds: Record<SubnetTier, string>;
  readonly publicSubnetId?: string;
  readonly nsgs: Record<SubnetTier, CoreNetworkSecurityGroup> & { public?: CoreNetworkSecurityGroup };
  readonly nsgIds: Partial<Record<SubnetTier | 'public', string>>;
  readonly flowLogs: LoggingLog[] = [];

  constructor(scope: Construct, id: string, props: PlatformNetworkProps) {
    super(scope, id);
    const prefix = props.namePrefix ?? 'mlops';
    const cidrs = {
      vcn: props.vcnCidr ?? '10.0.0.0/16',
      workloads: props.workloadsSubnetCidr ?? '10.0.0.0/20',
      data: props.dataSubnetCidr ?? '10.0.16.0/22',
      endpoints: props.endpointsSubnetCidr ?? '10.0.20.0/24',
      public: props.enablePublicGateway ? (props.publicSubnetCidr ?? '10.0.21.0/24') : undefined,
    };
    validateNetworkCidrs(this.node.path, cidrs, { publicSubnetCidrWithoutGateway: !props.enablePublicGateway && props.publicSubnetCidr !== undefined });
    const retention = props.flowLogRetentionDays ?? 90;
    // Checked before anything is defined, naming this construct's prop.
    const retentionProblem = logRetentionProblem('flowLogRetentionDays', retention);
    if (retentionProblem) throw new Error(`${this.node.path}: ${retentionProblem}`);
    const compartmentId = props.compartmentId;

    this.vcn = new CoreVcn(this, 'Vcn', { compartmentId, cidrBlocks: [cidrs.vcn], displayName: `${prefix}-vcn`, dnsLabel: dnsLabel(prefix) });
    this.vcnId = this.vcn.id;
    const vcnId = this.vcn.id;

    const services = new DataOciCoreServices(this, 'OracleServices', {
      filter: [{ name: 'name', values: ['All .* Services In Oracle Services Network'], regex: true }],
    });
    const allServicesCidr = services.services.get(0).cidrBlock;
    const serviceGateway = new CoreServiceGateway(this, 'ServiceGateway', {
      compartmentId, vcnId, displayName: `${prefix}-sgw`, services: [{ serviceId: services.services.get(0).id }],
    });
    const nat = new CoreNatGateway(this, 'NatGateway', { compartmentId, vcnId, displayName: `${prefix}-nat` });
    const toServices: CoreRouteTableRouteRules = {
      destination: allServicesCidr, destinationType: 'SERVICE_CIDR_BLOCK', networkEntityId: serviceGateway.id, description: 'Oracle Services Network through the service gateway',
    };
    const privateRoutes = new CoreRouteTable(this, 'PrivateRoutes', {
      compartmentId, vcnId, displayName: `${prefix}-private-rt`,
      routeRules: [toServices, { destination: '0.0.0.0/0', destinationType: 'CIDR_BLOCK', networkEntityId: nat.id, description: 'Internet egress through NAT' }],
    });
    const dataRoutes = new CoreRouteTable(this, 'DataRoutes', { compartmentId, vcnId, displayName: `${prefix}-data-rt`, routeRules: [toServices] });

    // Subnet security lists replace the VCN's default one (CIS OCI 2.5); they only allow path MTU
    // discovery, everything else is opened per tier by the NSGs below.
    const securityList = (tier: string) =>
      new CoreSecurityList(this, `${cap(tier)}SecurityList`, {
        compartmentId, vcnId, displayName: `${prefix}-${tier}-sl`,
        ingressSecurityRules: [{ protocol: '1', source: cidrs.vcn, description: 'Path MTU discovery', icmpOptions: { type: 3, code: 4 } }],
      });
    const subnet = (tier: string, cidr: string, routeTableId: string, isPublic = false) =>
      new CoreSubnet(this, `${cap(tier)}Subnet`, {
        compartmentId, vcnId, cidrBlock: cidr, displayName: `${prefix}-${tier}`, dnsLabel: dnsLabel(tier),
        prohibitPublicIpOnVnic: !isPublic, prohibitInternetIngress: !isPublic, routeTableId, securityListIds: [securityList(tier).id],
      });
    this.subnets = {
      workloads: subnet('workloads', cidrs.workloads, privateRoutes.id),
      data: subnet('data', cidrs.data, dataRoutes.id),
      endpoints: subnet('endpoints', cidrs.endpoints, privateRoutes.id),
    };
    if (cidrs.public) {
      const igw = new CoreInternetGateway(this, 'InternetGateway', { compartmentId, vcnId, displayName: `${prefix}-igw`, enabled: true });
      const publicRoutes = new CoreRouteTable(this, 'PublicRoutes', {
        compartmentId, vcnId, displayName: `${prefix}-public-rt`,
        routeRules: [{ destination: '0.0.0.0/0', destinationType: 'CIDR_BLOCK', networkEntityId: igw.id, description: 'Internet through the internet gateway' }],
      });
      this.subnets.public = subnet('public', cidrs.public, publicRoutes.id, true);
    }
    this.subnetIds = { workloads: this.subnets.workloads.id, data: this.subnets.data.id, endpoints: this.subnets.endpoints.id };
    this.publicSubnetId = this.subnets.public?.id;

    const nsg = (tier: string) => new CoreNetworkSecurityGroup(this, `${cap(tier)}Nsg`, { compartmentId, vcnId, displayName: `${prefix}-${tier}-nsg` });
    this.nsgs = { workloads: nsg('workloads'), data: nsg('data'), endpoints: nsg('endpoints') };
    if (cidrs.public) this.nsgs.public = nsg('public');
    this.nsgIds = Object.fromEntries(Object.entries(this.nsgs).map(([k, v]) => [k, v.id]));
    this.defineNsgRules(cidrs.vcn, allServicesCidr, props.workloadPorts ?? [8080, 5000]);

    const logGroupId = props.flowLogGroupId ?? new LoggingLogGroup(this, 'FlowLogGroup', { compartmentId, displayName: `${prefix}-flow-logs`, description: 'VCN flow logs' }).id;
    for (const [tier, s] of Object.entries(this.subnets)) {
      this.flowLogs.push(serviceLog(this, `${cap(tier)}FlowLog`, {
        logGroupId, displayName: `${prefix}-${tier}-flow-log`, retentionDays: retention, compartmentId,
        service: 'flowlogs', category: 'all', resourceId: s.id,
      }));
    }
  }

  private defineNsgRules(vcnCidr: string, servicesCidr: string, workloadPorts: readonly number[]): void {
    let n = 0;
    const rule = (nsg: CoreNetworkSecurityGroup, direction: 'INGRESS' | 'EGRESS', peer: { cidr?: string; nsg?: CoreNetworkSecurityGroup; service?: string }, port: number | undefined, description: string) => {
      const peerType = peer.nsg ? 'NETWORK_SECURITY_GROUP' : peer.service ? 'SERVICE_CIDR_BLOCK' : 'CIDR_BLOCK';
      const peerValue = peer.nsg?.id ?? peer.service ?? peer.cidr!;
      new CoreNetworkSecurityGroupSecurityRule(this, `${nsg.node.id}Rule${++n}`, {
        networkSecurityGroupId: nsg.id,
        direction,
        protocol: '6',
        description,
        ...(direction === 'INGRESS' ? { source: peerValue, sourceType: peerType } : { destination: peerValue, destinationType: peerType }),
        tcpOptions: port === undefined ? undefined : { destinationPortRange: { min: port, max: port } },
      });
    };
    const { workloads, data, endpoints } = this.nsgs;
    for (const port of workloadPorts) {
      rule(workloads, 'INGRESS', { nsg: endpoints }, port, `Port ${port} from the endpoints tier (API Gateway, load balancers)`);
      rule(endpoints, 'EGRESS', { nsg: workloads }, port, `Port ${port} to the workloads tier`);
    }
    for (const [port, what] of [[5432, 'PostgreSQL'], [1522, 'Autonomous Database (mTLS)']] as const) {
      rule(data, 'INGRESS', { nsg: workloads }, port, `${what} from the workloads tier`);
      rule(workloads, 'EGRESS', { nsg: data }, port, `${what} in the data tier`);
    }
    for (const tier of [workloads, data, endpoints]) rule(tier, 'EGRESS', { service: servicesCidr }, 443, 'OCI services through the service gateway');
    rule(workloads, 'EGRESS', { cidr: '0.0.0.0/0' }, 443, 'HTTPS to the internet through NAT (packages, model hubs)');
    rule(endpoints, 'INGRESS', { cidr: vcnCidr }, 443, 'HTTPS from inside the VCN to the private gateway');
    if (this.nsgs.public) rule(this.nsgs.public, 'INGRESS', { cidr: '0.0.0.0/0' }, 443, 'HTTPS from the internet to the public gateway');
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
