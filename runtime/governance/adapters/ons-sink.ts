import { type NotificationDataPlaneClient } from 'oci-ons';
import { isRetryableOciError } from '../../oci';
import { type Delivery } from '../types';
import { DeliveryFailure, type DeliverySink } from './delivery-worker';

/** ONS titles longer than this are cut (the service limit for the title is 255 characters). */
const MAX_TITLE = 255;

/**
 * Publishes an event to an OCI Notifications topic (PublishMessage): the title names the event and the
 * model, the body is the event JSON. Give the client `ociClientConfiguration({ maxAttempts: 1 })`:
 * the delivery worker owns the retries.
 */
export class OnsSink implements DeliverySink {
  constructor(
    private readonly client: Pick<NotificationDataPlaneClient, 'publishMessage'>,
    private readonly topicId: string,
  ) {}

  async send(delivery: Delivery): Promise<void> {
    const e = delivery.event;
    try {
      await this.client.publishMessage({
        topicId: this.topicId,
        messageDetails: { title: `oci-mlops governance: ${e.type} ${e.model_id}`.slice(0, MAX_TITLE), body: JSON.stringify(e) },
      });
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      throw new DeliveryFailure(`PublishMessage to ${this.topicId} failed${status ? ` with ${status}` : ''}: ${(err as Error).message}`, isRetryableOciError({ statusCode: status }));
    }
  }
}
