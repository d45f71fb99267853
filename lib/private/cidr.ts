/** An IPv4 CIDR block parsed to its numeric range. */
export interface Ipv4Range {
  readonly cidr: string;
  readonly first: number;
  readonly last: number;
  readonly prefix: number;
}

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/**
 * Parses `a.b.c.d/n`; returns an error text instead when malformed or when host bits are set
 * (OCI rejects `10.0.0.1/16`).
 */
export function parseCidr(cidr: string): Ipv4Range | string {
  const m = CIDR.exec(cidr);
  if (!m) return `"${cidr}" is not an IPv4 CIDR block (a.b.c.d/n)`;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return `"${cidr}" is not an IPv4 CIDR block (octets 0-255, prefix 0-32)`;
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  if (address % size !== 0) return `"${cidr}" has host bits set; the block starts at ${toDotted(address - (address % size))}/${prefix}`;
  return { cidr, first: address, last: address + size - 1, prefix };
}

function toDotted(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

export const contains = (outer: Ipv4Range, inner: Ipv4Range): boolean => inner.first >= outer.first && inner.last <= outer.last;
export const overlaps = (a: Ipv4Range, b: Ipv4Range): boolean => a.first <= b.last && b.first <= a.last;
