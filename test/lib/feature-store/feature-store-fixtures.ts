/** Props of the FeatureStore tests. */
import { type FeatureStoreProps } from '../../../lib/feature-store/feature-store';
import { type FeatureGroupDefinition } from '../../../runtime/feature-store/feature-group-schema';
import { COMPARTMENT, NETWORK, TENANCY, VAULT } from '../database/construct-fixtures';

export const DRIVER_STATS: FeatureGroupDefinition = {
  name: 'driver_stats', entityKeys: ['driver_id'], eventTimeColumn: 'event_time', ttlSec: 86400,
  features: [{ name: 'trips_today', type: 'int64' }, { name: 'rating', type: 'float64' }],
};
export const CUSTOMER: FeatureGroupDefinition = { name: 'customer_profile', entityKeys: ['customer_id'], eventTimeColumn: 'ts', features: [{ name: 'segment', type: 'string' }] };
export const FEATURE_STORE_BASE: FeatureStoreProps = {
  compartmentId: COMPARTMENT, tenancyId: TENANCY, namePrefix: 'acme-mlops-fraud-detection', network: NETWORK, vault: VAULT,
  dataScienceProjectId: 'ocid1.datascienceproject.oc1.eu-frankfurt-1.aaaaaaaaprojectexample', logGroupId: 'ocid1.loggroup.oc1.eu-frankfurt-1.aaaaaaaalgexample',
  ingestionImage: 'fra.ocir.io/acme/mlops/feature-ingest:1.0.0', featureGroups: [DRIVER_STATS, CUSTOMER], clientCidrs: ['10.20.0.0/20'],
};
