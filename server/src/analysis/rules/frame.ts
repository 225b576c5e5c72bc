import type { DocumentModel, FramePart, FramePartName } from '../model/types';

/** The part of an official document with this name, if the document has it. */
export function framePart(model: DocumentModel, name: FramePartName): FramePart | undefined {
  return model.frame.parts.find((part) => part.name === name);
}
