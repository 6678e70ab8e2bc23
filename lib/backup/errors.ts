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
  | 'stopped'
  /** Stopped for another reason, said in the message (the import's worker failed). */
  | 'failed';

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

/** What the agent reads when an import stops: the backup's own reason, else the cause's. */
export const importFailureMessage = (cause: unknown): string =>
  cause instanceof BackupError
    ? cause.message
    : `Something went wrong: ${cause instanceof Error ? cause.message : String(cause)}`;
