// Which documented shapes a set of pacts exercises, and which interactions exercise each.
import { documentedItems, type CoverageItem } from './coverage-model.js';
import { interactionShape } from './interaction-shape.js';
import type { PactFile } from '../pacts/index.js';

export interface ExercisingInteraction {
  file: string;
  consumer: string;
  description: string;
}

export interface CoverageRow {
  operation: CoverageItem['operation'];
  kind: CoverageItem['kind'];
  id: string;
  label: string;
  exercisedBy: ExercisingInteraction[];
}

export interface CoverageReport {
  files: string[];
  /** Consumer names, in file order, without repeats. */
  consumers: string[];
  rows: CoverageRow[];
  covered: number;
  total: number;
  /** covered / total × 100, rounded down to one decimal so 99.96 never shows as 100. */
  percent: number;
  /** Interactions with other APIs, left out of the count. */
  otherInteractions: number;
  /** Interactions that fail `lambda-rmc verify`, left out of the count (set by the coverage command). */
  unverified?: UnverifiedInteraction[];
}

export interface UnverifiedInteraction extends ExercisingInteraction {
  /** `field: problem`, one per ERR. */
  problems: string[];
}

export function coverageReport(pacts: readonly PactFile[], items: readonly CoverageItem[] = documentedItems()): CoverageReport {
  const rows: CoverageRow[] = items.map((item) => ({ operation: item.operation, kind: item.kind, id: item.id, label: item.label, exercisedBy: [] }));
  let otherInteractions = 0;
  for (const pact of pacts) {
    for (const interaction of pact.interactions) {
      const shape = interactionShape(interaction);
      if (!shape) {
        otherInteractions += 1;
        continue;
      }
      items.forEach((item, index) => {
        if (item.exercisedBy(shape)) rows[index]?.exercisedBy.push({ file: pact.file, consumer: pact.consumer, description: interaction.description });
      });
    }
  }
  const covered = rows.filter((row) => row.exercisedBy.length > 0).length;
  const total = rows.length;
  return {
    files: pacts.map((pact) => pact.file),
    consumers: [...new Set(pacts.map((pact) => pact.consumer))],
    rows,
    covered,
    total,
    percent: total === 0 ? 100 : Math.floor((covered / total) * 1000) / 10,
    otherInteractions,
  };
}
