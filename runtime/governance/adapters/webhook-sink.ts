import { signWebhookPayload, WEBHOOK_SIGNATURE_HEADER } from '../sign-webhook-payload';
import { type GovernanceStore } from '../store';
import { type Delivery } from '../types';
import { DeliveryFailure, type DeliverySink } from './delivery-worker';

/**
 * POSTs an event to a registered webhook: JSON body, `X-OCI-MLOps-Signature: t=<unix>,v1=<HMAC-SHA256 hex>`,
 * plus `X-OCI-MLOps-Event` (type) and `X-OCI-MLOps-Delivery` (id). 2xx is success; 408, 425, 429,
 * 5xx and network errors are retried; other answers (say 401 for a bad signature) are not.
 */
export class WebhookSink implements DeliverySink {
  constructor(
    private readonly store: GovernanceStore,
    private readonly opts: { timeoutMs?: number; clock?: () => Date } = {},
  ) {}

  async send(delivery: Delivery): Promise<void> {
    const webhookId = delivery.target.slice('webhook:'.length);
    const webhook = await this.store.getWebhook(webhookId);
    if (!webhook) throw new DeliveryFailure(`webhook ${webhookId} is not registered`, false);
    const body = JSON.stringify(delivery.event);
    const now = Math.floor((this.opts.clock?.() ?? new Date()).getTime() / 1000);
    let res: Response;
    try {
      res = await fetch(webhook.url, {
        method: 'POST',
        body,
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 5000),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'oci-mlops-governance',
          'x-oci-mlops-event': delivery.event.type,
          'x-oci-mlops-delivery': delivery.deliveryId,
          [WEBHOOK_SIGNATURE_HEADER]: signWebhookPayload(webhook.secret, now, body),
        },
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code;
      throw new DeliveryFailure(`POST ${webhook.url} failed: ${(err as Error).message}${cause ? ` (${cause})` : ''}`, true);
    }
    const text = await res.text().catch(() => '');
    if (res.ok) return;
    const retryable = res.status === 408 || res.status === 425 || res.status === 429 || res.status >= 500;
    throw new DeliveryFailure(`POST ${webhook.url} answered ${res.status}: ${text.slice(0, 200)}`, retryable);
  }
}
