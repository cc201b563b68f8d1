/** Runs an XmlHandler over a whole small part held as text. */
import { type XmlHandler, XmlScanner } from './xml-scanner.js';

export function parsePart(text: string, handler: Partial<XmlHandler>): void {
  const scanner = new XmlScanner({
    open: handler.open ?? (() => {}),
    close: handler.close ?? (() => {}),
    wantsText: handler.wantsText ?? (() => false),
    text: handler.text ?? (() => {}),
  });
  scanner.write(text);
  scanner.end();
}
