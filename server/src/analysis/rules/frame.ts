import type { DocumentFrame, FramePart, FramePartName } from '../model/types';

/** The part of an official document with this name, if the document has it. */
export function framePart(frame: DocumentFrame, name: FramePartName): FramePart | undefined {
  return frame.parts.find((part) => part.name === name);
}
