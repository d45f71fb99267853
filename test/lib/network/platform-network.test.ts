import { Testing, TerraformStack } from 'cdktf';
import { PlatformNetwork, type PlatformNetworkProps } from '../../../lib/network/platform-network';

const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla';
type Resources = Record<string, Record<string, Record<string, unknown>>>;
const synth = (props: Partial<PlatformNetworkProps> = {}): Resources =>
  JSON.parse(Testing.synthScope((s) => { new PlatformNetwork(s, 'Net', { compartmentId: COMPARTMENT, ...props }); })).resource;
const make = (props: Partial<PlatformNetworkProps>) => () => new PlatformNetwork(new TerraformStack(Testing.app(), 'T'), 'Net', { compartmentId: COMPARTMENT, ...props });

describe('PlatformNetwork', () => {
  test('defines three private subnets with their own security lists and a flow log each', () => {
    const r = synth();
    const subnets = Object.values(r.oci_core_subnet!);
    expect(subnets.map((s) => s.cidr_block).sort()).toEqual(['10.0.0.0/20', '10.0.16.0/22', '10.0.20.0/24']);
    for (const s of subnets) {
      expect(s).toMatchObject({ prohibit_public_ip_on_vnic: true, prohibit_internet_ingress: true });
      expect(s.security_list_ids).toEqual([expect.stringMatching(/^\$\{oci_core_security_list\./)]);
    }
    const flowLogs = Object.values(r.oci_logging_log!).map((l) => (l.configuration as { source: Record<string, string> }).source);
    expect(flowLogs).toHaveLength(3);
    for (const f of flowLogs) expect(f).toMatchObject({ service: 'flowlogs', category: 'all', source_type: 'OCISERVICE' });
    expect(r.oci_core_internet_gateway).toBeUndefined();
  });

  test('routes the data tier only to Oracle services, never to the internet', () => {
    const r = synth();
    const tables = Object.values(r.oci_core_route_table!);
    const data = tables.find((t) => t.display_name === 'mlops-data-rt')!;
    expect(data.route_rules).toEqual([expect.objectContaining({ destination_type: 'SERVICE_CIDR_BLOCK' })]);
  });

  test('opens no admin port and no ingress from the internet without a public gateway', () => {
    const rules = Object.values(synth().oci_core_network_security_group_security_rule!);
    const ingress = rules.filter((r) => r.direction === 'INGRESS');
    expect(ingress.every((r) => r.source !== '0.0.0.0/0')).toBe(true);
    const ports = ingress.map((r) => (r.tcp_options as { destination_port_range: { min: number } }).destination_port_range.min);
    expect(ports).not.toContain(22);
    expect(ports).not.toContain(3389);
  });

  test('defines the public subnet, internet gateway and HTTPS-only public NSG when asked', () => {
    const r = synth({ enablePublicGateway: true });
    expect(Object.values(r.oci_core_subnet!).find((s) => s.cidr_block === '10.0.21.0/24')).toMatchObject({ prohibit_public_ip_on_vnic: false });
    expect(Object.keys(r.oci_core_internet_gateway!)).toHaveLength(1);
    const open = Object.values(r.oci_core_network_security_group_security_rule!).filter((x) => x.source === '0.0.0.0/0');
    expect(open).toEqual([expect.objectContaining({ tcp_options: { destination_port_range: { min: 443, max: 443 } } })]);
  });

  test('fails on a malformed CIDR, naming the prop', () => {
    expect(make({ dataSubnetCidr: '10.0.300.0/22' })).toThrow(/dataSubnetCidr: "10.0.300.0\/22" is not an IPv4 CIDR block/);
  });

  test('fails on a CIDR with host bits set', () => {
    expect(make({ vcnCidr: '10.0.0.1/16' })).toThrow(/vcnCidr: "10.0.0.1\/16" has host bits set; the block starts at 10.0.0.0\/16/);
  });

  test('fails on a subnet outside the VCN', () => {
    expect(make({ endpointsSubnetCidr: '192.168.0.0/24' })).toThrow(/endpointsSubnetCidr "192.168.0.0\/24" is not inside vcnCidr "10.0.0.0\/16"/);
  });

  test('fails on overlapping subnets', () => {
    expect(make({ dataSubnetCidr: '10.0.8.0/22' })).toThrow(/workloadsSubnetCidr "10.0.0.0\/20" overlaps dataSubnetCidr "10.0.8.0\/22"/);
  });

  test('fails on a VCN larger than OCI allows', () => {
    expect(make({ vcnCidr: '10.0.0.0/8' })).toThrow(/vcnCidr must be between \/16 and \/30/);
  });

  test('fails on a public subnet CIDR without the public gateway', () => {
    expect(make({ publicSubnetCidr: '10.0.21.0/24' })).toThrow(/publicSubnetCidr is set but enablePublicGateway is false/);
  });

  test('fails on a flow log retention OCI does not offer', () => {
    expect(make({ flowLogRetentionDays: 45 })).toThrow(/flowLogRetentionDays must be 30, 60, 90, 120, 150 or 180, got 45/);
  });
});
