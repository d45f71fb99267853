import { type MlopsPlatformProps } from '../../lib/mlops-platform';

export const TENANCY = 'ocid1.tenancy.oc1..aaaaaaaa4bqxzp2mwylfkzhrtmcv5lsmjxnl7sdtwkf3m7ec2qldmc6ngh2a';
export const PARENT = 'ocid1.compartment.oc1..aaaaaaaaq6l4zrw7mbnvyh3ktj5pf2xudc4gsoe2njbm7hka3wzti5rqfvla';

/** The smallest complete platform: tracking with JWT authentication, everything else default. */
export const PLATFORM_PROPS: MlopsPlatformProps = {
  tenancyId: TENANCY,
  parentCompartmentId: PARENT,
  region: 'eu-frankfurt-1',
  name: 'acme-mlops',
  experimentTracking: {
    image: 'fra.ocir.io/acmetenancy/mlops/mlflow-server:2.19.0',
    authentication: { type: 'jwt', issuers: ['https://identity.oraclecloud.com/'], audiences: ['mlflow'], jwksUri: 'https://idcs-acme.identity.oraclecloud.com/admin/v1/SigningCert/jwk' },
  },
};
