/** A prerequisite is missing; the message names the fix. Printed alone, without a stack. */
export class PrerequisiteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrerequisiteError';
  }
}
