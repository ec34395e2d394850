import { InputError } from '../errors.ts'

/**
 * The one error an import throws for input a person can fix: it names the
 * file (and the line, when one line is to blame) and says what to do next.
 * The CLI prints `message` and exits 1; anything else thrown is a bug (exit 2).
 */
export class ImportError extends InputError {
  override readonly name = 'ImportError'

  /**
   * @param file the input (or output) path as the user typed it
   * @param problem what is wrong, as a sentence fragment ("is empty")
   * @param advice what to do about it, as a full sentence
   * @param line 1-based line number, when one line is to blame
   */
  constructor(file: string, problem: string, advice: string, line?: number) {
    const where = line === undefined ? file : `${file}:${line}`
    super(`${where} ${problem}. ${advice}`, line === undefined ? { file } : { file, line })
  }
}
