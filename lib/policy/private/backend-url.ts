import { BlockList, isIP } from 'node:net';
import { type Verdict } from './combine';
import { isToken, literalPrefix } from './tokens';

// Addresses that only route inside a VCN or a peered private network: RFC 1918 and IPv6 unique local addresses.
const PRIVATE_ADDRESSES = new BlockList();
PRIVATE_ADDRESSES.addSubnet('10.0.0.0', 8, 'ipv4');
PRIVATE_ADDRESSES.addSubnet('172.16.0.0', 12, 'ipv4');
PRIVATE_ADDRESSES.addSubnet('192.168.0.0', 16, 'ipv4');
PRIVATE_ADDRESSES.addSubnet('fc00::', 7, 'ipv6');

// DNS suffixes that only resolve privately: `.internal` is reserved by ICANN for private use (never
// delegated in public DNS); `.oraclevcn.com` names are answered by the VCN resolver only.
const PRIVATE_DNS_SUFFIXES = ['.internal', '.oraclevcn.com'];

/**
 * Whether an API Gateway HTTP backend keeps requests confidential: an `https://` URL with TLS
 * verification on, or an `http://` URL whose host is a private address or privately resolved name
 * (the request then stays inside the VCN). Plain HTTP to any other host crosses the internet in
 * clear text; `is_ssl_verify_disabled = true` accepts any certificate, so anyone on the path can
 * impersonate the backend.
 *
 * The scheme and host are read from the URL's literal text: `http://${ip}:5000` has a known scheme
 * and an unknown host.
 *
 * @param url - the backend's `url`
 * @param sslVerifyDisabled - the backend's `is_ssl_verify_disabled`
 * @returns 'fail', 'pass', or 'unknown' when a deciding part is a token
 */
export function httpBackendVerdict(url: unknown, sslVerifyDisabled: unknown): Verdict {
  if (typeof url !== 'string') return 'unknown';
  const literal = literalPrefix(url);
  const separator = literal.indexOf('://');
  if (separator < 0) return 'unknown';
  const scheme = literal.slice(0, separator).trim().toLowerCase();
  if (scheme === 'https') {
    if (isToken(sslVerifyDisabled)) return 'unknown';
    return sslVerifyDisabled === true ? 'fail' : 'pass';
  }
  if (scheme !== 'http') return 'unknown';
  const host = literalHost(literal.slice(separator + 3), !isToken(url));
  if (host === undefined) return 'unknown';
  return isPrivateHost(host) ? 'pass' : 'fail';
}

/** The host of a URL's authority, when the literal text holds all of it. */
function literalHost(afterScheme: string, whole: boolean): string | undefined {
  const end = afterScheme.search(/[/?#]/);
  if (end < 0 && !whole) return undefined;
  try {
    const host = new URL(`http://${end < 0 ? afterScheme : afterScheme.slice(0, end)}`).hostname;
    return host.startsWith('[') ? host.slice(1, -1) : host;
  } catch {
    return undefined;
  }
}

function isPrivateHost(host: string): boolean {
  const family = isIP(host);
  if (family !== 0) return PRIVATE_ADDRESSES.check(host, family === 4 ? 'ipv4' : 'ipv6');
  const name = host.toLowerCase().replace(/\.$/, '');
  return PRIVATE_DNS_SUFFIXES.some((suffix) => name.endsWith(suffix));
}
