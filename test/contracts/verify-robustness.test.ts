// Consumers' pacts come from anywhere: whatever JSON an interaction holds, verify answers with a
// report (or the reader with a PactFileError naming the field), never a crash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PactFileError, parsePact } from '../../src/contracts/pact-file.js';
import { verifyPacts } from '../../src/contracts/verify-pacts.js';

const json = fc.jsonValue({ maxDepth: 3 });
const segment = fc.oneof(fc.constantFrom('my-function', 'arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Amy-function', 'my%E0', '%', 'a%2Fb', 'my-function%3A1'), fc.string());
const interaction = fc.record({
  description: fc.oneof(fc.string(), json),
  type: fc.constantFrom(undefined, 'Synchronous/HTTP'),
  request: fc.record({
    method: fc.constantFrom('GET', 'PUT', 'get', 'POST'),
    path: segment.map((name) => `/2021-07-20/functions/${name}/runtime-management-config`),
    query: fc.oneof(json, fc.string(), fc.dictionary(fc.constantFrom('Qualifier', 'Other'), fc.array(fc.string(), { maxLength: 2 }))),
    headers: fc.oneof(json, fc.dictionary(fc.constantFrom('Content-Type', 'content-type', 'X'), fc.oneof(fc.string(), fc.array(fc.string())))),
    body: fc.oneof(json, fc.record({ content: json, contentType: fc.constantFrom('application/json', 'text/plain'), encoded: fc.constantFrom(false, 'base64') })),
  }),
  response: fc.record({
    status: fc.constantFrom(200, 400, 404, 409, 429, 500, 503),
    headers: fc.dictionary(fc.constantFrom('x-amzn-ErrorType', 'Retry-After', 'x-amzn-RequestId', 'Content-Type'), fc.oneof(fc.string(), fc.constantFrom('ValidationException', 'TooManyRequestsException', '1'))),
    body: json,
    matchingRules: fc.oneof(
      json,
      fc.record({ body: fc.dictionary(fc.constantFrom('$', '$.FunctionArn', '$.message', "$['Reason']", '$.*', '$..x', '$[0]'), fc.record({ matchers: fc.array(fc.record({ match: fc.constantFrom('regex', 'type', 'include'), regex: fc.constantFrom('^a+$', '(', '.*', '^(?i)x$', '[0-9]+') }), { maxLength: 2 }) })) }),
      fc.dictionary(fc.constantFrom('$.body.FunctionArn', '$.headers.Retry-After', '$.body'), fc.record({ match: fc.constantFrom('regex', 'type'), regex: fc.constantFrom('^.+$', '[') })),
    ),
  }),
});

describe('verify on arbitrary interactions', () => {
  it('answers with a report or a PactFileError, never anything else', () => {
    fc.assert(
      fc.property(fc.array(interaction, { minLength: 1, maxLength: 3 }), (interactions) => {
        let pact;
        try {
          pact = parsePact({ consumer: { name: 'c' }, provider: { name: 'p' }, interactions }, 'pact.json');
        } catch (error) {
          expect(error).toBeInstanceOf(PactFileError);
          return;
        }
        const report = verifyPacts([pact]);
        expect(report.checked).toBe(pact.interactions.length);
        for (const verdict of report.interactions) expect(verdict.verified).toBe(verdict.problems.every((problem) => problem.level === 'WARN'));
      }),
      { numRuns: 300, seed: 20_251_203 },
    );
  });
});
