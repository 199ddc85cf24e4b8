import type { ParsedReturn } from '../../files/returnedForm/parsedReturn';

/** A file handed to the import worker: its name and bytes (transferred, not copied). */
export interface ParseRequest {
  id: number;
  name: string;
  bytes: ArrayBuffer;
}

export interface ParseReply {
  id: number;
  parsed: ParsedReturn;
}
