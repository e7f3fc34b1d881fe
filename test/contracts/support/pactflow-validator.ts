// PactFlow's comparison engine (swagger-mock-validator 14.5, `-R true -A false`), run on pact files for
// the agreement test: every interaction it rejects, lambda-rmc verify must reject too.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SwaggerMockValidatorFactory, type ValidationOutcome, type ValidationResult } from '@pactflow/swagger-mock-validator';
import { specPath } from '../../../src/spec/index.js';

interface PactDocument {
  consumer?: unknown;
  provider?: unknown;
  metadata?: unknown;
  interactions?: Array<{ description?: string }>;
}

export interface FileOutcome {
  file: string;
  errors: ValidationResult[];
  warnings: ValidationResult[];
}

/**
 * Checks pact files against the spec with required response properties enforced and no undocumented
 * response members allowed. The pacts are checked as they are (the catalog records FunctionName
 * unencoded in paths, see requestPath). swagger-mock-validator compiles a JSON schema for every value
 * it checks (about 0.1 s per interaction here), so an interaction that several files share word for
 * word is checked once and its result given to each.
 */
export async function checkPactsAgainstSpec(files: readonly string[]): Promise<FileOutcome[]> {
  const unique = new Map<string, { interaction: object; files: Set<string> }>();
  let template: PactDocument | undefined;
  for (const file of files) {
    const pact = JSON.parse(readFileSync(file, 'utf8')) as PactDocument;
    template ??= pact;
    for (const interaction of pact.interactions ?? []) {
      const key = JSON.stringify(interaction);
      const entry = unique.get(key) ?? { interaction, files: new Set<string>() };
      entry.files.add(file);
      unique.set(key, entry);
    }
  }
  const entries = [...unique.values()];
  // Each checked interaction gets a unique description: results name interactions by description.
  const merged = { ...template, interactions: entries.map((entry, index) => ({ ...entry.interaction, description: `#${index}` })) };
  const outcome = await validate(merged);
  const owner = (result: ValidationResult) => entries[Number(result.mockDetails?.interactionDescription?.slice(1))];
  const restore = (result: ValidationResult): ValidationResult => {
    const interaction = owner(result)?.interaction as { description?: string } | undefined;
    return { ...result, mockDetails: { ...result.mockDetails, interactionDescription: interaction?.description ?? null } };
  };
  // A result tied to no interaction (the spec itself, say) concerns every file.
  const concerns = (file: string) => (result: ValidationResult) => owner(result)?.files.has(file) ?? true;
  return files.map((file) => ({
    file,
    errors: outcome.errors.filter(concerns(file)).map(restore),
    warnings: outcome.warnings.filter(concerns(file)).map(restore),
  }));
}

async function validate(pact: object): Promise<ValidationOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'lambda-rmc-smv-'));
  try {
    const file = join(dir, 'pact.json');
    writeFileSync(file, JSON.stringify(pact));
    return await SwaggerMockValidatorFactory.create().validate({
      specPathOrUrl: specPath,
      mockPathOrUrl: file,
      additionalPropertiesInResponse: 'false',
      requiredPropertiesInResponse: 'true',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
