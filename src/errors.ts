// The one distinction the error path makes: a UserError is the user's to fix and is shown to them as
// written; anything else is ours, logged with a reference and shown only as that reference.

export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(message: string) {
    super(message);
  }
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}
