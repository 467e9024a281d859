// A part's XML fed to saxes chunk by chunk as it inflates, never held whole.
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { Package, PackageFailure } from "../package";

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  /** Text and CDATA inside elements. */
  text?(text: string): void;
}

/** Stops a streamed part from a handler (a budget exceeded): the failure it carries is returned. */
export class StopReading extends Error {
  constructor(readonly failure: PackageFailure) {
    super(`stopped reading: ${failure.kind}`);
  }
}

/** XML that is not well formed: saxes reports it through its error handler, turned into this. */
class MalformedXml extends Error {}

/** Element names without their prefix: a few writers write `<x:c>` with a bound prefix. */
const localName = (qname: string): string => {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
};

/**
 * Streams `part` through saxes. Returns null when read to its end, else why not: the package's
 * failure (corrupt, tooLarge), "corrupt" for XML that is not well formed, or a handler's StopReading.
 */
export function streamXml(pkg: Package, part: string, handlers: XmlHandlers, limit?: number): PackageFailure | null {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on("opentag", (tag: SaxesTagPlain) => handlers.open(localName(tag.name), tag.attributes));
  const { close, text } = handlers;
  if (close) parser.on("closetag", (tag: SaxesTagPlain) => close(localName(tag.name)));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  parser.on("error", (e: Error) => {
    throw new MalformedXml(e.message);
  });
  // Anything else thrown in a handler is a programming mistake and goes on up.
  const why = (e: unknown): PackageFailure => {
    if (e instanceof StopReading) return e.failure;
    if (e instanceof MalformedXml) return { kind: "corrupt", part };
    throw e;
  };
  const decoder = new TextDecoder("utf-8");
  let stop: PackageFailure | null = null;
  const failure = pkg.stream(
    part,
    (chunk) => {
      try {
        parser.write(decoder.decode(chunk, { stream: true }));
        return true;
      } catch (e) {
        stop = why(e);
        return false;
      }
    },
    limit,
  );
  if (failure) return failure;
  if (stop) return stop;
  try {
    parser.write(decoder.decode()).close();
  } catch (e) {
    return why(e);
  }
  return null;
}
