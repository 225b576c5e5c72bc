import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, UsageError } from './errors';

/** The mode of `file`, or undefined when there is none yet. */
function modeOf(file: string): number | undefined {
  try {
    return statSync(file).mode;
  } catch {
    return undefined;
  }
}

/**
 * Writes `bytes` to `file` through a temporary file in the same folder and a rename, so that a reader never
 * sees half a file and a failed write leaves the old one whole; an existing file keeps its mode.
 */
export function writeAtomically(file: string, bytes: Uint8Array): void {
  const temp = join(dirname(file), `.${basename(file)}.gongwen-${process.pid}.tmp`);
  const mode = modeOf(file);
  try {
    writeFileSync(temp, bytes, { ...(mode === undefined ? {} : { mode }), flag: 'wx' });
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // never created
    }
    throw error;
  }
}

/**
 * The Word file a command writes for `file`: --out, else `file`'s name (without its extension) + `suffix` + .docx
 * beside it. It must end in .docx and is never `file` itself.
 */
export function wordTarget(file: string, out: string | undefined, suffix: string): string {
  const target = resolve(out ?? join(dirname(file), `${basename(file).replace(/(?<=.)\.[^.]*$/, '')}${suffix}.docx`));
  if (!/\.docx$/i.test(target)) {
    throw new UsageError({ zh: `--out 应为 .docx 文件（收到 ${out}）`, en: `--out must name a .docx file (got ${out})` });
  }
  if (target === resolve(file)) {
    throw new InputError({ zh: `${file}：不覆盖原文件；请用 --out 指定另一个文件`, en: `${file}: the draft itself is never written over; name another file with --out` });
  }
  return target;
}
