/** Thrown when the pane calls a service that this build's service layer does not export yet. */
export class MissingServiceError extends Error {
  constructor(readonly service: string) {
    super(`service ${service} is not available in this build`);
    this.name = 'MissingServiceError';
  }
}
