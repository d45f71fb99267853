/** What the proxy receives from the API Gateway route (through the Fn FDK). */
export interface ProxyRequest {
  /** HTTP method of the caller's request (the route only accepts POST). */
  readonly method: string;
  /** The caller's `Content-Type`, null when absent. */
  readonly contentType: string | null;
  /** The caller's body, as received. */
  readonly body: Buffer;
  /** The gateway's `opc-request-id` (else the Fn call id): forwarded upstream and answered as `x-request-id`. */
  readonly requestId: string;
}

/** What the proxy answers: status, headers (lowercase names) and body. */
export interface ProxyAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** One signed call to the model deployment's predict endpoint. */
export interface UpstreamRequest {
  /** The configured predict URL (never taken from the caller). */
  readonly url: string;
  /** The body, UTF-8 text (the OCI signature covers its SHA-256). */
  readonly body: string;
  readonly contentType: string;
  /** Sent as `opc-request-id`, so that the model deployment's logs carry the caller's id. */
  readonly requestId: string;
  /** Deadline of the whole exchange in milliseconds. */
  readonly timeoutMs: number;
  /** Largest response body read, bytes. */
  readonly maxResponseBytes: number;
}

/** The model deployment's answer. */
export interface UpstreamResponse {
  readonly status: number;
  /** Response `Content-Type`, null when absent. */
  readonly contentType: string | null;
  /** Response `opc-request-id`, null when absent. */
  readonly opcRequestId: string | null;
  readonly body: Buffer;
}

/** Sends one signed request; rejects with UpstreamFailure when no complete answer arrives. */
export type PredictSender = (request: UpstreamRequest) => Promise<UpstreamResponse>;

/** Why no complete answer came back from the model deployment. */
export type UpstreamFailureKind = 'timeout' | 'unreachable' | 'response_too_large';

/** The model deployment gave no usable answer: timed out, could not be reached, or answered too much. */
export class UpstreamFailure extends Error {
  constructor(readonly kind: UpstreamFailureKind, message: string) {
    super(message);
    this.name = 'UpstreamFailure';
  }
}
