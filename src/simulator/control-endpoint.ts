import { awsError, mediaTypeOf, type AwsError } from '../validation/index.js';
import { checkFault } from './check-simulator-config.js';
import { FaultScript } from './fault-script.js';
import { controlAccount, queryValue } from './control-account.js';
import type { HttpReply, HttpRequest } from './http-exchange.js';
import { requestBody } from './request-body.js';
import { sendError, sendJson } from './respond.js';
import { controlPrefix } from './route-request.js';
import { SimulatorConfigError } from './simulator-config-error.js';
import type { SimulatorContext } from './simulator-context.js';
import * as actions from './simulator-actions.js';
import { isJsonObject } from '../spec/json-object.js';

const source = 'request body';

/**
 * The control endpoint, served under /_simulator only when enabled: it changes the simulator at run
 * time (never throttled, delayed or faulted itself). Functions and faults are one account's: the
 * one `?account=<12 digits>` names, else the caller's (control-account.ts). Routes:
 *   GET    /_simulator/state                               the account's functions and faults, traffic settings, accounts in use
 *   POST   /_simulator/reset                               every account (or, with ?account=, that one) back to the start
 *   GET    /_simulator/runtime-versions[?runtime=&region=] the runtime-version catalogue
 *   PUT    /_simulator/functions/{name}                    add or replace a function (a fixture; name optional)
 *   DELETE /_simulator/functions/{name}                    remove a function
 *   PUT    /_simulator/functions/{name}/update-in-progress {"inProgress": true|false}
 *   POST   /_simulator/faults                              queue one outcome, or an array of them
 *   DELETE /_simulator/faults                              drop queued outcomes
 *   GET    /_simulator/settings                            throttle, latency, errorRate in force
 *   PUT    /_simulator/settings                            change them; null switches one off
 * Errors are AWS-shaped: 400 InvalidParameterValueException naming the field, 404 for unknown routes.
 * Only a loopback Host (or the bound address) is answered (403 AccessDeniedException otherwise), and every
 * write must say content-type: application/json (415 otherwise): a web page can send neither without
 * the browser asking first, so no page the developer visits can reset or fault the simulator.
 */
export async function handleControlRequest(context: SimulatorContext, segments: string[], request: HttpRequest, response: HttpReply): Promise<void> {
  const method = request.method;
  const refused = refusedControlRequest(context, request);
  if (refused) return sendError(response, refused);
  const route = `${method} ${segments.map((segment, index) => (segments[0] === 'functions' && index === 1 ? '{name}' : segment)).join('/')}`;
  const name = segments[1] ?? '';
  try {
    const { accountId, explicit } = controlAccount(request);
    // A new account copies the fixtures: routes that would create one are held to maxAccounts; a global reset frees them all.
    const addressesAnAccount = !accountFreeRoutes.has(route) && !(route === 'POST reset' && !explicit);
    if (addressesAnAccount && !context.tenants.admits(accountId)) return sendError(response, context.tenants.tooManyAccounts());
    const tenant = () => context.tenants.get(accountId);
    switch (route) {
      case 'GET state':
        return sendJson(response, 200, state(context, accountId));
      case 'POST reset':
        if (explicit) actions.resetAccount(context, accountId);
        else actions.resetSimulator(context);
        return sendJson(response, 200, state(context, accountId));
      case 'GET runtime-versions': {
        const filter = { runtime: queryValue(request.target, 'runtime'), region: queryValue(request.target, 'region') };
        return sendJson(response, 200, { runtimeVersions: context.tenants.catalogue.snapshot(filter) });
      }
      case 'PUT functions/{name}': {
        actions.upsertFunction(context, accountId, withPathName(await jsonBody(context, request), name), source);
        return sendJson(response, 200, tenant().store.snapshotOne(name));
      }
      case 'DELETE functions/{name}': {
        const removed = tenant().store.snapshotOne(name);
        if (!removed || !actions.deleteFunction(context, accountId, name))
          return sendError(response, awsError('ResourceNotFoundException', `Function not found: ${name}`));
        return sendJson(response, 200, { deleted: removed });
      }
      case 'PUT functions/{name}/update-in-progress': {
        const body = await jsonBody(context, request);
        const inProgress = (body as { inProgress?: unknown } | null)?.inProgress;
        if (typeof inProgress !== 'boolean') throw new SimulatorConfigError(source, 'inProgress', 'must be true or false');
        if (!tenant().store.get(name)) return sendError(response, awsError('ResourceNotFoundException', `Function not found: ${name}`));
        actions.setUpdateInProgress(context, accountId, name, inProgress, source);
        return sendJson(response, 200, tenant().store.snapshotOne(name));
      }
      case 'POST faults': {
        const body = await jsonBody(context, request);
        const outcomes: unknown[] = Array.isArray(body) ? body : [body];
        // Check every outcome before queueing any, so a bad array changes nothing.
        outcomes.forEach((outcome, index) => checkFault(outcome, source, Array.isArray(body) ? `[${index}]` : ''));
        if (tenant().faults.size + outcomes.length > FaultScript.maxQueued) {
          throw new SimulatorConfigError(
            source,
            '',
            `would queue ${tenant().faults.size + outcomes.length} scripted outcomes; an account holds at most ${FaultScript.maxQueued} (DELETE ${controlPrefix}/faults clears them)`,
          );
        }
        for (const outcome of outcomes) actions.enqueueFault(context, accountId, outcome, source);
        return sendJson(response, 200, { faults: tenant().faults.pending() });
      }
      case 'DELETE faults':
        tenant().faults.clear();
        return sendJson(response, 200, { faults: [] });
      case 'GET settings':
        return sendJson(response, 200, context.traffic.current());
      case 'PUT settings':
        actions.changeTraffic(context, await jsonBody(context, request), source);
        return sendJson(response, 200, context.traffic.current());
      default:
        return sendError(response, awsError('UnknownOperationException', `No control operation matches ${method} ${controlPrefix}/${segments.join('/')}.`));
    }
  } catch (error) {
    if (error instanceof SimulatorConfigError) return sendError(response, awsError('InvalidParameterValueException', error.message));
    if (error instanceof BodyError) return sendError(response, error.error, { closeConnection: error.abandoned });
    throw error;
  }
}

