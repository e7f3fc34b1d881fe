// Deprecation, sunset and stability of an operation, as oasdiff reads them: `deprecated: true`,
// `x-sunset` (an RFC 3339 date after which the operation may go) and `x-stability-level`
// (draft < alpha < beta < stable).
import type { JsonObject } from '../spec/index.js';

const stabilityOrder = ['draft', 'alpha', 'beta', 'stable'] as const;

export function isDeprecated(operation: JsonObject): boolean {
  return operation['deprecated'] === true;
}

/** The x-sunset date as YYYY-MM-DD, when it reads as one. */
export function sunsetOf(operation: JsonObject): string | undefined {
  const sunset = operation['x-sunset'];
  const text = sunset instanceof Date ? sunset.toISOString() : typeof sunset === 'string' ? sunset : undefined;
  const match = text === undefined ? null : /^(\d{4}-\d{2}-\d{2})/.exec(text);
  return match?.[1];
}

/** Whether the sunset date is still ahead (`today` as YYYY-MM-DD, UTC): removing the operation before it breaks the promise. */
export function beforeSunset(operation: JsonObject, today: string): boolean {
  const sunset = sunsetOf(operation);
  return isDeprecated(operation) && sunset !== undefined && sunset > today;
}

/** The x-stability-level's rank (higher is more stable); undefined when absent or unknown. */
export function stabilityRank(operation: JsonObject): number | undefined {
  const level = operation['x-stability-level'];
  const rank = stabilityOrder.indexOf(level as (typeof stabilityOrder)[number]);
  return rank < 0 ? undefined : rank;
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
