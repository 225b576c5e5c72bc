import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

let cached: string | undefined;

/** The file URL of docs/rules as shipped beside the running code (dist/ in a package, out/ in tests). */
export function docsBaseUrl(): string {
  if (cached === undefined) {
    let dir = __dirname;
    while (!existsSync(join(dir, 'docs', 'rules')) && dirname(dir) !== dir) {
      dir = dirname(dir);
    }
    cached = pathToFileURL(join(dir, 'docs', 'rules')).href;
  }
  return cached;
}
