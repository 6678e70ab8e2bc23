/** Why a backup was refused; `kind` lets tests and the UI tell the cases apart. */
export type BackupErrorKind =
  | 'empty'
  | 'too-big'
  | 'damaged'
  | 'truncated'
  | 'foreign'
  | 'too-new'
  | 'invalid-records'
  | 'clash'
  | 'stopped';

/** A backup Casebook will not import; the message says what is wrong, for the agent. */
export class BackupError extends Error {
  constructor(
    readonly kind: BackupErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}
