import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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
