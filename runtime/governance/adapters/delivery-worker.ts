import { backoffDelay } from '../backoff-delay';
import { type GovernanceStore } from '../store';
import { type Delivery } from '../types';

/** Why a delivery attempt failed, and whether another attempt may succeed. */
export class DeliveryFailure extends Error {
  constructor(message: string, readonly retryable: boolean) {
    super(message);
    this.name = 'DeliveryFailure';
  }
}

/** Sends one delivery to its target; throws DeliveryFailure (or any error, taken as retryable). */
export interface DeliverySink {
  send(delivery: Delivery): Promise<void>;
}

export interface DeliveryWorkerOptions {
  /** Sink per target kind; a delivery whose kind has no sink becomes a dead letter saying so. */
  readonly sinks: { readonly ons?: DeliverySink; readonly catalog?: DeliverySink; readonly webhook?: DeliverySink };
  /**
   * Retries after the first attempt, as in the design's retry policy.
   * @default 3
   */
  readonly maxRetries?: number;
  /**
   * First backoff delay in milliseconds; doubles per retry.
   * @default 500
   */
  readonly baseDelayMs?: number;
  /**
   * Largest backoff delay in milliseconds.
   * @default 30000
   */
  readonly maxDelayMs?: number;
  /** @default - the system clock */
  readonly clock?: () => Date;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends outbox deliveries (Notifications topic, model catalog, webhooks) with exponential backoff and
 * at most `maxRetries` retries; what still fails becomes a dead letter (`status: dead`) that an
 * operator can list and replay. Runs after the transition's commit: it can neither block nor undo it.
 * Delivery is at least once: receivers deduplicate on `event_id`.
 */
export class DeliveryWorker {
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly clock: () => Date;

  constructor(private readonly store: GovernanceStore, private readonly opts: DeliveryWorkerOptions) {
    this.clock = opts.clock ?? (() => new Date());
  }

  /** Starts sending in the background (the caller does not wait); see `idle()`. */
  enqueue(deliveries: readonly Delivery[]): void {
    for (const d of deliveries) {
      const p = this.deliver(d).catch((err: unknown) => {
        process.emitWarning(`governance delivery ${d.deliveryId} could not be recorded: ${(err as Error).message}`);
      });
      this.inFlight.add(p);
      void p.finally(() => this.inFlight.delete(p));
    }
  }

  /** Resolves when every background delivery started so far has finished. */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }

  /** Sends every pending delivery (left over by a crash or a frozen function), one after another. */
  async drain(): Promise<{ delivered: number; dead: number }> {
    let delivered = 0;
    let dead = 0;
    for (const d of await this.store.listDeliveries('pending')) {
      const after = await this.deliver(d);
      if (after.status === 'delivered') delivered++;
      else dead++;
    }
    return { delivered, dead };
  }

  /** Attempts one delivery with retries and records the outcome. */
  async deliver(delivery: Delivery): Promise<Delivery> {
    const maxRetries = this.opts.maxRetries ?? 3;
    const sink = this.sinkFor(delivery);
    let attempts = delivery.attempts;
    let lastError = 'no attempt made';
    for (let retry = 0; retry <= maxRetries; retry++) {
      if (retry > 0) await sleep(backoffDelay(retry, this.opts.baseDelayMs ?? 500, this.opts.maxDelayMs ?? 30_000));
      attempts++;
      try {
        if (!sink) throw new DeliveryFailure(`no sink is configured for target ${delivery.target}`, false);
        await sink.send(delivery);
        return this.record(delivery, { status: 'delivered', attempts, lastError: null });
      } catch (err) {
        lastError = (err as Error).message ?? String(err);
        if (err instanceof DeliveryFailure && !err.retryable) break;
        if (retry < maxRetries) await this.store.updateDelivery(delivery.deliveryId, { status: 'pending', attempts, lastError, updatedAt: this.clock().toISOString() });
      }
    }
    return this.record(delivery, { status: 'dead', attempts, lastError });
  }

  private async record(delivery: Delivery, u: Pick<Delivery, 'status' | 'attempts' | 'lastError'>): Promise<Delivery> {
    const updatedAt = this.clock().toISOString();
    await this.store.updateDelivery(delivery.deliveryId, { ...u, updatedAt });
    return { ...delivery, ...u, updatedAt };
  }

  private sinkFor(d: Delivery): DeliverySink | undefined {
    if (d.target === 'ons') return this.opts.sinks.ons;
    if (d.target === 'catalog') return this.opts.sinks.catalog;
    return this.opts.sinks.webhook;
  }
}
