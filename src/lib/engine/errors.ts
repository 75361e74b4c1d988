/**
 * Typed engine errors. The code is stable (tests, CLI output, i18n key `errors.<code>`); the message is French
 * for the CLI and logs — the UI turns the code into a sentence in the user's language.
 */
export type EngineErrorCode =
  | 'invalid_input'
  | 'month_out_of_range'
  | 'unsupported_situation'
  | 'too_many_adults'
  | 'missing_zone';

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode | (string & {}),
    message: string,
    readonly field?: string
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
