/** Where a function lives; its ARN is built from these. */
export interface FunctionLocation {
  partition: string;
  region: string;
  accountId: string;
  name: string;
}

// AWS partitions by region prefix; anything else is the commercial partition `aws`.
const partitionsByRegionPrefix: Array<[string, string]> = [
  ['cn-', 'aws-cn'],
  ['us-gov-', 'aws-us-gov'],
  ['us-isob-', 'aws-iso-b'],
  ['us-isof-', 'aws-iso-f'],
  ['eu-isoe-', 'aws-iso-e'],
  ['us-iso-', 'aws-iso'],
  ['eusc-', 'aws-eusc'],
];

export function partitionOfRegion(region: string): string {
  return partitionsByRegionPrefix.find(([prefix]) => region.startsWith(prefix))?.[1] ?? 'aws';
}

/** `arn:<partition>:lambda:<region>:<account>:function:<name>[:<qualifier>]` */
export function functionArn(location: FunctionLocation, qualifier?: string): string {
  const arn = `arn:${location.partition}:lambda:${location.region}:${location.accountId}:function:${location.name}`;
  return qualifier === undefined ? arn : `${arn}:${qualifier}`;
}
