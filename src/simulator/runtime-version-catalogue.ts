import { createHash } from 'node:crypto';
import { partitionOfRegion } from './function-arn.js';

/** A runtime version a fixture adds to the built-in catalogue; its region is the ARN's. */
export interface RuntimeVersionFixture {
  runtime: string;
  /** `arn:<partition>:lambda:<region>::runtime:<hash>` */
  arn: string;
}

/** Managed runtimes the built-in catalogue knows. */
export const builtInRuntimes: readonly string[] = [
  'nodejs18.x',
  'nodejs20.x',
  'nodejs22.x',
  'python3.11',
  'python3.12',
  'python3.13',
  'java17',
  'java21',
  'dotnet8',
  'ruby3.3',
  'provided.al2',
  'provided.al2023',
];

/** Regions the built-in catalogue covers: the commercial regions, China and GovCloud. */
export const builtInRegions: readonly string[] = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'af-south-1',
  'ap-east-1',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-south-1',
  'eu-south-2',
  'eu-north-1',
  'il-central-1',
  'me-south-1',
  'me-central-1',
  'mx-central-1',
  'sa-east-1',
  'cn-north-1',
  'cn-northwest-1',
  'us-gov-west-1',
  'us-gov-east-1',
];

/** Built-in versions per runtime and region, oldest first; the newest is what a function runs by default. */
export const builtInVersionsPerRegion = 3;

/** The runtime version the spec's examples pin: the newest built-in nodejs20.x version in us-east-1. */
export const exampleRuntimeVersionArn = 'arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9';

const runtimeArnShape = /^arn:(aws[a-zA-Z-]*):lambda:([a-z]{2}(?:-[a-z]+)+-\d+)::runtime:(.+)$/;

/** The region an ARN of a runtime version names, or undefined when it is not one. */
export function regionOfRuntimeVersionArn(arn: string): string | undefined {
  return runtimeArnShape.exec(arn)?.[2];
}

/**
 * The runtime versions Lambda would accept, per runtime and region. Built-in versions have
 * realistic ARNs with invented hashes (sha-256 of runtime, region and ordinal, so they are the same
 * on every run and machine), computed per runtime and region on first use.
 */
export class RuntimeVersionCatalogue {
  private readonly added = new Map<string, string[]>();
  private readonly computed = new Map<string, readonly string[]>();

  constructor(extra: readonly RuntimeVersionFixture[] = []) {
    for (const { runtime, arn } of extra) {
      const region = regionOfRuntimeVersionArn(arn);
      if (region === undefined) continue; // checked before it gets here
      const key = keyOf(runtime, region);
      const list = this.added.get(key) ?? [];
      if (!list.includes(arn)) list.push(arn);
      this.added.set(key, list);
    }
  }

  /** Whether a runtime is known (built in, or added by a fixture in any region). */
  knowsRuntime(runtime: string): boolean {
    return builtInRuntimes.includes(runtime) || [...this.added.keys()].some((key) => key.startsWith(`${runtime}/`));
  }

  /** The versions of `runtime` in `region`, oldest first (added versions after the built-in ones). */
  versions(runtime: string, region: string): readonly string[] {
    const key = keyOf(runtime, region);
    let list = this.computed.get(key);
    if (list === undefined) {
      list = [...builtInVersions(runtime, region), ...(this.added.get(key) ?? [])];
      this.computed.set(key, list);
    }
    return list;
  }

  /** The newest version of `runtime` in `region`: what a function runs unless told otherwise. */
  newest(runtime: string, region: string): string | undefined {
    return this.versions(runtime, region).at(-1);
  }

  includes(runtime: string, region: string, arn: string): boolean {
    return this.versions(runtime, region).includes(arn);
  }

  /** Every runtime and region, or the ones asked for, as plain JSON: `{ runtime: { region: [arn, …] } }`. */
  snapshot(filter: { runtime?: string; region?: string } = {}): Record<string, Record<string, string[]>> {
    const runtimes = new Set([...builtInRuntimes, ...[...this.added.keys()].map((key) => key.split('/')[0]!)]);
    const result: Record<string, Record<string, string[]>> = {};
    for (const runtime of [...runtimes].sort()) {
      if (filter.runtime !== undefined && filter.runtime !== runtime) continue;
      const regions = new Set([
        ...(builtInRuntimes.includes(runtime) ? builtInRegions : []),
        ...[...this.added.keys()].filter((key) => key.startsWith(`${runtime}/`)).map((key) => key.split('/')[1]!),
      ]);
      const byRegion: Record<string, string[]> = {};
      for (const region of regions) {
        if (filter.region !== undefined && filter.region !== region) continue;
        byRegion[region] = [...this.versions(runtime, region)];
      }
      if (Object.keys(byRegion).length > 0) result[runtime] = byRegion;
    }
    return result;
  }
}

function keyOf(runtime: string, region: string): string {
  return `${runtime}/${region}`;
}

function builtInVersions(runtime: string, region: string): string[] {
  if (!builtInRuntimes.includes(runtime) || !builtInRegions.includes(region)) return [];
  const partition = partitionOfRegion(region);
  const versions: string[] = [];
  for (let ordinal = 1; ordinal <= builtInVersionsPerRegion; ordinal += 1) {
    const hash = createHash('sha256').update(`lambda-rmc/${runtime}/${region}/${ordinal}`).digest('hex');
    versions.push(`arn:${partition}:lambda:${region}::runtime:${hash}`);
  }
  // The spec's example version is the newest nodejs20.x version in us-east-1.
  if (runtime === 'nodejs20.x' && region === 'us-east-1') versions[versions.length - 1] = exampleRuntimeVersionArn;
  return versions;
}
