/**
 * The build's date, the one date a static page knows: what its citations give as the
 * retrieval date, and what "next expected update" is compared with.
 */

/**
 * `YYYY-MM-DD` (UTC) of `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds
 * convention) when it is set, else of `now`.
 */
export function buildDateFrom(sourceDateEpoch: string | undefined, now: Date): string {
  if (sourceDateEpoch !== undefined && sourceDateEpoch.trim() !== '') {
    if (!/^\d+$/.test(sourceDateEpoch.trim())) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${sourceDateEpoch}"`);
    return new Date(Number(sourceDateEpoch) * 1000).toISOString().slice(0, 10);
  }
  return now.toISOString().slice(0, 10);
}

let cached: string | undefined;

/** This build's date, read once: every page of a build gives the same date. */
export function buildDate(): string {
  cached ??= buildDateFrom(process.env.SOURCE_DATE_EPOCH, new Date());
  return cached;
}
