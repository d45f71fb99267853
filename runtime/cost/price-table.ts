/**
 * The committed OCI list prices `oci-mlops cost estimate` prices resources with: pay-as-you-go,
 * USD, before the tenancy-wide free allowances (which OCI applies once per tenancy on the bill,
 * not per resource). `--prices PRICES.json` replaces `listPrice` by part number from a download
 * of OCI's public price list API.
 *
 * Provenance: the machine this table was written on has no internet access, so no price below was
 * read from oracle.com directly. `source` says, for each price, where the value comes from and
 * how far it is verified: "captured" values come from a recorded response of the price list API
 * committed in a public repository; "secondary" values from third-party bundles of the same API
 * or of the price list page; anything weaker says so. Refresh with `--prices` before relying on it.
 */

/** One priced OCI part. */
export interface PriceEntry {
  /** Key the resource pricers use. */
  readonly id: PriceId;
  /** Oracle part number (SKU), as `partNumber` in the price list API; `null` when no source gave one. */
  readonly partNumber: string | null;
  /** Service, as the price list groups it. */
  readonly service: string;
  /** OCI's billing metric (`metricName` in the price list API). */
  readonly metric: string;
  /** What one unit of `listPrice` buys, in the units the estimate reports (`OCPU-hour`, `GB-month`...). */
  readonly unit: string;
  /**
   * How many of `unit` the price list API's metric counts: 1 for per-unit metrics, 1000000 for
   * "1,000,000 Function Invocations", 10000 for "10,000 GB Memory-Seconds". `--prices` divides
   * the API's value by it.
   */
  readonly apiUnitSize: number;
  /** Pay-as-you-go list price of one `unit`. */
  readonly listPrice: number;
  /** ISO 4217 currency of `listPrice`. */
  readonly currency: string;
  /** Date of the price (of the source's capture, when the source gives one), YYYY-MM-DD. */
  readonly date: string;
  /** Where the price comes from and how far it is verified. */
  readonly source: string;
}

export type PriceId =
  | 'compute.e4.ocpu' | 'compute.e4.memory' | 'compute.e5.ocpu' | 'compute.e5.memory' | 'compute.gpu.a10'
  | 'block.storage' | 'block.vpu' | 'objectstorage.storage'
  | 'oke.enhancedCluster' | 'oke.virtualNode'
  | 'adb.ecpu' | 'adb.ecpuByol' | 'adb.storage'
  | 'psql.ocpu' | 'psql.storage'
  | 'vault.virtualPrivate'
  | 'functions.invocations' | 'functions.execution'
  | 'apigateway.calls' | 'streaming.transfer' | 'logging.storage' | 'monitoring.ingestion' | 'monitoring.retrieval';

const CAPTURE = 'price list API response captured 2026-10-02 (fixture tests/fixtures/oci-price-list.json of github.com/R3dn/saudi-cloud-cost-estimator-cli)';
const CAPTURED = `${CAPTURE}; same value in the API bundle of github.com/jasonwilbur/oci-pricing-mcp (apiLastUpdated 2026-01-05)`;
const BUNDLE = 'secondary: API bundle src/data/pricing-data.json of github.com/jasonwilbur/oci-pricing-mcp (apiLastUpdated 2026-01-05); not checked against oracle.com/cloud/price-list';
const BOM_TOOL = 'secondary: OCI price-list values with part numbers in a public OCI bill-of-materials tool (github code search, 2026); not checked against oracle.com/cloud/price-list';

