import { isAccountId } from '../validation/index.js';
import { callerScope } from './caller-scope.js';
import type { HttpRequest } from './http-exchange.js';
import { SimulatorConfigError } from './simulator-config-error.js';

/** Which account a control request acts on, and whether the request named it. */
export interface ControlAccount {
  accountId: string;
  /** True when `?account=` named it: a reset then acts on that account only. */
  explicit: boolean;
}

/**
 * A control request acts on the account `?account=<12 digits>` names, else on the caller's (a
 * 12-digit SigV4 access key id, as for API calls), else on the default account 123456789012.
 */
export function controlAccount(request: HttpRequest): ControlAccount {
  const named = queryValue(request.target, 'account');
  if (named === undefined) return { accountId: callerScope(request.headers['authorization']).accountId, explicit: false };
  if (!isAccountId(named)) throw new SimulatorConfigError('query', 'account', `must be a 12-digit account id, got '${String(named)}'`);
  return { accountId: named, explicit: true };
}

/** A query parameter of the control API (plain ASCII values: account ids, runtimes, regions). */
export function queryValue(target: string, name: string): string | undefined {
  const queryStart = target.indexOf('?');
  if (queryStart === -1) return undefined;
  for (const pair of target.slice(queryStart + 1).split('&')) {
    const [key, value = ''] = pair.split('=', 2);
    if (key !== name) continue;
    try {
      return decodeURIComponent(value);
    } catch {
      return value; // left as sent: the check of the value names it
    }
  }
  return undefined;
}
