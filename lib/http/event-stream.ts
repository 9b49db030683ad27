/**
 * A Server-Sent Events response (text/event-stream): the first event at once,
 * then whatever `follow` sends, until the client goes away. `follow` returns
 * its own unsubscribe, which runs exactly once however the stream ends (the
 * client disconnects, the request is aborted, the server cancels it).
 */
export interface EventStreamOptions {
  /** The event's name (`event:` line); the client listens for it. */
  event: string;
  /** The first data, sent before anything else. */
  first: string;
  /** Subscribes `send` to later data; returns the unsubscribe. */
  follow: (send: (data: string) => void) => () => void;
  /** How long the browser waits before reconnecting after a drop. */
  retryMs: number;
  signal: AbortSignal;
}

export const EVENT_STREAM_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  // no-transform: a compressing layer (Next's own gzip included) must not hold events back to fill a block.
  "cache-control": "no-store, no-transform",
  // nginx (and proxies that honour it) would otherwise buffer the stream and deliver it in lumps.
  "x-accel-buffering": "no",
} as const;

export function eventStream({ event, first, follow, retryMs, signal }: EventStreamOptions): Response {
  const encoder = new TextEncoder();
  let stop: (() => void) | null = null;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const frame = (data: string) => encoder.encode(`event: ${event}\ndata: ${data}\n\n`);
      controller.enqueue(encoder.encode(`retry: ${retryMs}\n\n`));
      controller.enqueue(frame(first));
      let unsubscribe: (() => void) | null = follow((data) => {
        try {
          controller.enqueue(frame(data));
        } catch {
          // The stream already closed; the cleanup below is on its way.
        }
      });
      stop = () => {
        unsubscribe?.();
        unsubscribe = null;
        try {
          controller.close();
        } catch {
          // Already closed or cancelled.
        }
      };
      if (signal.aborted) stop();
      else signal.addEventListener("abort", () => stop?.(), { once: true });
    },
    cancel() {
      stop?.();
    },
  });
  return new Response(body, { status: 200, headers: EVENT_STREAM_HEADERS });
}
