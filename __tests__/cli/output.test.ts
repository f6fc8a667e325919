/** The CLI's output boundary: what a command prints comes out redacted and neutralised, once. */
import { describe, expect, it } from '@jest/globals';
import { cliOutput } from '../../src/cli/output.js';

const SECRET = 'ghp_cli_boundary_0123456789';

function captured(secrets: string[] = [SECRET]) {
  const written = { out: [] as string[], err: [] as string[] };
  const output = cliOutput({ out: (t) => written.out.push(t), err: (t) => written.err.push(t) }, secrets);
  return { written, output };
}

describe('cliOutput', () => {
  it('keeps a text multi-line while each line is neutralised and the token redacted', () => {
    const { written, output } = captured();
    output.out(`release-gates preflight: fail\n  tag ${SECRET}\n::set-output name=result::pass\n`);
    expect(written.out).toEqual(['release-gates preflight: fail\n  tag ***\n:\\:set-output name=result:\\:pass\n']);
  });

  it('prints a line as one line, its own line breaks escaped', () => {
    const { written, output } = captured();
    output.errLine(`error: refused ${SECRET}\n::add-mask::x`);
    output.outLine('pushed v1.2.3 ##[error]x');
    expect(written.err).toEqual(['error: refused ***\\n:\\:add-mask:\\:x\n']);
    expect(written.out).toEqual(['pushed v1.2.3 #\\#[error]x\n']);
  });

  it('redacts a JSON document without neutralising it, also a token JSON wrote escaped', () => {
    const quoted = 'npm_with"quote\\0123';
    const { written, output } = captured([SECRET, quoted]);
    const document = `${JSON.stringify({ summary: `${SECRET} ${quoted} ::set-output name=a::b` }, null, 2)}\n`;
    output.json(document);
    expect(written.out).toEqual(['{\n  "summary": "*** *** ::set-output name=a::b"\n}\n']);
    expect(JSON.parse(written.out[0]!)).toEqual({ summary: '*** *** ::set-output name=a::b' });
  });
});
