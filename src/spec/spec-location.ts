import { fileURLToPath } from 'node:url';

/** The project's single source of truth; resolved from both src/ and dist/, which sit at the same depth. */
export const specPath: string = fileURLToPath(new URL('../../spec/lambda-runtime-management.openapi.yaml', import.meta.url));

/** The 2023 shapes of the API, as the seed document described them. */
export const historicalSpecPath: string = fileURLToPath(new URL('../../spec/history/2023-runtime-management.openapi.yaml', import.meta.url));
