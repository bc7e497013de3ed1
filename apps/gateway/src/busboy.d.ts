// The few types the gateway uses from busboy 1.x (it ships none, and @types/busboy is not installed).
declare module 'busboy' {
  import type { IncomingHttpHeaders } from 'node:http';
  import type { Readable, Writable } from 'node:stream';

  interface BusboyConfig {
    headers: IncomingHttpHeaders;
    /** How to read non-ASCII file names; busboy's default is latin1. */
    defParamCharset?: string;
    limits?: { fields?: number; fieldSize?: number; files?: number; fileSize?: number; parts?: number };
  }
  interface FileInfo {
    filename: string;
    encoding: string;
    mimeType: string;
  }
  interface Busboy extends Writable {
    on(
      event: 'field',
      listener: (name: string, value: string, info: { valueTruncated: boolean }) => void,
    ): this;
    on(
      event: 'file',
      listener: (name: string, stream: Readable & { truncated?: boolean }, info: FileInfo) => void,
    ): this;
    on(event: 'close' | 'filesLimit' | 'fieldsLimit' | 'partsLimit', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
  }
  function busboy(config: BusboyConfig): Busboy;
  export default busboy;
}
