import { documentKind, type DocumentKind } from '../model/document-kind';
import type { DocumentFrame, DocumentModel, FramePart, FramePartName } from '../model/types';
import type { Finding } from '../vocabulary';

/** The part of an official document with this name, if the document has it. */
export function framePart(frame: DocumentFrame, name: FramePartName): FramePart | undefined {
  return frame.parts.find((part) => part.name === name);
}

/**
 * The findings of `check` on each document of the text (a page of samples holds several), given the document's kind:
 * the one gongwen.documentKind forces, else what its title says.
 */
export function eachDocument(model: DocumentModel, forced: DocumentKind | 'auto', check: (frame: DocumentFrame, kind: DocumentKind | null) => Finding[]): Finding[] {
  return model.frames.flatMap((frame) => check(frame, documentKind(frame, forced)));
}
