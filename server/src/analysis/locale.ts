export type Locale = 'zh' | 'en';

/** A user-facing string in both languages the product speaks. */
export interface Localized {
  readonly zh: string;
  readonly en: string;
}

/** Chinese for a Chinese client or one that names no locale; English otherwise. */
export function localeFromTag(tag: string | undefined): Locale {
  return tag === undefined || tag === '' || /^zh/i.test(tag) || /^(C|POSIX)(\.|$)/.test(tag) ? 'zh' : 'en';
}

export function localize(message: Localized, locale: Locale): string {
  return message[locale];
}

/**
 * A maker of messages that returns one object per key: the 50,000 findings of one kind in a long draft share
 * their words instead of each holding its own copy. At most `limit` keys are kept (keys may come from the text).
 */
export function memoized(make: (key: string) => Localized, limit = 1000): (key: string) => Localized {
  const made = new Map<string, Localized>();
  return (key) => {
    let message = made.get(key);
    if (message === undefined) {
      message = make(key);
      if (made.size < limit) {
        made.set(key, message);
      }
    }
    return message;
  };
}
