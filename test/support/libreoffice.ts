import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Whether LibreOffice is installed (scripts/setup-render.sh installs it from Debian's packages). */
export const HAS_LIBREOFFICE = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** Skip the suite where LibreOffice is missing, but never in CI, where its absence is a failure. */
export const LIBREOFFICE_SKIP = !HAS_LIBREOFFICE && !process.env.CI ? 'LibreOffice is not installed (bash scripts/setup-render.sh)' : false;

/** The fonts a Chinese office names, mapped to the free CJK fonts installed here (only pictures care: every CJK font is square). */
function fontConfig(dir: string): string {
  const alias = (family: string, prefer: string): string => `<alias binding="same"><family>${family}</family><prefer><family>${prefer}</family></prefer></alias>`;
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${[
    alias('方正小标宋简体', 'Noto Serif CJK SC'), alias('仿宋_GB2312', 'Noto Serif CJK SC'), alias('宋体', 'Noto Serif CJK SC'),
    alias('黑体', 'Noto Sans CJK SC'), alias('楷体_GB2312', 'AR PL UKai CN'),
  ].join('')}</fontconfig>`);
  return file;
}

/**
 * Converts `file` with LibreOffice to `format` (pdf, fodt, docx:"MS Word 2007 XML") into `outDir`, with a
 * profile and home of its own under `work`; returns the written file's path. Throws when LibreOffice fails.
 */
export function convert(file: string, format: string, outDir: string, work: string): string {
  mkdirSync(outDir, { recursive: true });
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(work, 'libreoffice')).href}`, '--headless', '--convert-to', format, '--outdir', outDir, file], {
    env: { ...process.env, FONTCONFIG_FILE: fontConfig(work), HOME: work },
    stdio: 'pipe',
    timeout: 120_000,
  });
  return join(outDir, `${basename(file).replace(/\.[^.]*$/, '')}.${format.split(':')[0]}`);
}
