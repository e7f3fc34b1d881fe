// The simulator's router: its control endpoint's routes first, then the spec's operations, whose
// matching is validation's routeOperation (test/validation/operation-route.test.ts has its cases).
import { describe, expect, it } from 'vitest';
import { routeRequest } from '../../src/simulator/route-request.js';
import { routeOperation } from '../../src/validation/index.js';

const path = (segment: string, query = '') => `/2021-07-20/functions/${segment}/runtime-management-config${query}`;

describe('routeRequest', () => {
  it.each([
    ['the control prefix, segments decoded', { given: ['GET', '/_simulator/functions/a%2Db'], want: { kind: 'control', segments: ['functions', 'a-b'] } }],
    ['the control prefix alone', { given: ['POST', '/_simulator'], want: { kind: 'control', segments: [] } }],
    [
      'the control prefix with a query',
      { given: ['GET', '/_simulator/runtime-versions?runtime=nodejs20.x'], want: { kind: 'control', segments: ['runtime-versions'] } },
    ],
    ['a look-alike prefix is not the control endpoint', { given: ['GET', '/_simulatorx/state'], want: { kind: 'unknown' } }],
  ] as const)('%s', (_name, { given, want }) => {
    expect(routeRequest(given[0], given[1])).toEqual(want);
  });

  it.each([
    ['GET', path('my-function', '?Qualifier=1')],
    ['PUT', path('arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Af')],
    ['POST', path('f')],
  ])('%s %s: the operations route as validation routes them', (method, target) => {
    expect(routeRequest(method, target)).toEqual(routeOperation(method, target));
  });
});
