// AWS's wording of model-constraint violations (ValidationException messages).

/** One broken constraint of one member; `member` is AWS's lower-camel-case member path. */
export type ConstraintViolation =
  | { kind: 'notNull'; member: string }
  | { kind: 'pattern'; member: string; value: string; pattern: string }
  | { kind: 'minLength' | 'maxLength'; member: string; value: string; limit: number }
  | { kind: 'enum'; member: string; value: string; allowed: readonly string[] };

/** Order within one member: presence, enum, pattern, then length (as AWS lists them). */
const kindOrder: Record<ConstraintViolation['kind'], number> = { notNull: 0, enum: 1, pattern: 2, minLength: 3, maxLength: 3 };

export function describeViolation(violation: ConstraintViolation): string {
  const at = `at '${violation.member}' failed to satisfy constraint: Member must`;
  switch (violation.kind) {
    case 'notNull':
      return `Value null ${at} not be null`;
    case 'pattern':
      return `Value '${violation.value}' ${at} satisfy regular expression pattern: ${violation.pattern}`;
    case 'minLength':
      return `Value '${violation.value}' ${at} have length greater than or equal to ${violation.limit}`;
    case 'maxLength':
      return `Value '${violation.value}' ${at} have length less than or equal to ${violation.limit}`;
    case 'enum':
      return `Value '${violation.value}' ${at} satisfy enum value set: [${violation.allowed.join(', ')}]`;
  }
}

/** `1 validation error detected: …` / `2 validation errors detected: …; …` */
export function validationErrorMessage(violations: readonly ConstraintViolation[]): string {
  const count = violations.length;
  return `${count} validation error${count === 1 ? '' : 's'} detected: ${violations.map(describeViolation).join('; ')}`;
}

/** Sorts violations by the members' order in the operation, then by constraint kind. */
export function sortViolations(violations: ConstraintViolation[], memberOrder: readonly string[]): ConstraintViolation[] {
  const position = (member: string) => {
    const index = memberOrder.indexOf(member);
    return index === -1 ? memberOrder.length : index;
  };
  return [...violations].sort((a, b) => position(a.member) - position(b.member) || kindOrder[a.kind] - kindOrder[b.kind]);
}
