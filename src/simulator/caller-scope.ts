import { defaultAccountId, defaultRegion } from './simulator-options.js';

/** Who is calling and where: the account whose state a request sees and the region it talks to. */
export interface CallerScope {
  accountId: string;
  region: string;
}

export const defaultScope: CallerScope = { accountId: defaultAccountId, region: defaultRegion };

const credentialMarker = 'Credential=';

/**
 * Reads the caller from a SigV4 `Authorization` header:
 * `AWS4-HMAC-SHA256 Credential=<access key id>/<date>/<region>/lambda/aws4_request, …`.
 * The account is the access key id when it is 12 digits (LocalStack's convention), else the
 * default account; the region is the credential scope's. The signature is not checked (no secret
 * is known). An unsigned request, or one whose scope cannot be read, is the default account in
 * us-east-1, as curl against a local endpoint expects. Parsed by hand, without regular
 * expressions or splitting: it runs on every request (bench:mock).
 */
export function callerScope(authorization: string | undefined): CallerScope {
  if (authorization === undefined) return defaultScope;
  const at = authorization.indexOf(credentialMarker);
  if (at === -1) return defaultScope;
  const keyStart = at + credentialMarker.length;
  const keyEnd = authorization.indexOf('/', keyStart);
  const dateEnd = keyEnd === -1 ? -1 : authorization.indexOf('/', keyEnd + 1);
  const regionEnd = dateEnd === -1 ? -1 : authorization.indexOf('/', dateEnd + 1);
  if (regionEnd === -1) return defaultScope;
  const accountId = isTwelveDigits(authorization, keyStart, keyEnd) ? authorization.slice(keyStart, keyEnd) : defaultAccountId;
  const region = isRegionName(authorization, dateEnd + 1, regionEnd) ? authorization.slice(dateEnd + 1, regionEnd) : defaultRegion;
  return accountId === defaultAccountId && region === defaultRegion ? defaultScope : { accountId, region };
}

function isTwelveDigits(text: string, start: number, end: number): boolean {
  if (end - start !== 12) return false;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** `[a-z]{2}(-[a-z]+)+-[0-9]+` in shape: lower-case letters, digits and dashes, a letter first, a digit last. */
function isRegionName(text: string, start: number, end: number): boolean {
  if (end - start < 4 || end - start > 32) return false;
  let dashes = 0;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 45) dashes += 1;
    else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) return false;
  }
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  return dashes >= 2 && first >= 97 && first <= 122 && last >= 48 && last <= 57;
}
