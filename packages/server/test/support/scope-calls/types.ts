/**
 * Each file in this folder exports `calls`: one request per API route, aimed at the village
 * `c.village` (or its resources). An area may also export `prepare`, which creates in
 * `c.village` the resources its calls need (ids go into `c.ids`), as the county office.
 */
export interface Ctx {
  /** a round covering the target village */
  roundId: string;
  /** a user of the target village */
  otherUserId: string;
  /** the target village code */
  village: string;
  /** ids made by `prepare` functions, by name */
  ids: Record<string, string>;
}

export type Call = (c: Ctx) => { method: string; url: string; body?: unknown };

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of many shapes
export type Caller = (method: string, url: string, body?: unknown) => Promise<{ status: number; body: any }>;

export type Prepare = (county: Caller, village: string, roundId: string) => Promise<Record<string, string>>;
