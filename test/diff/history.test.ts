// The diff from the API as the 2023 reference page described it (spec/history/) to the current spec,
// classified change by change. Each level is a decision, justified where it is asserted. A change in
// a component is worded from that component (schema 'X'), once, with the operations it reaches.
import { describe, expect, it } from 'vitest';
import { diffSpecs, type Change } from '../../src/diff/index.js';
import { historicalSpecPath, loadSpecFile, specPath } from '../../src/spec/index.js';

const history = loadSpecFile(historicalSpecPath);
const current = loadSpecFile(specPath);
const report = diffSpecs(history, current);

function changesAbout(id: string, subject: string): Change[] {
  return report.changes.filter((change) => change.id === id && change.message.startsWith(subject));
}

describe('diff from the 2023 spec (spec/history/) to the current spec', () => {
  it('widens FunctionName’s length limit (140 → 256): INFO, a request accepts more', () => {
    expect(changesAbout('request-parameter-max-length-increased', "schema 'NamespacedFunctionName'")).toMatchObject([{ level: 'INFO', from: 140, to: 256 }]);
  });

  it('changes FunctionName’s pattern in both directions, so the tightening decides: ERR, with the value it now refuses', () => {
    // The live pattern admits `.` in names, `$LATEST.PUBLISHED`, `-iso*` regions and `eusc-`, but its
    // ARN form requires region and account, and the name part is at most 64 characters. The 2023
    // pattern accepted `arn::lambda:a` (an ARN prefix without region or account); the live one does
    // not. A client whose request was valid under the 2023 contract is refused now: that is a break,
    // even if AWS never had such a function — the gate judges the contract as written.
    const [change] = changesAbout('request-parameter-pattern-tightened', "schema 'NamespacedFunctionName'");
    expect(change?.level).toBe('ERR');
    const witness = change?.witness ?? '';
    expect(new RegExp(String(change?.from), 'u').test(witness)).toBe(true);
    expect(new RegExp(String(change?.to), 'u').test(witness)).toBe(false);
  });

  it('relaxes the Qualifier pattern: INFO, everything the 2023 pattern accepted is still accepted, and $LATEST.PUBLISHED is new', () => {
    // `(|[a-zA-Z0-9$_-]+)` with minLength 1 is exactly `[a-zA-Z0-9$_-]+`, which the live pattern's
    // second alternative keeps; its first alternative adds `$LATEST.PUBLISHED`. A pure widening of a
    // request is compatible.
    expect(changesAbout('request-parameter-pattern-generalized', "schema 'NumericLatestPublishedOrAliasQualifier'")).toMatchObject([
      { level: 'INFO', witness: '$LATEST.PUBLISHED' },
    ]);
  });

  it('relaxes RuntimeVersionArn (-iso([a-z]?) and eusc-): INFO in the request, WARN in the response', () => {
    // In the request a wider pattern only accepts more. In the response, clients that re-check the
    // ARN against the 2023 pattern would refuse an `eusc-` one; oasdiff rates a changed response
    // pattern WARN, and so does this gate for a relaxed one.
    expect(changesAbout('request-property-pattern-generalized', "schema 'RuntimeVersionArn'")).toMatchObject([{ level: 'INFO' }]);
    expect(changesAbout('response-property-pattern-generalized', "schema 'RuntimeVersionArn'")).toMatchObject([{ level: 'WARN' }]);
  });

  it('bounds and relaxes the response FunctionArn: maxLength set is INFO, the relaxed pattern WARN', () => {
    expect(changesAbout('response-property-max-length-set', "schema 'FunctionArn'")).toMatchObject([{ level: 'INFO', to: 10000 }]);
    expect(changesAbout('response-property-pattern-generalized', "schema 'FunctionArn'")).toMatchObject([{ level: 'WARN' }]);
  });

  it('adds GetRuntimeManagementConfig, which the 2023 page did not describe: INFO', () => {
    expect(report.changes.filter((change) => change.id === 'endpoint-added')).toMatchObject([{ level: 'INFO', operation: { method: 'GET' } }]);
  });

  it('reports nothing else: the error responses and the request body are those of 2023', () => {
    expect(report.summary).toEqual({ ERR: 1, WARN: 2, INFO: 5 });
  });

  it('reads the other way round as the tightening it is: current → 2023 breaks $LATEST.PUBLISHED and drops Get', () => {
    const backwards = diffSpecs(current, history);
    expect(
      backwards.changes.find((change) => change.id === 'request-parameter-pattern-tightened' && change.message.startsWith("schema 'Qualifier'")),
    ).toMatchObject({
      level: 'ERR',
      witness: '$LATEST.PUBLISHED',
    });
    expect(backwards.changes.find((change) => change.id === 'api-removed-without-deprecation')).toMatchObject({ level: 'ERR', operation: { method: 'GET' } });
  });
});
