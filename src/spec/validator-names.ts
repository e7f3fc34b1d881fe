// Export names of the generated validators: shared by the generator and the typed facade that loads them.
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const validatorNames = {
  requestMember: (member: string) => `requestMember${capitalize(member)}`,
  requestBody: (operationId: string) => `request${capitalize(operationId)}Body`,
  responseBody: (operationId: string, status: string) => `response${capitalize(operationId)}${status}Body`,
  responseHeaders: (operationId: string, status: string) => `response${capitalize(operationId)}${status}Headers`,
  errorBody: (errorName: string) => `errorBody${errorName}`,
};
