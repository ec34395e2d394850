/**
 * A problem with what the user gave us (a file, a flag): the CLI prints the
 * message without a stack trace and exits 1. Anything else is a bug: exit 2.
 */
export class InputError extends Error {
  readonly file: string | null
  readonly line: number | null

  constructor(message: string, where: { file?: string; line?: number } = {}) {
    super(message)
    this.name = 'InputError'
    this.file = where.file ?? null
    this.line = where.line ?? null
  }
}
