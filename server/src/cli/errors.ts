import { localize, type Locale, type Localized } from '../analysis';

/** A problem the CLI reports to the user in their language, never with a stack. */
export class LocalizedError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
  }

  in(locale: Locale): string {
    return localize(this.localized, locale);
  }
}

/** A file or settings file the CLI cannot use; its message names it. Exit 2, other files still checked. */
export class InputError extends LocalizedError {}

/** The bytes are not text in an encoding gongwen reads, or a character cannot be written back. */
export class DecodeError extends LocalizedError {}

/** The command line is wrong. Exit 2 with the usage. */
export class UsageError extends LocalizedError {}
