// Errors every AWS operation can answer, listed once on AWS's "Common Errors" page rather than in
// each operation's error list (https://docs.aws.amazon.com/lambda/latest/api/CommonErrors.html).
// The spec may document them without the model naming them; their status is checked against this list.
export const awsCommonErrors: ReadonlyMap<string, number> = new Map([
  ['AccessDeniedException', 400],
  ['IncompleteSignature', 400],
  ['InternalFailure', 500],
  ['InvalidAction', 400],
  ['InvalidClientTokenId', 403],
  ['NotAuthorized', 400],
  ['OptInRequired', 403],
  ['RequestExpired', 400],
  ['ServiceUnavailable', 503],
  ['ThrottlingException', 400],
  ['ValidationError', 400],
  ['ValidationException', 400],
]);

export const awsCommonErrorsSource = 'https://docs.aws.amazon.com/lambda/latest/api/CommonErrors.html';
