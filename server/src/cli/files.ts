import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Extensions gongwen always analyses in a folder (a Word file as the text read from it); .txt and .md files are analysed when mostly Chinese. */
const DOCUMENT_EXTENSIONS = ['.gw', '.gongwen', '.docx', '.txt', '.md', '.markdown'];
/** Folders a walk never enters. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.svn', '.hg', 'dist', 'out']);

const isDocumentName = (name: string): boolean => DOCUMENT_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension));

/** Whether a path given on the command line is a glob pattern (the shell did not expand it). */
function isGlob(arg: string): boolean {
  return /[*?[]/.test(arg);
}

/** The documents under a folder, recursively, sorted; hidden and build folders skipped. */
function documentsIn(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) {
          walk(path);
        }
      } else if (entry.isFile() && isDocumentName(entry.name)) {
        found.push(path);
      }
    }
  };
  walk(folder);
  return found;
}

/** A glob (`*` within a name, `**` across folders, `?`, `[abc]`) as a regular expression over `/`-separated paths. */
function globPattern(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string;
    if (ch === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') {
      source += '[^/]*';
    } else if (ch === '?') {
      source += '[^/]';
    } else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      source += close > i ? `[${glob.slice(i + 1, close).replace(/\\/g, '\\\\')}]` : '\\[';
      i = close > i ? close : i;
    } else {
      source += ch.replace(/[.+^${}()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

/** The files a glob matches, sorted: walked from its folder part before the first wildcard. */
function globFiles(glob: string): string[] {
  const normal = glob.split(sep).join('/');
  const wildcard = normal.search(/[*?[]/);
  const base = normal.slice(0, normal.lastIndexOf('/', wildcard) + 1) || './';
  const pattern = globPattern(normal.slice(base.length));
  const matches: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const rel = relative(resolve(base), resolve(path)).split(sep).join('/');
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) {
        walk(path);
      } else if (entry.isFile() && pattern.test(rel)) {
        matches.push(base === './' && !glob.startsWith('./') ? rel : join(base, rel));
      }
    }
  };
  walk(base);
  return matches.sort();
}

/** What one command-line argument names: a file, the documents of a folder, or a glob's matches. */
export function expandArgument(arg: string): { files: string[]; folder: boolean; glob: boolean } {
  if (isGlob(arg)) {
    try {
      statSync(arg);
    } catch {
      return { files: globFiles(arg), folder: false, glob: true };
    }
  }
  try {
    if (statSync(arg).isDirectory()) {
      return { files: documentsIn(arg), folder: true, glob: false };
    }
  } catch {
    // reported when the file is read
  }
  return { files: [arg], folder: false, glob: false };
}
