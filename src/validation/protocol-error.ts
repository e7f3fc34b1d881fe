import { awsError, type AwsError } from './aws-error.js';

/** AWS's answers to a request that cannot be read as HTTP/1.1 at all. */
export const malformedHttpError = (): AwsError => awsError('SerializationException', 'The request is not valid HTTP/1.1.');
export const headersTooLargeError = (): AwsError => awsError('RequestEntityTooLargeException', 'The request headers are too large.');
