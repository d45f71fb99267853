import { type DataScienceClient, type models } from 'oci-datascience';
import { isRetryableOciError } from '../../oci';
import { type Delivery } from '../types';
import { DeliveryFailure, type DeliverySink } from './delivery-worker';

/** Custom metadata keys this sink owns in a model catalog entry. */
export const CATALOG_METADATA_KEYS = ['GovernanceState', 'GovernanceApprovers', 'GovernanceModelId', 'GovernanceAuditSequence', 'GovernanceUpdatedAt'] as const;

/** OCI Data Science limits a metadata value to 255 characters. */
const MAX_VALUE = 255;

/**
 * Writes the governance state and approvers into the custom metadata of the model's OCI Data Science
 * model catalog entry (GetModel, then UpdateModel with If-Match so a concurrent edit is not lost).
 * Other custom metadata is kept as it was. Give the client `ociClientConfiguration({ maxAttempts: 1 })`.
 */
export class CatalogSink implements DeliverySink {
  constructor(private readonly client: Pick<DataScienceClient, 'getModel' | 'updateModel'>) {}

  async send(delivery: Delivery): Promise<void> {
    const e = delivery.event;
    const modelId = e.details.catalog_model_id;
    if (typeof modelId !== 'string') throw new DeliveryFailure(`event ${e.event_id} names no catalog_model_id`, false);
    const approvers = Array.isArray(e.details.approvers) ? (e.details.approvers as string[]).join(', ') : '';
    const ours: models.Metadata[] = [
      { key: 'GovernanceState', value: e.state_after },
      { key: 'GovernanceApprovers', value: approvers.length > MAX_VALUE ? `${approvers.slice(0, MAX_VALUE - 1)}…` : approvers || 'none' },
      { key: 'GovernanceModelId', value: e.model_id.slice(0, MAX_VALUE) },
      { key: 'GovernanceAuditSequence', value: String(e.audit_sequence) },
      { key: 'GovernanceUpdatedAt', value: e.time },
    ].map((m) => ({ ...m, category: 'Other', description: 'set by oci-mlops governance' }));
    try {
      const current = await this.client.getModel({ modelId });
      const kept = (current.model.customMetadataList ?? []).filter((m) => !(CATALOG_METADATA_KEYS as readonly string[]).includes(m.key ?? ''));
      await this.client.updateModel({ modelId, ifMatch: current.etag, updateModelDetails: { customMetadataList: [...kept, ...ours] } });
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      // 409/412: someone changed the entry between our read and write; read it again next attempt.
      const retryable = status === 409 || status === 412 || isRetryableOciError({ statusCode: status });
      throw new DeliveryFailure(`updating catalog model ${modelId} failed${status ? ` with ${status}` : ''}: ${(err as Error).message}`, retryable);
    }
  }
}
