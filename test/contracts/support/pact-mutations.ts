// Wrong pacts made from the committed ones: each mutation takes one committed interaction (a V4
// interaction, by description) and changes it the way a consumer's test could get Lambda wrong.
// The verify tests and the swagger-mock-validator agreement test both read this table.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A Pact V4 interaction as the committed files hold it (only what the mutations touch is typed). */
export interface V4Interaction {
  description: string;
  request: { method: string; path: string; query?: Record<string, string[]>; headers?: Record<string, string[]>; body?: { content: Record<string, unknown> } };
  response: {
    status: number;
    headers: Record<string, string[]>;
    body?: { content: Record<string, unknown> };
    matchingRules?: { body?: Record<string, { combine?: string; matchers: Array<Record<string, unknown>> }>; header?: Record<string, { combine?: string; matchers: Array<Record<string, unknown>> }> };
  };
  [key: string]: unknown;
}

export interface Mutation {
  /** The committed interaction it starts from. */
  from: string;
  mutate: (interaction: V4Interaction) => void;
  /** Each problem verify must report: level and field (the problem text is matched loosely). */
  want: Array<{ level: 'ERR' | 'WARN'; field: string; problem?: RegExp }>;
}

const committedFile = resolve('contracts/lambda-rmc-aws-sdk-consumer-lambda-runtime-management.json');
export const committedPact = JSON.parse(readFileSync(committedFile, 'utf8')) as { consumer: unknown; provider: unknown; metadata: unknown; interactions: V4Interaction[] };

export function committedInteraction(description: string): V4Interaction {
  const found = committedPact.interactions.find((interaction) => interaction.description === description);
  if (!found) throw new Error(`no committed interaction '${description}'`);
  return structuredClone(found);
}

const body = (interaction: V4Interaction) => interaction.response.body!.content;
const requestBody = (interaction: V4Interaction) => interaction.request.body!.content;
const regex = (pattern: string) => ({ combine: 'AND', matchers: [{ match: 'regex', regex: pattern }] });

