import { Token } from 'cdktf';
import { contains, type Ipv4Range, overlaps, parseCidr } from '../private/cidr';

const PROP: Record<string, string> = {
  vcn: 'vcnCidr', workloads: 'workloadsSubnetCidr', data: 'dataSubnetCidr', endpoints: 'endpointsSubnetCidr', public: 'publicSubnetCidr',
};

/**
 * Checks the network's CIDR blocks: each well formed, every subnet inside the VCN, no two subnets
 * overlapping, OCI's VCN size limits (/16 to /30). Throws one error listing every problem, naming
 * the prop and the value.
 */
export function validateNetworkCidrs(
  where: string,
  cidrs: { vcn: string } & Record<'workloads' | 'data' | 'endpoints', string> & { public?: string },
  opts: { publicSubnetCidrWithoutGateway: boolean },
): void {
  const problems: string[] = [];
  if (opts.publicSubnetCidrWithoutGateway) problems.push('publicSubnetCidr is set but enablePublicGateway is false: set enablePublicGateway: true or drop publicSubnetCidr');
  const parsed: [string, Ipv4Range][] = [];
  for (const [key, cidr] of Object.entries(cidrs)) {
    if (cidr === undefined || Token.isUnresolved(cidr)) continue;
    const r = parseCidr(cidr);
    if (typeof r === 'string') problems.push(`${PROP[key]}: ${r}`);
    else parsed.push([key, r]);
  }
  const vcn = parsed.find(([k]) => k === 'vcn')?.[1];
  if (vcn && (vcn.prefix < 16 || vcn.prefix > 30)) problems.push(`vcnCidr must be between /16 and /30 (OCI's VCN limits), got "${vcn.cidr}"`);
  const subnets = parsed.filter(([k]) => k !== 'vcn');
  for (const [key, r] of subnets) {
    if (vcn && !contains(vcn, r)) problems.push(`${PROP[key]} "${r.cidr}" is not inside vcnCidr "${vcn.cidr}"`);
    if (r.prefix > 30) problems.push(`${PROP[key]} must be /30 or larger, got "${r.cidr}"`);
  }
  subnets.forEach(([ka, a], i) => {
    for (const [kb, b] of subnets.slice(i + 1)) {
      if (overlaps(a, b)) problems.push(`${PROP[ka]} "${a.cidr}" overlaps ${PROP[kb]} "${b.cidr}"`);
    }
  });
  if (problems.length) throw new Error(`${where}: ${problems.join('; ')}`);
}
