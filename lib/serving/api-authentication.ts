import { type ApigatewayDeploymentSpecificationRequestPoliciesAuthentication } from '../../.gen/providers/oci/apigateway-deployment';

/** How callers of an API Gateway route prove who they are. */
export type ApiAuthentication =
  | {
      /** Validate a JWT (for example from an OCI IAM identity domain) against a remote JWKS. */
      readonly type: 'jwt';
      /** Accepted `iss` claims. */
      readonly issuers: readonly string[];
      /** Accepted `aud` claims. */
      readonly audiences: readonly string[];
      /** URL of the issuer's JSON Web Key Set. */
      readonly jwksUri: string;
      /**
       * Allowed clock skew in seconds.
       * @default 60
       */
      readonly maxClockSkewSec?: number;
    }
  | {
      /** Call an OCI Function (an authorizer) with the token; it answers who the caller is. */
      readonly type: 'function';
      readonly functionId: string;
      /**
       * Header that carries the token.
       * @default 'Authorization'
       */
      readonly tokenHeader?: string;
    };

/** Checks an ApiAuthentication and names the prop and value on error. */
export function validateApiAuthentication(where: string, prop: string, auth: ApiAuthentication): void {
  const problems: string[] = [];
  if (auth.type === 'jwt') {
    if (!auth.issuers.length) problems.push(`${prop}.issuers must list at least one issuer`);
    if (!auth.audiences.length) problems.push(`${prop}.audiences must list at least one audience`);
    if (!/^https:\/\//.test(auth.jwksUri)) problems.push(`${prop}.jwksUri must be an https:// URL, got ${JSON.stringify(auth.jwksUri)}`);
  } else if (auth.type !== 'function') {
    problems.push(`${prop}.type must be "jwt" or "function", got ${JSON.stringify((auth as { type: unknown }).type)}`);
  }
  if (problems.length) throw new Error(`${where}: ${problems.join('; ')}`);
}

/** The deployment's authentication request policy for an ApiAuthentication. */
export function authenticationPolicy(auth: ApiAuthentication): ApigatewayDeploymentSpecificationRequestPoliciesAuthentication {
  if (auth.type === 'function') {
    return { type: 'CUSTOM_AUTHENTICATION', functionId: auth.functionId, tokenHeader: auth.tokenHeader ?? 'Authorization', isAnonymousAccessAllowed: false };
  }
  return {
    type: 'JWT_AUTHENTICATION',
    issuers: [...auth.issuers],
    audiences: [...auth.audiences],
    tokenHeader: 'Authorization',
    tokenAuthScheme: 'Bearer',
    maxClockSkewInSeconds: auth.maxClockSkewSec ?? 60,
    isAnonymousAccessAllowed: false,
    publicKeys: { type: 'REMOTE_JWKS', uri: auth.jwksUri, maxCacheDurationInHours: 1 },
  };
}