export const mutations: Array<[string, Mutation]> = [
  // The Done-when classes.
  [
    'an invalid enum in the request, expecting 200',
    { from: 'Put: UpdateRuntimeOn Auto by function name', mutate: (i) => void (requestBody(i)['UpdateRuntimeOn'] = 'Sometimes'), want: [{ level: 'ERR', field: 'response.status', problem: /request\.body\.UpdateRuntimeOn\) with 400 ValidationException/ }] },
  ],
  [
    'Manual without a runtime version, expecting 200',
    {
      from: 'Put: UpdateRuntimeOn Manual with a runtime version by function name',
      mutate: (i) => void delete requestBody(i)['RuntimeVersionArn'],
      want: [{ level: 'ERR', field: 'response.status', problem: /request\.body\.RuntimeVersionArn\) with 400 InvalidParameterValueException: "RuntimeVersionArn is required when UpdateRuntimeOn is Manual\."/ }],
    },
  ],
  [
    'a FunctionName that breaks the pattern, expecting 200',
    {
      from: 'Get: a version in mode Auto by function name',
      mutate: (i) => void (i.request.path = '/2021-07-20/functions/my%20function/runtime-management-config'),
      want: [{ level: 'ERR', field: 'response.status', problem: /request\.path FunctionName\) with 400 ValidationException: "1 validation error detected: Value 'my function' at 'functionName'/ }],
    },
  ],
  [
    'a function name over 64 characters, expecting 200',
    {
      from: 'Put: UpdateRuntimeOn Auto by function name',
      mutate: (i) => void (i.request.path = `/2021-07-20/functions/${'f'.repeat(65)}/runtime-management-config`),
      want: [{ level: 'ERR', field: 'response.status', problem: /with 400 InvalidParameterValueException: "1 validation error detected: .* less than or equal to 64"/ }],
    },
  ],
  ['a 200 without a required member', { from: 'Put: UpdateRuntimeOn Auto by function name', mutate: (i) => void delete body(i)['UpdateRuntimeOn'], want: [{ level: 'ERR', field: 'response.body.UpdateRuntimeOn', problem: /is missing/ }] }],
  [
    'an error body with the wrong member casing (Message for message)',
    {
      from: 'Put: while an update of the function is in progress',
      mutate: (i) => {
        body(i)['Message'] = body(i)['message'];
        delete body(i)['message'];
        i.response.matchingRules!.body = { '$.Message': { combine: 'AND', matchers: [{ match: 'type' }] } };
      },
      want: [
        { level: 'ERR', field: 'response.body.message', problem: /is missing/ },
        { level: 'ERR', field: 'response.body.Message', problem: /is not a member/ },
      ],
    },
  ],
  [
    'a refusal body with the wrong member casing (Message for message)',
    {
      from: 'Get: with a Qualifier that breaks the pattern',
      mutate: (i) => {
        body(i)['Message'] = body(i)['message'];
        delete body(i)['message'];
        i.response.matchingRules!.body = {};
      },
      want: [
        { level: 'ERR', field: 'response.body.message', problem: /is missing/ },
        { level: 'ERR', field: 'response.body.Message', problem: /is spelled 'message' in Lambda's ValidationException body/ },
      ],
    },
  ],
  [
    'an error the operation does not document (409 on Get)',
    {
      from: 'Put: while an update of the function is in progress',
      mutate: (i) => {
        i.request.method = 'GET';
        delete i.request.body;
        delete i.request.headers;
      },
      want: [{ level: 'ERR', field: 'response.status', problem: /409 is not a documented status of GetRuntimeManagementConfig/ }],
    },
  ],
  [
    'a 400 naming the wrong error for its request (InvalidParameterValueException for a pattern violation)',
    {
      from: 'Get: with a Qualifier that breaks the pattern',
      mutate: (i) => {
        i.response.headers['x-amzn-ErrorType'] = ['InvalidParameterValueException'];
        body(i)['Type'] = 'User';
      },
      want: [
        { level: 'ERR', field: 'response.header x-amzn-ErrorType', problem: /is 'InvalidParameterValueException', but Lambda refuses this request \(request\.query\.Qualifier\) with 400 ValidationException/ },
        { level: 'ERR', field: 'response.body.Type', problem: /is not a member of Lambda's ValidationException body/ },
      ],
    },
  ],
  [
    'a 400 ValidationException for a request that breaks no constraint',
    {
      from: 'Get: with a Qualifier that breaks the pattern',
      mutate: (i) => void (i.request.query = { Qualifier: ['1'] }),
      want: [{ level: 'ERR', field: 'response.header x-amzn-ErrorType', problem: /the request breaks no constraint/ }],
    },
  ],
  [
    'an InvalidParameterValueException worded for a rule the request keeps',
    {
      from: 'Put: UpdateRuntimeOn Manual without a runtime version',
      mutate: (i) => void (requestBody(i)['RuntimeVersionArn'] = 'arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9'),
      want: [{ level: 'ERR', field: 'response.body.message', problem: /is 'RuntimeVersionArn is required when UpdateRuntimeOn is Manual\.', worded for a rule this request keeps/ }],
    },
  ],
  [
    'a 429 without Retry-After',
    {
      from: 'Get: from a throttled caller',
      mutate: (i) => {
        delete i.response.headers['Retry-After'];
        delete i.response.matchingRules!.header!['Retry-After'];
      },
      want: [{ level: 'ERR', field: 'response.header Retry-After', problem: /is missing/ }],
    },
  ],
  [
    'a regex matcher wider than the spec (FunctionArn)',
    {
      from: 'Get: a version in mode Auto by function name',
      mutate: (i) => void (i.response.matchingRules!.body!['$.FunctionArn'] = regex('^arn:aws:lambda:.+$')),
      want: [{ level: 'WARN', field: 'response.matchingRules.body $.FunctionArn', problem: /is wider than the spec: it admits '.*', and the spec says body\.FunctionArn must match/ }],
    },
  ],
  [
    'a regex matcher wider than the spec (an enum member)',
    {
      from: 'Get: from a throttled caller',
      mutate: (i) => void (i.response.matchingRules!.body!['$.Reason'] = regex('^[A-Za-z]+$')),
      want: [{ level: 'WARN', field: 'response.matchingRules.body $.Reason', problem: /the spec says body\.Reason must be one of/ }],
    },
  ],
  // More of what the issue asks for.
  [
    'a 200 whose FunctionArn lacks the qualifier the request named',
    {
      from: 'Put: with a version as Qualifier',
      mutate: (i) => void (body(i)['FunctionArn'] = 'arn:aws:lambda:us-east-1:123456789012:function:my-function'),
      want: [{ level: 'ERR', field: 'response.body.FunctionArn', problem: /is unqualified, but the request named the qualifier '1'/ }],
    },
  ],
  [
    'a 200 whose FunctionArn names another function',
    {
      from: 'Put: by full function ARN',
      mutate: (i) => void (body(i)['FunctionArn'] = 'arn:aws:lambda:us-east-1:123456789012:function:other-function'),
      want: [{ level: 'ERR', field: 'response.body.FunctionArn', problem: /names function 'other-function', but the request named 'my-function'/ }],
    },
  ],
  [
    'a 200 whose FunctionArn is in another region than the ARN the request named',
    {
      from: 'Put: by full function ARN',
      mutate: (i) => void (body(i)['FunctionArn'] = 'arn:aws:lambda:eu-west-1:123456789012:function:my-function'),
      want: [{ level: 'ERR', field: 'response.body.FunctionArn', problem: /is in region 'eu-west-1', but the request named region 'us-east-1'/ }],
    },
  ],
  [
    'a type matcher whose example the spec refuses',
    {
      from: 'Get: a version in mode Auto by function name',
      mutate: (i) => {
        body(i)['UpdateRuntimeOn'] = 'Never';
        i.response.matchingRules!.body!['$.UpdateRuntimeOn'] = { combine: 'AND', matchers: [{ match: 'type' }] };
      },
      want: [{ level: 'ERR', field: 'response.body.UpdateRuntimeOn', problem: /must be one of Auto, Manual, FunctionUpdate/ }],
    },
  ],
  [
    'a regex matcher its own example does not match',
    {
      from: 'Get: a version in mode Auto by function name',
      mutate: (i) => void (i.response.matchingRules!.body!['$.FunctionArn'] = regex('^arn:aws:lambda:eu-west-1:.+$')),
      want: [
        { level: 'ERR', field: 'response.matchingRules.body $.FunctionArn', problem: /does not match the matcher's own regex/ },
        { level: 'WARN', field: 'response.matchingRules.body $.FunctionArn', problem: /it admits 'arn:aws:lambda:eu-west-1:/ },
      ],
    },
  ],
  [
    "a refusal whose wording is pinned and is not AWS's",
    {
      from: 'Put: UpdateRuntimeOn Manual without a runtime version',
      mutate: (i) => {
        body(i)['message'] = 'RuntimeVersionArn is missing.';
        i.response.matchingRules!.body = {};
      },
      want: [{ level: 'ERR', field: 'response.body.message', problem: /is 'RuntimeVersionArn is missing\.', but Lambda answers 'RuntimeVersionArn is required when UpdateRuntimeOn is Manual\.'/ }],
    },
  ],
  [
    "a refusal whose regex matcher does not admit AWS's wording",
    {
      from: 'Get: with a Qualifier that breaks the pattern',
      mutate: (i) => void (i.response.matchingRules!.body!['$.message'] = regex('^Invalid qualifier')),
      want: [
        { level: 'ERR', field: 'response.body.message', problem: /has a regex matcher that does not admit Lambda's answer/ },
        { level: 'ERR', field: 'response.matchingRules.body $.message', problem: /does not match the matcher's own regex/ },
        { level: 'WARN', field: 'response.matchingRules.body $.message', problem: /it admits 'Invalid qualifier', and the spec says body\.message must match/ },
      ],
    },
  ],
  [
    'a path the spec does not have',
    {
      from: 'Get: a version in mode Auto by function name',
      mutate: (i) => void (i.request.path = '/2021-07-20/functions/my-function/runtime-config'),
      want: [{ level: 'ERR', field: 'request', problem: /is no operation of the spec/ }],
    },
  ],
  [
    'a request body that is not a JSON object (Lambda: SerializationException, which the spec does not document)',
    {
      from: 'Put: with a Qualifier that breaks the pattern',
      mutate: (i) => void (i.request.body!.content = ['Auto'] as unknown as Record<string, unknown>),
      want: [
        { level: 'ERR', field: 'request.body', problem: /is outside the spec: Lambda answers it 400 SerializationException/ },
        { level: 'ERR', field: 'response.header x-amzn-ErrorType', problem: /is 'ValidationException', but Lambda refuses this request \(request\.body\) with 400 SerializationException/ },
        { level: 'ERR', field: 'response.body.message', problem: /has a regex matcher that does not admit Lambda's answer/ },
      ],
    },
  ],
  [
    'an undocumented response member',
    { from: 'Get: a version in mode Auto by function name', mutate: (i) => void (body(i)['RuntimeVersion'] = 'nodejs22.x'), want: [{ level: 'ERR', field: 'response.body.RuntimeVersion', problem: /is not a member of the body/ }] },
  ],
];

/** The committed pact with one interaction per mutation (described by the mutation's name). */
export function mutatedPact(): object {
  return {
    consumer: { name: 'mutated-consumer' },
    provider: committedPact.provider,
    metadata: committedPact.metadata,
    interactions: mutations.map(([name, mutation]) => {
      const interaction = committedInteraction(mutation.from);
      mutation.mutate(interaction);
      return { ...interaction, description: name };
    }),
  };
}
