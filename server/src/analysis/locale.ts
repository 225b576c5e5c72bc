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
