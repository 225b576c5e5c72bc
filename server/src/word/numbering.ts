/**
 * Word's automatic numbering, as the text Word shows: numbering.xml's abstract numbers and their levels
 * (w:start, w:numFmt, w:lvlText, w:lvlRestart, w:isLgl, a level's w:pStyle), the w:num instances with their
 * w:lvlOverride/w:startOverride, a list reached through a numbering style (w:numStyleLink), and numbering
 * attached to a paragraph style (styles.xml, through w:basedOn). Counters run per abstract number, as in
 * Word: every w:num of one abstract number continues the same list unless it overrides a level's start.
 */
import { formatNumber } from './number-format';
import { attribute, scanXml, type XmlTag } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
  /** w:lvlRestart: restart after this (1-based) level; 0 never; undefined after any higher level. */
  restart?: number;
  isLgl: boolean;
  style?: string;
}

interface AbstractNumber {
  readonly levels: Map<number, Level>;
  styleLink?: string;
}

interface LevelOverride {
  start?: number;
  level?: Level;
}

interface NumberInstance {
  abstractId: string;
  readonly overrides: Map<number, LevelOverride>;
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

export interface NumberingProperties {
  readonly numId?: string;
  readonly ilvl?: number;
}

const MAX_LEVELS = 9;
const newLevel = (): Level => ({ start: 0, format: 'decimal', text: '', isLgl: false });
const integer = (tag: XmlTag, fallback: number): number => {
  const value = Number.parseInt(attribute(tag, 'w:val') ?? '', 10);
  return Number.isFinite(value) ? value : fallback;
};
const on = (tag: XmlTag): boolean => !/^(?:0|false|off)$/.test(attribute(tag, 'w:val') ?? 'true');
/** Bullets in Symbol and Wingdings fonts are private-use characters: shown as the bullet they draw. */
const privateUse = (text: string): string => text.replace(/[\uf000-\uf0ff]/g, '•');

/** A level's own properties, from the tags inside its w:lvl. */
function readLevelProperty(level: Level, tag: XmlTag): void {
  switch (tag.name) {
    case 'w:start':
      level.start = integer(tag, 0);
      break;
    case 'w:numFmt':
      level.format = attribute(tag, 'w:val') ?? 'decimal';
      break;
    case 'w:lvlText':
      level.text = attribute(tag, 'w:val') ?? '';
      break;
    case 'w:lvlRestart':
      level.restart = integer(tag, 1);
      break;
    case 'w:isLgl':
      level.isLgl = on(tag);
      break;
    case 'w:pStyle':
      level.style = attribute(tag, 'w:val');
      break;
  }
}

export class Numbering {
  private readonly abstracts = new Map<string, AbstractNumber>();
  private readonly instances = new Map<string, NumberInstance>();
  private readonly styles = new Map<string, StyleNumbering>();
  private defaultStyle: string | undefined;
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(numberingXml: string | undefined, stylesXml: string | undefined) {
    if (numberingXml) {
      this.readNumbering(numberingXml);
    }
    if (stylesXml) {
      this.readStyles(stylesXml);
    }
  }

  private readNumbering(xml: string): void {
    let abstract: AbstractNumber | null = null;
    let instance: NumberInstance | null = null;
    let override: LevelOverride | null = null;
    let level: Level | null = null;
    scanXml(xml, (tag) => {
      const closing = tag.kind === 'close';
      switch (tag.name) {
        case 'w:abstractNum':
          abstract = closing ? null : { levels: new Map() };
          if (abstract) {
            this.abstracts.set(attribute(tag, 'w:abstractNumId') ?? '', abstract);
          }
          return;
        case 'w:num':
          instance = closing ? null : { abstractId: '', overrides: new Map() };
          if (instance) {
            this.instances.set(attribute(tag, 'w:numId') ?? '', instance);
          }
          return;
        case 'w:lvlOverride':
          override = closing || !instance ? null : {};
          if (override && instance) {
            instance.overrides.set(Number(attribute(tag, 'w:ilvl') ?? 0), override);
          }
          return;
        case 'w:lvl':
          level = closing ? null : newLevel();
          if (level && override) {
            override.level = level;
          } else if (level && abstract) {
            abstract.levels.set(Number(attribute(tag, 'w:ilvl') ?? 0), level);
          }
          return;
      }
      if (level) {
        readLevelProperty(level, tag);
      } else if (tag.name === 'w:startOverride' && override) {
        override.start = integer(tag, 0);
      } else if (tag.name === 'w:abstractNumId' && instance) {
        instance.abstractId = attribute(tag, 'w:val') ?? '';
      } else if (tag.name === 'w:numStyleLink' && abstract) {
        abstract.styleLink = attribute(tag, 'w:val');
      }
    });
  }

