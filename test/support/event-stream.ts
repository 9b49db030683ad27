/**
 * A Server-Sent Events reader for tests: opens the stream with fetch and
 * hands out its events one by one, as the browser's EventSource would parse
 * them (event name, data lines joined).
 */
export interface StreamEvent {
  event: string;
  data: string;
}

export interface OpenStream {
  status: number;
  headers: Headers;
  /** The next event, or throws after `timeoutMs`. */
  next(timeoutMs?: number): Promise<StreamEvent>;
  /** Events until one satisfies `accept` (throws after `timeoutMs` in all). */
  until(accept: (e: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent>;
  /** The whole body when the response is not a stream (a problem+json). */
  text(): Promise<string>;
  close(): void;
}

export async function openEventStream(url: string): Promise<OpenStream> {
  const abort = new AbortController();
  const res = await fetch(url, { headers: { accept: "text/event-stream" }, signal: abort.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const ready: StreamEvent[] = [];

  const parse = () => {
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = "message";
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event: ")) event = line.slice(7);
        else if (line.startsWith("data: ")) data.push(line.slice(6));
      }
      if (data.length) ready.push({ event, data: data.join("\n") });
    }
  };

  const next = async (timeoutMs = 10_000): Promise<StreamEvent> => {
    const deadline = Date.now() + timeoutMs;
    while (!ready.length) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), Math.max(0, deadline - Date.now()));
      });
      try {
        const chunk = await Promise.race([reader.read(), timeout]);
        if (chunk.done) throw new Error("the stream ended");
        buffer += decoder.decode(chunk.value, { stream: true });
        parse();
      } finally {
        clearTimeout(timer);
      }
    }
    return ready.shift()!;
  };

  return {
    status: res.status,
    headers: res.headers,
    next,
    async until(accept, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const e = await next(Math.max(1, deadline - Date.now()));
        if (accept(e)) return e;
      }
    },
    async text() {
      let body = "";
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) return body + decoder.decode();
        body += decoder.decode(chunk.value, { stream: true });
      }
    },
    close() {
      abort.abort();
    },
  };
}
