import { createAnalyzer, type Analyzer, type Locale } from '../analysis';
import { docsBaseUrl } from '../docs-location';
import { readSettingsFile, workspaceSettingsFile } from './settings-files';

/**
 * The analyzer for each file, with the settings the editor would use for it: the nearest
 * .vscode/settings.json above the file, then the --config file over it. Settings problems (a bad value,
 * an unknown key or rule id) are reported once per settings file, naming it.
 */
export class AnalyzerForFile {
  private readonly config: Record<string, unknown>;
  private readonly byWorkspaceFile = new Map<string, Analyzer>();

  constructor(private readonly locale: Locale, private readonly configFile: string | undefined, private readonly warn: (message: string) => void) {
    this.config = configFile ? readSettingsFile(configFile, true) : {};
  }

  get(file: string): Analyzer {
    const workspaceFile = workspaceSettingsFile(file) ?? '';
    let analyzer = this.byWorkspaceFile.get(workspaceFile);
    if (!analyzer) {
      const workspace = workspaceFile ? readSettingsFile(workspaceFile, false) : {};
      analyzer = createAnalyzer({ settings: { ...workspace, ...this.config }, locale: this.locale, docsBase: docsBaseUrl() });
      const from = [workspaceFile, this.configFile].filter((name) => name).join(' + ');
      for (const problem of analyzer.settingsProblems) {
        this.warn(`gongwen: ${from}: ${problem}`);
      }
      this.byWorkspaceFile.set(workspaceFile, analyzer);
    }
    return analyzer;
  }
}
