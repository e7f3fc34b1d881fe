// Test cases edit deep spec and model documents one field at a time; typing every path they reach
// into would bury the one edit each case makes, so these documents are indexed freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test suite's one deliberate `any`, for the reason above
export type LooseJson = Record<string, any>;
