// Issue 17, files that are not data: one decoder for page and CLI (BOM, UTF-16 with and without BOM,
// invalid UTF-8 refused at its byte), and empty, blank or scalar files refused with a message.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importFile } from "../../scripts/lib/nodeImport";
import { createStreamDecoder, decodeBytes, firstInvalidUtf8 } from "../../src/io/decode";
import { importText } from "../../src/io/importText";
import { readStream } from "../../src/io/load";

const utf16 = (text: string, bigEndian: boolean, bom: boolean): Uint8Array => {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? "\uFEFF" : "") + text;
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
};
const CSV = "investor,startup,amount\nAlibaba,Moonshot AI,800M\nTencent,Zhipu 智谱,5M\n";

describe("one decoder", () => {
  it.each([
    ["UTF-16 LE with BOM", utf16(CSV, false, true), "utf-16le"],
    ["UTF-16 BE with BOM", utf16(CSV, true, true), "utf-16be"],
    ["UTF-16 LE without BOM", utf16(CSV, false, false), "utf-16le"],
    ["UTF-16 BE without BOM", utf16(CSV, true, false), "utf-16be"],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CSV)]), "utf-8"],
    ["UTF-8", new TextEncoder().encode(CSV), "utf-8"],
  ])("%s is read as the text it holds", (_name, bytes, encoding) => {
    const decoded = decodeBytes(bytes);
    if ("issue" in decoded) throw new Error(decoded.issue.message);
    expect(decoded.text).toBe(CSV);
    expect(decoded.encoding).toBe(encoding);
    if (encoding !== "utf-8") expect(decoded.notes[0]?.message).toContain("UTF-16");
  });

  it("invalid UTF-8 is refused with its byte offset, not replaced", () => {
    const bytes = new TextEncoder().encode("investor,startup\nA,B\n");
    const broken = new Uint8Array([...bytes.slice(0, 19), 0xff, ...bytes.slice(19)]);
    const decoded = decodeBytes(broken);
    expect("issue" in decoded && decoded.issue.path).toBe("byte 19");
  });

  it("the offset is exact whatever the chunking (generated)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "grapheme", maxLength: 60 }),
        fc.nat(),
        fc.integer({ min: 1, max: 7 }),
        async (text, where, chunk) => {
          const good = new TextEncoder().encode(text);
          const at = good.length === 0 ? 0 : where % good.length;
          // Cut at a character boundary so the inserted byte is the first bad one.
          let cut = at;
          while (cut > 0 && ((good[cut] ?? 0) & 0xc0) === 0x80) cut--;
          const bytes = new Uint8Array([...good.slice(0, cut), 0xc0, ...good.slice(cut)]);
          const stream = new ReadableStream<Uint8Array>({
            start(controller) {
              for (let i = 0; i < bytes.length; i += chunk) controller.enqueue(bytes.slice(i, i + chunk));
              controller.close();
            },
          });
          const read = await readStream(stream, 1e6, null);
          return "issue" in read && read.issue.path === `byte ${cut}` && firstInvalidUtf8(bytes) === cut;
        },
      ),
      { numRuns: 300 },
    );
  });

  it("valid text of any characters decodes to itself in any chunking (generated)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.integer({ min: 1, max: 9 }), (text, chunk) => {
        const bytes = new TextEncoder().encode(text);
        const decoder = createStreamDecoder();
        for (let i = 0; i < bytes.length; i += chunk) if (decoder.push(bytes.slice(i, i + chunk))) return false;
        const out = decoder.end();
        return "text" in out && out.text === text.replace(/^\uFEFF/, "");
      }),
      { numRuns: 500 },
    );
  });
});

describe("files that are not data", () => {
  it.each([
    ["empty", ""],
    ["whitespace only", "  \n\t\r\n  "],
    ["JSON null", "null"],
    ["a JSON string", '"investor,startup"'],
    ["a JSON number", "42"],
    ["JSON true", "true"],
    ["one column of text", "hello\nworld\n"],
  ])("%s is refused with a message, never a column question", (_name, text) => {
    const result = importText(text, "x.csv");
    expect(result.dataset).toBeNull();
    expect(result.issues[0]?.severity).toBe("error");
    expect(result.issues[0]?.message).toMatch(/empty|not a dataset|one column/);
  });

  it("the command-line tools accept a UTF-8 BOM and read UTF-16 like the page", () => {
    const dir = mkdtempSync(join(tmpdir(), "decode-"));
    const json = JSON.stringify({
      format: "investment-graph",
      version: 1,
      meta: {},
      nodes: [
        { id: "a", label: "A", kind: "investor" },
        { id: "b", label: "B", kind: "startup" },
      ],
      deals: [{ id: "d", investor: "a", target: "b", form: "cash" }],
    });
    writeFileSync(join(dir, "bom.json"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]));
    writeFileSync(join(dir, "utf16.csv"), utf16(CSV, false, true));
    writeFileSync(join(dir, "binary.csv"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const bom = importFile(join(dir, "bom.json"));
    expect("error" in bom ? bom.error : bom.dataset?.deals.length).toBe(1);
    const wide = importFile(join(dir, "utf16.csv"));
    expect("error" in wide ? wide.error : wide.dataset?.nodes.map((node) => node.id)).toEqual([
      "Alibaba",
      "Moonshot AI",
      "Tencent",
      "Zhipu 智谱",
    ]);
    const binary = importFile(join(dir, "binary.csv"));
    expect("error" in binary ? binary.error : "loaded").toContain("byte 0");
  });
});
