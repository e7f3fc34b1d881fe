// The package ships no type declarations; this is the part of its API the tests use.
declare module '@pactflow/swagger-mock-validator' {
  export interface ValidationResult {
    code: string;
    message: string;
    type: 'error' | 'warning';
    mockDetails?: { interactionDescription?: string | null; location?: string };
  }
  export interface ValidationOutcome {
    success: boolean;
    failureReason?: string;
    errors: ValidationResult[];
    warnings: ValidationResult[];
  }
  export interface ValidateOptions {
    specPathOrUrl: string;
    mockPathOrUrl: string;
    /** 'true' or 'false', as the CLI passes it. */
    additionalPropertiesInResponse?: string;
    requiredPropertiesInResponse?: string;
  }
  export const SwaggerMockValidatorFactory: {
    create(auth?: string): { validate(options: ValidateOptions): Promise<ValidationOutcome> };
  };
}
