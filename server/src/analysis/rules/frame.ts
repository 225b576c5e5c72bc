import type { DocumentKind } from '../model/document-kind';
import type { DocumentModel, FramePart, FramePartName } from '../model/types';
import type { Settings } from '../settings';

/** The document's kind: gongwen.documentKind when set, else what its title says. */
export function documentKind(model: DocumentModel, settings: Pick<Settings, 'documentKind'>): DocumentKind | null {
  return settings.documentKind === 'auto' ? model.frame.kind : settings.documentKind;
}

/** The part of an official document with this name, if the document has it. */
export function framePart(model: DocumentModel, name: FramePartName): FramePart | undefined {
  return model.frame.parts.find((part) => part.name === name);
}