/** A body that could not be read as JSON, carried out of jsonBody as a typed value. */
class BodyError extends Error {
  constructor(
    readonly error: AwsError,
    readonly abandoned: boolean,
  ) {
    super(error.message);
  }
}

async function jsonBody(context: SimulatorContext, request: HttpRequest): Promise<unknown> {
  const outcome = requestBody(request, context.limits, 'simulator control endpoint');
  if (!outcome.ok) throw new BodyError(outcome.error.answer, outcome.error.abandoned);
  if (outcome.value === undefined) throw new SimulatorConfigError(source, '', 'is empty; send a JSON document');
  return outcome.value;
}

/** The fixture with the path's name: the body may leave `name` out, but may not contradict it. */
function withPathName(fixture: unknown, name: string): unknown {
  if (!isJsonObject(fixture)) return fixture; // the schema check names the problem
  const given = (fixture as { name?: unknown }).name;
  if (given === undefined) return { ...fixture, name };
  if (given !== name) throw new SimulatorConfigError(source, 'name', `must be '${name}', the name in the path`);
  return fixture;
}

function state(context: SimulatorContext, accountId: string) {
  const tenant = context.tenants.get(accountId);
  return {
    accountId,
    ...tenant.store.snapshot(),
    faults: tenant.faults.pending(),
    settings: context.traffic.current(),
    accounts: context.tenants.accountIds(),
  };
}

const writeMethods = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);
const accountFreeRoutes = new Set(['GET runtime-versions', 'GET settings', 'PUT settings']);

function refusedControlRequest(context: SimulatorContext, request: HttpRequest): AwsError | undefined {
  const host = request.headers['host']?.toLowerCase();
  if (context.controlHosts !== undefined && (host === undefined || !context.controlHosts.has(host))) {
    return awsError(
      'AccessDeniedException',
      `The control endpoint answers only requests addressed to a loopback name or the address it listens on, with its port; this one says Host: ${host ?? '(none)'}.`,
    );
  }
  if (writeMethods.has(request.method) && mediaTypeOf(request.headers['content-type']) !== 'application/json') {
    return awsError('UnsupportedMediaTypeException', `Control requests that change the simulator must send content-type: application/json.`);
  }
  return undefined;
}