  private readStyles(xml: string): void {
    let style: StyleNumbering | null = null;
    scanXml(xml, (tag) => {
      if (tag.name === 'w:style') {
        style = tag.kind === 'close' ? null : {};
        if (style) {
          const id = attribute(tag, 'w:styleId') ?? '';
          this.styles.set(id, style);
          if (attribute(tag, 'w:type') === 'paragraph' && /^(?:1|true|on)$/.test(attribute(tag, 'w:default') ?? '')) {
            this.defaultStyle = id;
          }
        }
      } else if (style && tag.name === 'w:basedOn') {
        style.basedOn = attribute(tag, 'w:val');
      } else if (style && tag.name === 'w:numId') {
        style.numId = attribute(tag, 'w:val');
      } else if (style && tag.name === 'w:ilvl') {
        style.ilvl = integer(tag, 0);
      }
    });
  }

  /** A style's numbering, its own or inherited through w:basedOn. */
  private styleNumbering(styleId: string | undefined): StyleNumbering {
    const found: StyleNumbering = {};
    const seen = new Set<string>();
    for (let id = styleId ?? this.defaultStyle; id !== undefined && !seen.has(id); id = this.styles.get(id)?.basedOn) {
      seen.add(id);
      const style = this.styles.get(id);
      found.numId ??= style?.numId;
      found.ilvl ??= style?.ilvl;
    }
    return found;
  }

  /** The abstract number of an instance, following a numbering style's link (w:numStyleLink) once. */
  private abstractOf(instance: NumberInstance): [string, AbstractNumber] | null {
    let id = instance.abstractId;
    let abstract = this.abstracts.get(id);
    if (abstract?.styleLink) {
      const linked = this.instances.get(this.styleNumbering(abstract.styleLink).numId ?? '');
      if (linked && this.abstracts.get(linked.abstractId)) {
        id = linked.abstractId;
        abstract = this.abstracts.get(id);
      }
    }
    return abstract ? [id, abstract] : null;
  }

  /**
   * The number Word shows before a paragraph (一、 （二） 3.), advancing the list's counters; null when the
   * paragraph is not numbered. `direct` is the paragraph's own w:numPr, `styleId` its w:pStyle.
   */
  label(direct: NumberingProperties, styleId: string | undefined): string | null {
    const fromStyle = this.styleNumbering(styleId);
    const numId = direct.numId ?? fromStyle.numId;
    const instance = numId === undefined || numId === '0' ? undefined : this.instances.get(numId);
    const found = instance && this.abstractOf(instance);
    if (!instance || !found || numId === undefined) {
      return null;
    }
    const [abstractId, abstract] = found;
    const levelOf = (ilvl: number): Level | undefined => instance.overrides.get(ilvl)?.level ?? abstract.levels.get(ilvl);
    const styleLevel = styleId === undefined ? undefined : [...abstract.levels.entries()].find(([, level]) => level.style === styleId)?.[0];
    const ilvl = Math.min(MAX_LEVELS - 1, Math.max(0, direct.ilvl ?? fromStyle.ilvl ?? styleLevel ?? 0));
    const level = levelOf(ilvl);
    if (!level) {
      return null;
    }
    let counters = this.counters.get(abstractId);
    if (!counters) {
      counters = new Array<number | undefined>(MAX_LEVELS).fill(undefined);
      this.counters.set(abstractId, counters);
    }
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [overridden, { start }] of instance.overrides) {
        if (start !== undefined) {
          counters[overridden] = start - 1;
        }
      }
    }
    const previous = counters[ilvl];
    counters[ilvl] = previous === undefined ? level.start : previous + 1;
    for (let deeper = ilvl + 1; deeper < MAX_LEVELS; deeper++) {
      const restart = levelOf(deeper)?.restart;
      if (restart === undefined || (restart !== 0 && restart <= ilvl + 1)) {
        counters[deeper] = undefined;
      }
    }
    if (level.format === 'bullet') {
      return privateUse(level.text);
    }
    const shown = counters;
    return level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const other = levelOf(at);
      return formatNumber(shown[at] ?? other?.start ?? 1, level.isLgl ? 'decimal' : other?.format ?? 'decimal');
    });
  }
}