/** Every price the estimate uses, by `id`. */
export const PRICE_TABLE: readonly PriceEntry[] = [
  { id: 'compute.e4.ocpu', partNumber: 'B93113', service: 'Compute - Standard - E4', metric: 'OCPU Per Hour', unit: 'OCPU-hour', apiUnitSize: 1, listPrice: 0.025, currency: 'USD', date: '2026-10-02', source: CAPTURED },
  { id: 'compute.e4.memory', partNumber: 'B93114', service: 'Compute - Standard - E4 - Memory', metric: 'Gigabyte Per Hour', unit: 'GB-hour', apiUnitSize: 1, listPrice: 0.0015, currency: 'USD', date: '2026-10-02', source: CAPTURED },
  { id: 'compute.e5.ocpu', partNumber: 'B97384', service: 'Compute - Standard - E5 - OCPU', metric: 'OCPU Per Hour', unit: 'OCPU-hour', apiUnitSize: 1, listPrice: 0.03, currency: 'USD', date: '2026-01-05', source: `${BUNDLE}; part number from ${BOM_TOOL.slice(11)}` },
  { id: 'compute.e5.memory', partNumber: 'B97385', service: 'Compute - Standard - E5 - Memory', metric: 'Gigabyte Per Hour', unit: 'GB-hour', apiUnitSize: 1, listPrice: 0.002, currency: 'USD', date: '2026-01-05', source: `${BUNDLE}; part number from ${BOM_TOOL.slice(11)}` },
  { id: 'compute.gpu.a10', partNumber: 'B95909', service: 'Compute - GPU - A10', metric: 'GPU Per Hour', unit: 'GPU-hour', apiUnitSize: 1, listPrice: 2, currency: 'USD', date: '2026-10-02', source: `${CAPTURE}; OCPUs and memory of the GPU shapes are included` },
  { id: 'block.storage', partNumber: 'B91961', service: 'Storage - Block Volume - Storage', metric: 'Gigabyte Storage Capacity Per Month', unit: 'GB-month', apiUnitSize: 1, listPrice: 0.0255, currency: 'USD', date: '2026-10-02', source: CAPTURED },
  { id: 'block.vpu', partNumber: 'B91962', service: 'Storage - Block Volume - Performance Units', metric: 'Performance Units Per Gigabyte Per Month', unit: 'VPU-GB-month', apiUnitSize: 1, listPrice: 0.0017, currency: 'USD', date: '2026-01-05', source: `${BUNDLE}; same value and part number in ${BOM_TOOL.slice(11)}` },
  { id: 'objectstorage.storage', partNumber: 'B91628', service: 'Object Storage - Storage', metric: 'Gigabyte Storage Capacity Per Month', unit: 'GB-month', apiUnitSize: 1, listPrice: 0.0255, currency: 'USD', date: '2026-10-02', source: `${CAPTURED}; the API lists 0-10 GB at 0 (tenancy free allowance, not applied per bucket)` },
  { id: 'oke.enhancedCluster', partNumber: 'B96545', service: 'OCI Kubernetes Engine - Enhanced Cluster', metric: 'Cluster Per Hour', unit: 'cluster-hour', apiUnitSize: 1, listPrice: 0.1, currency: 'USD', date: '2026-10-02', source: CAPTURED },
  { id: 'oke.virtualNode', partNumber: 'B96109', service: 'OCI Kubernetes Engine - Virtual Node', metric: 'Virtual Node Per Hour', unit: 'node-hour', apiUnitSize: 1, listPrice: 0.015, currency: 'USD', date: '2026-10-02', source: CAPTURE },
  { id: 'adb.ecpu', partNumber: 'B95702', service: 'Oracle Autonomous Transaction Processing - ECPU', metric: 'ECPU Per Hour', unit: 'ECPU-hour', apiUnitSize: 1, listPrice: 0.336, currency: 'USD', date: '2026-01-05', source: `${BUNDLE}; same value and part number in ${BOM_TOOL.slice(11)}` },
  { id: 'adb.ecpuByol', partNumber: null, service: 'Oracle Autonomous Transaction Processing - ECPU - BYOL', metric: 'ECPU Per Hour', unit: 'ECPU-hour', apiUnitSize: 1, listPrice: 0.0807, currency: 'USD', date: '2026-01-05', source: `${BUNDLE}; no source gave its part number, so --prices cannot refresh it` },
  { id: 'adb.storage', partNumber: 'B95706', service: 'Oracle Autonomous Database Storage for Transaction Processing', metric: 'Gigabyte Storage Capacity Per Month', unit: 'GB-month', apiUnitSize: 1, listPrice: 0.1953, currency: 'USD', date: '2026', source: `${BOM_TOOL}; the API bundle of github.com/jasonwilbur/oci-pricing-mcp gives 0.0255 instead: sources disagree, verify with --prices` },
  { id: 'psql.ocpu', partNumber: 'B99060', service: 'OCI Database with PostgreSQL - OCPU', metric: 'OCPU Per Hour', unit: 'OCPU-hour', apiUnitSize: 1, listPrice: 0.098, currency: 'USD', date: '2026', source: `${BOM_TOOL}; billed on top of the E5 compute OCPU and memory of the instances (same source)` },
  { id: 'psql.storage', partNumber: 'B99062', service: 'OCI Database - Database Optimized Storage', metric: 'Gigabyte Storage Capacity Per Month', unit: 'GB-month', apiUnitSize: 1, listPrice: 0.072, currency: 'USD', date: '2026', source: BOM_TOOL },
  { id: 'vault.virtualPrivate', partNumber: 'B90328', service: 'Vault - Virtual Private Vault', metric: 'Virtual Private Vault Per Hour', unit: 'vault-hour', apiUnitSize: 1, listPrice: 3.724, currency: 'USD', date: '2026', source: `${BOM_TOOL}; the API bundle of github.com/jasonwilbur/oci-pricing-mcp gives 2.53 instead: sources disagree, verify with --prices` },
  { id: 'functions.invocations', partNumber: null, service: 'Oracle Functions - Invocations', metric: '1,000,000 Function Invocations', unit: 'invocation', apiUnitSize: 1_000_000, listPrice: 0.0000002, currency: 'USD', date: '2026-01-05', source: `${BUNDLE} ($0.20 per million; first 2 million per tenancy free, not applied); no source gave the part number` },
  { id: 'functions.execution', partNumber: null, service: 'Oracle Functions - Execution Time', metric: '10,000 Gigabyte Memory-Seconds', unit: 'GB-second', apiUnitSize: 10_000, listPrice: 0.00001417, currency: 'USD', date: '2026-01-05', source: `${BUNDLE} (first 400,000 GB-seconds per tenancy free, not applied); no source gave the part number` },
  { id: 'apigateway.calls', partNumber: null, service: 'API Gateway', metric: '1,000,000 API Calls Per Month', unit: 'call', apiUnitSize: 1_000_000, listPrice: 0.000003, currency: 'USD', date: '2026-01-05', source: `${BUNDLE} ($3.00 per million); no source gave the part number` },
  { id: 'streaming.transfer', partNumber: null, service: 'Streaming - PUT or GET', metric: 'Gigabytes of Data Transferred', unit: 'GB', apiUnitSize: 1, listPrice: 0.025, currency: 'USD', date: '2026-01-05', source: `${BUNDLE}; no source gave the part number` },
  { id: 'logging.storage', partNumber: null, service: 'Logging - Storage', metric: 'Gigabyte Log Storage Per Month', unit: 'GB-month', apiUnitSize: 1, listPrice: 0.05, currency: 'USD', date: '2026-01-05', source: `${BUNDLE} (first 10 GB per tenancy free, not applied); no source gave the part number` },
  { id: 'monitoring.ingestion', partNumber: null, service: 'Monitoring - Ingestion', metric: 'Million Datapoints', unit: 'datapoint', apiUnitSize: 1_000_000, listPrice: 0.0000000025, currency: 'USD', date: '2026', source: 'unverified: $0.0025 per million datapoints as remembered from oracle.com/cloud/price-list (first 500 million per tenancy free); the API bundle of github.com/jasonwilbur/oci-pricing-mcp gives $0.50 per million: sources disagree, verify with --prices; no source gave the part number' },
  { id: 'monitoring.retrieval', partNumber: null, service: 'Monitoring - Retrieval', metric: 'Million Datapoints', unit: 'datapoint', apiUnitSize: 1_000_000, listPrice: 0.0000000015, currency: 'USD', date: '2026', source: 'unverified: $0.0015 per million datapoints as remembered from oracle.com/cloud/price-list (first 1 billion per tenancy free); no second source found, and no source gave the part number' },
];
