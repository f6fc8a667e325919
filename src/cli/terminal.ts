/**
 * Where the CLI writes. A reader that goes away (`release-gates status 1.2.3 | head -1`)
 * closes the pipe: further output is dropped instead of crashing with EPIPE, and the
 * command still finishes and exits with its own code (a `tag --push` half-way must not
 * stop because nobody reads its progress any more).
 */
export interface Terminal {
  out(text: string): void;
  err(text: string): void;
}

function guarded(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      closed = true;
      return;
    }
    throw error;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

export function processTerminal(): Terminal {
  return { out: guarded(process.stdout), err: guarded(process.stderr) };
}
