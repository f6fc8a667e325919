/**
 * Go's checksum-database formats: GOSUMDB values and their key hash, signed notes (one key or
 * several), the tree a note carries, `/lookup` records, and tile paths — over made-up notes for
 * the edge cases and over the real answers in __fixtures__/real/go (see its README.md).
 */
import { describe, expect, test } from '@jest/globals';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  DEFAULT_GOSUMDB,
  openNote,
  parseGosumdb,
  parseLookup,
  parseTree,
  proveInclusion,
  readNote,
  recordHash,
  recordHashes,
  SumdbError,
  tilePath
} from '../../src/formats/sumdb.js';
import { realSamples } from '../../test-support/real-samples.js';

const REAL = path.join(import.meta.dirname, '../../__fixtures__/real/go');
const real = (file: string) => readFileSync(path.join(REAL, file), 'utf8');

function noteKey(name: string) {
  const pair = generateKeyPairSync('ed25519');
  const raw = Buffer.concat([Buffer.of(1), Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url')]);
  const hash = createHash('sha256').update(`${name}\n`).update(raw).digest().readUInt32BE(0);
  return { ...pair, hash, spec: `${name}+${hash.toString(16).padStart(8, '0')}+${raw.toString('base64')}` };
}

function signatureLine(name: string, key: ReturnType<typeof noteKey>, text: string): string {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(key.hash);
  return `\u2014 ${name} ${Buffer.concat([head, sign(null, Buffer.from(text), key.privateKey)]).toString('base64')}\n`;
}

describe('GOSUMDB values', () => {
  test("Go's own sum.golang.org key: its hash checks out, served at https://sum.golang.org", () => {
    const db = parseGosumdb(DEFAULT_GOSUMDB);
    expect(db).toMatchObject({ name: 'sum.golang.org', keyHash: 0x033de0ae, url: 'https://sum.golang.org' });
    expect(db.publicKey.asymmetricKeyType).toBe('ed25519');
  });

  test('a URL after the key is where the database is asked', () => {
    expect(parseGosumdb(`${DEFAULT_GOSUMDB} https://mirror.example/sumdb/`).url).toBe('https://mirror.example/sumdb');
  });

  test.each([
    ['a wrong key hash', DEFAULT_GOSUMDB.replace('033de0ae', '033de0af'), 'its hash 033de0af does not match the key (the key hashes to 033de0ae)'],
    ['another name for the key', DEFAULT_GOSUMDB.replace('sum.golang.org', 'sum.example.org'), 'does not match the key'],
    ['a key of the wrong length', 'sum.golang.org+033de0ae+AQID', 'not an Ed25519 note key'],
    ['a key that is not base64', 'sum.golang.org+033de0ae+A#B', 'the key is not base64'],
    ['no hash', 'sum.golang.org+Ac4zctda0e5eza', 'is not <name>+<8 hex digits>+<base64 key>'],
    ['three fields', `${DEFAULT_GOSUMDB} https://a.example https://b.example`, 'is not <name>+<hash>+<key> [<url>]']
  ])('refuses %s', (_what, value, message) => {
    expect(() => parseGosumdb(value)).toThrow(message);
  });
});

describe('signed tree notes', () => {
  const name = 'sumdb.test.example';
  const ours = noteKey(name);
  const theirs = noteKey(name);
  const db = parseGosumdb(ours.spec);
  const text = `go.sum database tree\n5\n${Buffer.alloc(32, 7).toString('base64')}\n`;

  test('a note signed by the key opens; extra signatures by unknown keys are ignored', () => {
    expect(openNote(`${text}\n${signatureLine(name, ours, text)}`, db)).toBe(text);
    expect(openNote(`${text}\n${signatureLine('other.example', theirs, text)}${signatureLine(name, ours, text)}`, db)).toBe(text);
    expect(parseTree(text)).toEqual({ size: 5, root: Buffer.alloc(32, 7) });
  });

  test.each([
    [
      'signed only by another key of the same name',
      () => `${text}\n${signatureLine(name, theirs, text)}`,
      /not signed by the configured key sumdb\.test\.example\+[0-9a-f]{8} \(signed only by sumdb\.test\.example\+[0-9a-f]{8}\)/
    ],
    [
      'altered after signing',
      () => `${text.replace('\n5\n', '\n6\n')}\n${signatureLine(name, ours, text)}`,
      /signature by sumdb\.test\.example does not verify with the configured key/
    ],
    ['with no blank line', () => `${text}${signatureLine(name, ours, text)}`.replaceAll('\n\n', '\n'), /no blank line/],
    ['with a signature line without the em dash', () => `${text}\n- ${name} AAAA\n`, /does not start with "— "/],
    ['with a control character', () => `${text.replace('tree', 'tr\u0007ee')}\n${signatureLine(name, ours, text)}`, /control characters/],
    ['without a final newline', () => `${text}\n${signatureLine(name, ours, text).trimEnd()}`, /does not end with a line break/]
  ])('refuses a note %s', (_what, note, message) => {
    expect(() => openNote(note(), db)).toThrow(message);
  });

  test.each([
    ['another first line', 'go.sum database forest\n5\nAAAA\n', 'not a go.sum database tree'],
    ['a size that is not a number', `go.sum database tree\nfive\n${Buffer.alloc(32).toString('base64')}\n`, 'size is not a number'],
    ['a short root hash', `go.sum database tree\n5\n${Buffer.alloc(31).toString('base64')}\n`, 'not 32 bytes']
  ])('refuses a tree with %s', (_what, tree, message) => {
    expect(() => parseTree(tree)).toThrow(message);
  });
});

describe('lookup records', () => {
  test('id, text up to the first blank line, then the note; hashes by line', () => {
    const body = Buffer.from('42\nm v1.0.0 h1:zip=\nm v1.0.0/go.mod h1:mod=\n\ngo.sum database tree\n');
    const record = parseLookup(body, 'lookup');
    expect(record).toEqual({ id: 42, text: 'm v1.0.0 h1:zip=\nm v1.0.0/go.mod h1:mod=\n', note: 'go.sum database tree\n' });
    expect(recordHashes(record.text, 'm', 'v1.0.0')).toEqual({ zip: 'h1:zip=', mod: 'h1:mod=' });
    expect(recordHashes(record.text, 'm', 'v1.0.1')).toEqual({ zip: null, mod: null });
    expect(recordHashes(record.text, 'n', 'v1.0.0')).toEqual({ zip: null, mod: null });
  });

  test.each([['not a number\nx\n\nnote'], ['42\nno blank line\n'], ['42\n\u0000\n\nnote']])('refuses %j', (body) => {
    expect(() => parseLookup(Buffer.from(body), 'lookup')).toThrow(SumdbError);
  });
});

describe('tile paths', () => {
  test.each([
    [0, 0, 256, 'tile/8/0/000'],
    [0, 1, 53, 'tile/8/0/001.p/53'],
    [1, 999, 256, 'tile/8/1/999'],
    [0, 1000, 256, 'tile/8/0/x001/000'],
    [2, 1234067, 7, 'tile/8/2/x001/x234/067.p/7']
  ])('level %i tile %i width %i → %s', (level, index, width, path) => {
    expect(tilePath(level, index, width)).toBe(path);
  });
});

/** Every kind of sample the Go folder holds, and the test file that reads it: a new kind must be given expectations. */
const KINDS: Record<string, string> = {
  'lookup-': 'formats/sumdb.test.ts',
  'note-': 'formats/sumdb.test.ts',
  'tree-': 'formats/sumdb.test.ts',
  'dirhash-': 'formats/dirhash.test.ts',
  'zip_sums-': 'formats/dirhash.test.ts'
};
const samples = realSamples('go');
const ofKind = (prefix: string) => samples.filter((f) => f.startsWith(prefix));

test('every real Go sample is of a kind a test reads, and the README lists it', () => {
  const readme = real('README.md');
  for (const file of samples) {
    expect([file, Object.keys(KINDS).some((k) => file.startsWith(k))]).toEqual([file, true]);
    expect([file, readme.includes(`| ${file} |`)]).toEqual([file, true]);
  }
});

/** What each real `/lookup` answer holds, as sum.golang.org served it. */
const LOOKUPS: Record<string, { module: string; version: string; id: number; zip: string; mod: string; size: number; root: string }> = {
  'lookup-go-libp2p-blankhost@v0.2.0.txt': {
    module: 'github.com/libp2p/go-libp2p-blankhost',
    version: 'v0.2.0',
    id: 1354545,
    zip: 'h1:3EsGAi0CBGcZ33GwRuXEYJLLPoVWyXJ1bcJzAJjINkk=',
    mod: 'h1:eduNKXGTioTuQAUcZ5epXi9vMl+t4d8ugUBRQ4SqaNQ=',
    size: 3784599,
    root: '7uvxIZ67TZygcq/AehTD8iHYt81Ih+Zl2Y7vXZbfszQ='
  }
};

describe('real sum.golang.org lookup answers', () => {
  const golang = parseGosumdb(DEFAULT_GOSUMDB);

  test('each sample has expectations', () => {
    expect(ofKind('lookup-').sort()).toEqual(Object.keys(LOOKUPS).sort());
  });

  test.each(ofKind('lookup-'))('%s: record, hashes, and a tree signed by the real sum.golang.org key', (file) => {
    const want = LOOKUPS[file]!;
    const record = parseLookup(Buffer.from(real(file)), file);
    expect(record.id).toBe(want.id);
    expect(record.text).toBe(`${want.module} ${want.version} ${want.zip}\n${want.module} ${want.version}/go.mod ${want.mod}\n`);
    expect(recordHashes(record.text, want.module, want.version)).toEqual({ zip: want.zip, mod: want.mod });
    expect(readNote(record.note).signatures.map((s) => [s.name, s.keyHash.toString(16)])).toEqual([['sum.golang.org', '33de0ae']]);
    const tree = parseTree(openNote(record.note, golang));
    expect({ size: tree.size, root: tree.root.toString('base64') }).toEqual({ size: want.size, root: want.root });
    expect(want.id).toBeLessThan(tree.size);
  });

  test.each(ofKind('lookup-'))('%s: any altered byte of the tree breaks the signature', (file) => {
    const { note } = parseLookup(Buffer.from(real(file)), file);
    const size = String(LOOKUPS[file]!.size);
    const altered = note.replace(`\n${size}\n`, `\n${Number(size) + 1}\n`);
    expect(() => openNote(altered, golang)).toThrow("the tree note's signature by sum.golang.org does not verify with the configured key");
    // A key of the same name but another hash is not sum.golang.org's: the note is not signed by it.
    const other = parseGosumdb('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW');
    expect(() => openNote(note, other)).toThrow(
      'the tree note is not signed by the configured key PeterNeumann+c74f20a3 (signed only by sum.golang.org+033de0ae)'
    );
  });

  // The samples carry no tiles (sum.golang.org's tiles for these trees were never published with them),
  // so inclusion cannot be proven from real data; what the data allows is that made-up tiles fail.
  test.each(ofKind('lookup-'))('%s: inclusion cannot be "proven" from tiles that are not the database\'s', async (file) => {
    const record = parseLookup(Buffer.from(real(file)), file);
    const tree = parseTree(openNote(record.note, parseGosumdb(DEFAULT_GOSUMDB)));
    const zeros = { tile: async (_level: number, _index: number, width: number) => Buffer.alloc(width * 32) };
    await expect(proveInclusion(zeros, tree, record.id, record.text)).rejects.toThrow(
      `record ${record.id}'s inclusion in the signed tree of ${tree.size} records cannot be proven: the tiles and the record do not hash to the signed root`
    );
    expect(recordHash(record.text).toString('hex')).toMatch(/^[0-9a-f]{64}$/);
  });
});

/** Notes of golang.org/x/mod/sumdb/note's tests, with the verifier keys the tests give. */
const NOTES: Record<string, { text: string; keys: Array<{ vkey: string; name: string; hash: string }> }> = {
  'note-PeterNeumann-EnochRoot.txt': {
    text: "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n",
    keys: [
      { vkey: 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', name: 'PeterNeumann', hash: 'c74f20a3' },
      { vkey: 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop', name: 'EnochRoot', hash: 'af0cfe78' }
    ]
  }
};

describe('real notes signed by several keys', () => {
  test('each sample has expectations', () => {
    expect(ofKind('note-').sort()).toEqual(Object.keys(NOTES).sort());
  });

  test.each(ofKind('note-'))('%s: every signer verifies on its own; the others are ignored', (file) => {
    const want = NOTES[file]!;
    const note = real(file);
    expect(readNote(note).signatures.map((s) => [s.name, s.keyHash.toString(16).padStart(8, '0')])).toEqual(want.keys.map((k) => [k.name, k.hash]));
    for (const key of want.keys) expect(openNote(note, parseGosumdb(key.vkey))).toBe(want.text);
    const signers = want.keys.map((k) => `${k.name}+${k.hash}`).join(', ');
    expect(() => openNote(note, parseGosumdb(DEFAULT_GOSUMDB))).toThrow(
      `the tree note is not signed by the configured key sum.golang.org+033de0ae (signed only by ${signers}); check gosumdb`
    );
  });

  // golang.org/x/mod's TestOpen: the encodings note.Open calls malformed, built from the same note.
  test.each(ofKind('note-'))('%s: the malformed variants of x/mod TestOpen are refused', (file) => {
    const note = real(file);
    const { text } = readNote(note);
    const first = note.slice(text.length + 1).split('\n')[0]! + '\n';
    const key = parseGosumdb(NOTES[file]!.keys[0]!.vkey);
    for (const bad of [text, `${text}\n`, `${text}\n${first.slice(0, -1)}`, `\u0001${text}\n${first}`, `${text}\n${first}Unexpected line.\n`]) {
      expect(() => openNote(bad, key)).toThrow(SumdbError);
    }
    expect(() => openNote(`${text}\n${first.repeat(101)}`, key)).toThrow('it has 101 signatures, more than the 100 Go accepts');
    // A signature by the key that fails is an error, not a signature to skip (x/mod: "invalid signature for key").
    const broken = `${text}\n${first.slice(0, 60)}ABCD${first.slice(60)}`;
    expect(() => openNote(broken, key)).toThrow('does not verify with the configured key');
  });
});

describe('the tree text of x/mod/sumdb/tlog TestParseTree', () => {
  test.each(ofKind('tree-'))('%s: size and root, junk after the tree ignored as Go ignores it', (file) => {
    const tree = real(file);
    const want = { size: 123456789012, root: recordHash('hello world') };
    expect(parseTree(tree)).toEqual(want);
    for (const junk of ['JOE', 'JOE\n', 'JOE\n'.repeat(1000)]) expect(parseTree(tree + junk)).toEqual(want);
    expect(() => parseTree(`not-${tree}`)).toThrow('the signed note is not a go.sum database tree');
    expect(() => parseTree(tree.replace('123456789012', '0xabcdef'))).toThrow('the signed tree size is not a number');
    expect(() => parseTree(tree.replace('BTOOBIG', '').replace('uwBb0=', 'uwBTOOBIG='))).toThrow('the signed tree hash is not 32 bytes of base64');
  });
});
