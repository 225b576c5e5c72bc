import type { EnableMode } from './settings';

const SAMPLE_LENGTH = 4000;

/** Whether the text is mostly Chinese: at least a third of its first letters (Han or Latin) are Han characters. */
export function isMostlyChinese(text: string): boolean {
  let han = 0;
  let letters = 0;
  for (const ch of text.slice(0, SAMPLE_LENGTH)) {
    if (/\p{Script=Han}/u.test(ch)) {
      han++;
      letters++;
    } else if (/\p{L}/u.test(ch)) {
      letters++;
    }
  }
  return han >= 10 && han * 3 >= letters;
}

/** Language ids of plain text: VS Code says plaintext, Neovim and Helix say text. */
const PLAIN_TEXT_LANGUAGES = new Set(['plaintext', 'text', 'markdown']);

/** Whether a document of this language is analysed under the `gongwen.enable` mode. */
export function isAnalysed(languageId: string, text: string, mode: EnableMode): boolean {
  if (mode === 'never') {
    return false;
  }
  if (languageId === 'gongwen') {
    return true;
  }
  return PLAIN_TEXT_LANGUAGES.has(languageId) && (mode === 'always' || isMostlyChinese(text));
}
