import type { components } from '../generated/openapi-types.js';

/** The runtime update mode, as the spec's UpdateRuntimeOn enum (the generated type). */
export type UpdateRuntimeOn = components['schemas']['UpdateRuntimeOn'];

/** One version's runtime-management configuration, as Put stores it and Get reads it. */
export interface RuntimeConfig {
  UpdateRuntimeOn: UpdateRuntimeOn;
  /** Present exactly when the mode is Manual (the mode rules: validateRequest refuses the rest). */
  RuntimeVersionArn?: string;
}

/** The 200 body of both operations, every member present. */
export type RuntimeConfigAnswer = {
  FunctionArn: string;
  RuntimeVersionArn: string | null;
  UpdateRuntimeOn: UpdateRuntimeOn;
};

/** The config a Put body asks for, once validateRequest has accepted it (so the member types and the mode rules hold). */
export function requestedRuntimeConfig(body: unknown): RuntimeConfig {
  const { UpdateRuntimeOn, RuntimeVersionArn } = body as { UpdateRuntimeOn: UpdateRuntimeOn; RuntimeVersionArn?: string | null };
  return UpdateRuntimeOn === 'Manual' && typeof RuntimeVersionArn === 'string' ? { UpdateRuntimeOn, RuntimeVersionArn } : { UpdateRuntimeOn };
}

/**
 * The 200 body for a config (the README's table of choices): RuntimeVersionArn is JSON null when
 * the mode is not Manual; FunctionArn is as answeredQualifier decides.
 */
export function runtimeConfigAnswer(functionArn: string, config: RuntimeConfig): RuntimeConfigAnswer {
  return { FunctionArn: functionArn, RuntimeVersionArn: config.RuntimeVersionArn ?? null, UpdateRuntimeOn: config.UpdateRuntimeOn };
}
