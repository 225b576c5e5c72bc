import type { Settings } from './settings';

const SAMPLE_LENGTH = 4000;

/** Whether the text is mostly Chinese: at least a third of its first letters (Han or Latin) are Han characters. */
function isMostlyChinese(text: string): boolean {
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
export function isAnalysed(languageId: string, text: string, mode: Settings['enable']): boolean {
  if (mode === 'never') {
    return false;
  }
  if (languageId === 'gongwen') {
    return true;
  }
  return PLAIN_TEXT_LANGUAGES.has(languageId) && (mode === 'always' || isMostlyChinese(text));
}

/**
 * The language a document is analysed as. Editors other than VS Code send their filetype as languageId,
 * which is empty or plain text for .gw and .gongwen files: the file name decides there.
 */
export function languageOf(uri: string, languageId: string): string {
  const name = uri.replace(/[?#].*$/, '').toLowerCase();
  if (languageId === 'gongwen' || name.endsWith('.gw') || name.endsWith('.gongwen')) {
    return 'gongwen';
  }
  if (name.endsWith('.md') || name.endsWith('.markdown')) {
    return 'markdown';
  }
  return languageId;
}
