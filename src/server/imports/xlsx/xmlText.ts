import { StringDecoder } from 'node:string_decoder';
import { READ_LIMITS } from '../readLimits';
import { xmlTokenizer, type XmlHandler } from './xmlTokenizer';
import { openZipEntry, type ZipEntry } from './zipEntries';

// A raw text may spell each character as an entity ("&#x1EA0;"): room for a full cell of them.
export const XML_LIMITS = { textChars: 10 * READ_LIMITS.cellChars, tagChars: 10 * READ_LIMITS.cellChars };

/**
 * The text of an XML entry, decoded as it streams: a character cut between two chunks stays whole
 * (each chunk decoded alone would turn it into U+FFFD). UTF-8 unless a byte-order mark says UTF-16.
 */
export async function* xmlText(path: string, entry: ZipEntry): AsyncGenerator<string> {
  const stream = await openZipEntry(path, entry);
  let decoder: StringDecoder | undefined;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!decoder) {
        const isUtf16 = chunk[0] === 0xff && chunk[1] === 0xfe;
        decoder = new StringDecoder(isUtf16 ? 'utf16le' : 'utf8');
        const bom = isUtf16 ? 2 : chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
        yield decoder.write(chunk.subarray(bom));
      } else yield decoder.write(chunk);
    }
    if (decoder) yield decoder.end();
  } finally {
    stream.destroy();
  }
}

/** Feeds a whole XML entry to a handler. */
export async function readXml(path: string, entry: ZipEntry, handler: XmlHandler): Promise<void> {
  const tokens = xmlTokenizer(handler, XML_LIMITS);
  for await (const text of xmlText(path, entry)) tokens.push(text);
  tokens.end();
}
