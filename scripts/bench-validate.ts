// `npm run bench:validate`: validations per second of validateRequest (the generated AJV validators
// plus AWS wording) against a hand-written check of the same constraints, measured in the same run.
import { validateRequest, type RuntimeManagementRequest } from '../src/validation/index.js';

const functionNamePattern =
  /^(?:(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:|(((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?))(function:)?([a-zA-Z0-9-_.]{1,64})(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?)$/u;
const qualifierPattern = /^(?:\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+)$/u;
const runtimeVersionArnPattern = /^(?:arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}::runtime:.+)$/u;
const modes = new Set(['Auto', 'Manual', 'FunctionUpdate']);

/** The reference: the same constraints checked by hand, answering only valid or not (no AWS wording). */
function handWrittenCheck(request: RuntimeManagementRequest): boolean {
  const { functionName, qualifier } = request;
  const body = request.body as Record<string, unknown>;
  if (typeof functionName !== 'string' || functionName.length < 1 || functionName.length > 256 || !functionNamePattern.test(functionName)) return false;
  if (qualifier !== undefined && (qualifier.length < 1 || qualifier.length > 128 || !qualifierPattern.test(qualifier))) return false;
  if (typeof body !== 'object' || body === null) return false;
  const mode = body['UpdateRuntimeOn'];
  if (typeof mode !== 'string' || !modes.has(mode)) return false;
  const arn = body['RuntimeVersionArn'];
  if (arn !== undefined && (typeof arn !== 'string' || arn.length < 26 || arn.length > 2048 || !runtimeVersionArnPattern.test(arn))) return false;
  return (mode === 'Manual') === (arn !== undefined);
}

const requests: Record<string, RuntimeManagementRequest> = {
  valid: {
    operation: 'PutRuntimeManagementConfig',
    functionName: 'arn:aws:lambda:us-east-1:123456789012:function:my-function',
    qualifier: '1',
    body: {
      UpdateRuntimeOn: 'Manual',
      RuntimeVersionArn: 'arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9',
    },
  },
  invalid: { operation: 'PutRuntimeManagementConfig', functionName: 'my function', qualifier: 'a?b', body: { UpdateRuntimeOn: 'Sometimes' } },
};

function opsPerSecond(run: () => unknown, millis: number): number {
  let count = 0;
  const deadline = performance.now() + millis;
  while (performance.now() < deadline) {
    for (let i = 0; i < 1000; i++) run();
    count += 1000;
  }
  return count / (millis / 1000);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 5);
const millis = Number(process.env['BENCH_MILLIS'] ?? 400);

// Sanity: both checks must agree on the answer, or the comparison means nothing.
for (const [name, request] of Object.entries(requests)) {
  if ((validateRequest(request) === undefined) !== handWrittenCheck(request)) throw new Error(`the checks disagree on the ${name} request`);
}

console.log(`validations per second, median of ${rounds} rounds of ${millis} ms (node ${process.version})`);
console.log('request   validateRequest   hand-written   ratio');
for (const [name, request] of Object.entries(requests)) {
  const ours: number[] = [];
  const reference: number[] = [];
  for (let round = 0; round < rounds; round++) {
    ours.push(opsPerSecond(() => validateRequest(request), millis));
    reference.push(opsPerSecond(() => handWrittenCheck(request), millis));
  }
  const [a, b] = [median(ours), median(reference)];
  console.log(
    `${name.padEnd(9)} ${Math.round(a).toLocaleString('en').padStart(15)}   ${Math.round(b).toLocaleString('en').padStart(12)}   ${(a / b).toFixed(2)}x`,
  );
}
