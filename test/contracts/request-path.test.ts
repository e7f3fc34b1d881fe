// How the catalog records a request path in a pact, and which paths its matcher lets through.
import { describe, expect, it } from 'vitest';
import { catalogEntry, type CatalogEntry } from '../../src/contracts/index.js';
import { requestPath, requestPathMatcher } from '../../src/contracts/pact.js';

const base = catalogEntry('get-auto')!;
const withName = (functionName: string): CatalogEntry => ({ ...base, request: { ...base.request, functionName } }) as CatalogEntry;
const prefix = '/2021-07-20/functions/';
const suffix = '/runtime-management-config';
const arn = 'arn:aws:lambda:us-east-1:123456789012:function:my-function';

function accepts(entry: CatalogEntry, path: string): boolean {
  const matcher = requestPathMatcher(entry);
  if (typeof matcher === 'string') return matcher === path;
  const { regex } = matcher as unknown as { regex: string };
  return new RegExp(regex, 'u').test(path);
}

describe('requestPath: the path a pact records', () => {
  const cases: Array<[string, { given: string; want: string }]> = [
    ['a plain name as it is', { given: 'my-function', want: 'my-function' }],
    ["an ARN with its colons, as FunctionName's pattern reads it", { given: arn, want: arn }],
    ['a $LATEST qualifier suffix as it is', { given: 'my-function:$LATEST', want: 'my-function:$LATEST' }],
    ['characters a path segment cannot hold, encoded', { given: 'a b/c?d#e', want: 'a%20b%2Fc%3Fd%23e' }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(requestPath(withName(given))).toBe(`${prefix}${want}${suffix}`);
  });
});

describe("requestPathMatcher: the paths Pact's mock server accepts", () => {
  const cases: Array<[string, { given: string; accepted: string[]; refused: string[] }]> = [
    ['a plain name: exactly its path (no matcher)', { given: 'my-function', accepted: ['my-function'], refused: ['my-functio', 'other'] }],
    [
      'an ARN: as recorded, as the AWS SDK sends it (%3A), or in lower-case hex',
      {
        given: arn,
        accepted: [arn, encodeURIComponent(arn), encodeURIComponent(arn).toLowerCase() /* the ARN is lower-case: only the hex changes */],
        refused: [arn.replace('my-function', 'other'), arn.replaceAll(':', '%2F'), `${arn}x`],
      },
    ],
    [
      'a $LATEST suffix: $ or %24, : or %3A',
      {
        given: 'my-function:$LATEST',
        accepted: ['my-function:$LATEST', 'my-function%3A%24LATEST', 'my-function:%24LATEST'],
        refused: ['my-function:LATEST', 'my-functionx$LATEST'],
      },
    ],
  ];
  it.each(cases)('%s', (_name, { given, accepted, refused }) => {
    const entry = withName(given);
    expect(accepts(entry, requestPath(entry))).toBe(true);
    for (const name of accepted) expect(accepts(entry, `${prefix}${name}${suffix}`), name).toBe(true);
    for (const name of refused) expect(accepts(entry, `${prefix}${name}${suffix}`), name).toBe(false);
  });
});
