/**
 * node-postgres runs one query at a time per connection and queues the rest, but pg 8.x warns
 * ("Calling client.query() when the client is already executing a query is deprecated") and pg 9
 * will refuse it. Services read several things at once with Promise.all, and inside a transaction
 * they all share one connection: chaining each connection's queries here keeps that correct now and
 * after pg 9, in one place instead of in every service.
 */
import type pg from 'pg';

type Query = (...args: unknown[]) => unknown;

export function serializeQueries(client: pg.PoolClient): void {
  const original = client.query.bind(client) as Query;
  let tail: Promise<unknown> = Promise.resolve();
  (client as unknown as { query: Query }).query = (...args: unknown[]) => {
    const first = args[0] as { submit?: unknown } | undefined;
    // callback style and submittables (cursors, streams) keep pg's own handling
    if (typeof args[args.length - 1] === 'function' || typeof first?.submit === 'function') {
      return original(...args);
    }
    const run = tail.then(() => original(...args));
    tail = run.catch(() => {});
    return run;
  };
}
