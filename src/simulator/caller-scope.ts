import { defaultAccountId, defaultRegion } from './simulator-options.js';

/** Who is calling and where: the account whose state a request sees and the region it talks to. */
export interface CallerScope {
  accountId: string;
  region: string;
}

export const defaultScope: CallerScope = { accountId: defaultAccountId, region: defaultRegion };

const credentialMarker = 'Credential=';
const twelveDigits = /^\d{12}$/;
const regionShape = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;

/**
 * Reads the caller from a SigV4 `Authorization` header:
 * `AWS4-HMAC-SHA256 Credential=<access key id>/<date>/<region>/lambda/aws4_request, …`.
 * The account is the access key id when it is 12 digits (LocalStack's convention), else the
 * default account; the region is the credential scope's. The signature is not checked (no secret
 * is known). An unsigned request, or one whose scope cannot be read, is the default account in
 * us-east-1, as curl against a local endpoint expects.
 */
export function callerScope(authorization: string | undefined): CallerScope {
  if (authorization === undefined) return defaultScope;
  const at = authorization.indexOf(credentialMarker);
  if (at === -1) return defaultScope;
  const start = at + credentialMarker.length;
  let end = authorization.indexOf(',', start);
  if (end === -1) end = authorization.length;
  const [accessKeyId = '', , region = ''] = authorization.slice(start, end).trim().split('/', 3);
  const accountId = twelveDigits.test(accessKeyId) ? accessKeyId : defaultAccountId;
  return { accountId, region: regionShape.test(region) ? region : defaultRegion };
}
