/**
 * Server-sent events over Fastify's raw response: `text/event-stream`, one `data:` line of JSON per
 * event, a comment line every 15 s so proxies and the browser keep the connection, and clean-up when
 * the client goes away or the server shuts down.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';

export const HEARTBEAT_MS = 15_000;

const open = new Set<ServerResponse>();

/** Ends every open stream (the app is closing: an open stream would keep it from closing). */
export function endAllStreams(): void {
  for (const res of open) res.end();
  open.clear();
}

/**
 * Takes over the response and streams events; `start` gets the send function and returns what to
 * call when the stream ends.
 */
export async function eventStream(
  reply: FastifyReply,
  start: (send: (event: unknown) => void) => Promise<() => void>,
): Promise<void> {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write(': connected\n\n');
  open.add(res);
  let stop: (() => void) | null = null;
  let ended = false;
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    open.delete(res);
    stop?.();
    if (!res.writableEnded) res.end();
  };
  // the response's 'close' is the client going away (a request's 'close' fires once its body is read)
  res.on('close', end);
  const send = (event: unknown) => {
    if (!ended) res.write(`data: ${JSON.stringify(event)}\n\n`);
  };
  try {
    stop = await start(send);
    if (ended) stop();
  } catch (err) {
    send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    end();
  }
}
