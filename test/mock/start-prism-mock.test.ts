import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockStartError, startPrismMock, type RunningMock } from '../../src/mock/index.js';
import { SpecLoadError } from '../../src/spec/index.js';
import { isProcessRunning } from './process-state.js';

const configPath = '/2021-07-20/functions/my-function/runtime-management-config';
const scratch = mkdtempSync(join(tmpdir(), 'lambda-rmc-mock-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a running mock', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startPrismMock({ port: 0 });
  });

  it('answers on its own free port, in front of Prism on another', async () => {
    const response = await fetch(`${mock.url}${configPath}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-amzn-requestid')).toMatch(/\S/);
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(mock.url).not.toBe(mock.prismUrl);
  });

  it('passes request bodies through to Prism', async () => {
    const response = await fetch(`${mock.url}${configPath}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', prefer: 'example=FunctionUpdate' },
      body: JSON.stringify({ UpdateRuntimeOn: 'FunctionUpdate' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ UpdateRuntimeOn: 'FunctionUpdate' });
  });

  // Why the front exists: Prism itself sends the 400 header's single example whichever body it
  // serves. If Prism ever picks the header per body, this fails and the front can go.
  it('Prism alone mislabels the 400 InvalidParameterValueException; the front labels it right', async () => {
    const prefer = { prefer: 'code=400, example=InvalidParameterValueException' };
    const [direct, fronted] = await Promise.all([
      fetch(`${mock.prismUrl}${configPath}`, { headers: prefer }),
      fetch(`${mock.url}${configPath}`, { headers: prefer }),
    ]);
    expect(await direct.json()).toEqual(await fronted.json());
    expect(direct.headers.get('x-amzn-errortype')).toBe('ValidationException');
    expect(fronted.headers.get('x-amzn-errortype')).toBe('InvalidParameterValueException');
  });

  it('when Prism dies on its own, exited settles and the front answers an AWS-shaped 500', async () => {
    process.kill(mock.prismPid, 'SIGKILL');
    expect(await mock.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const response = await fetch(`${mock.url}${configPath}`);
    expect(response.status).toBe(500);
    expect(response.headers.get('x-amzn-errortype')).toBe('ServiceException');
    expect(await response.json()).toEqual({ Type: 'Service', Message: expect.stringMatching(/^lambda-rmc mock: Prism did not answer \(ECONNREFUSED\)$/) });
  });

  it('close() stops the front; a second close() is harmless', async () => {
    await mock.close();
    await mock.close();
    expect(isProcessRunning(mock.prismPid)).toBe(false);
    await expect(fetch(`${mock.url}${configPath}`)).rejects.toThrow();
  });
});

describe('start-up failures', () => {
  let busy: Server;
  let busyPort: number;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((resolveListen) => busy.listen(0, '127.0.0.1', resolveListen));
    busyPort = (busy.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolveClose) => busy.close(() => resolveClose())));

  it('a missing spec is a SpecLoadError naming the file', async () => {
    const missing = join(scratch, 'missing.yaml');
    await expect(startPrismMock({ port: 0, specPath: missing })).rejects.toThrow(SpecLoadError);
    await expect(startPrismMock({ port: 0, specPath: missing })).rejects.toThrow(`${missing}: no such file`);
  });

  it('a $ref the spec cannot follow is a SpecLoadError naming the file and the ref, before Prism starts', async () => {
    const dangling = join(scratch, 'dangling.yaml');
    writeFileSync(
      dangling,
      'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200": {$ref: "#/components/responses/Missing"}\n',
    );
    const error = await startPrismMock({ port: 0, specPath: dangling }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(SpecLoadError);
    expect(error).toMatchObject({ message: `${dangling}: $ref '#/components/responses/Missing' points to nothing` });
  });

  it('a port in use is a listen-failed MockStartError', async () => {
    const error = await startPrismMock({ port: busyPort }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(MockStartError);
    expect(error).toMatchObject({ failure: 'listen-failed', message: `cannot listen on 127.0.0.1:${busyPort}: EADDRINUSE` });
  });

  it("Prism dying at start-up is one line quoting Prism's fatal error", async () => {
    const noOperations = join(scratch, 'no-operations.yaml');
    writeFileSync(noOperations, 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\n');
    const error = await startPrismMock({ port: 0, specPath: noOperations }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(MockStartError);
    expect(error).toMatchObject({ failure: 'prism-exited', prismSaid: 'No operations found in the current file.' });
    expect((error as Error).message).toBe('Prism exited (code 1) before answering: No operations found in the current file.');
  });

  it('Prism not answering in time is a prism-timeout MockStartError', async () => {
    const error = await startPrismMock({ port: 0, startTimeoutMs: 1 }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(MockStartError);
    expect(error).toMatchObject({ failure: 'prism-timeout' });
    expect((error as Error).message).toMatch(/^Prism did not answer within 1 ms/);
  });
});
