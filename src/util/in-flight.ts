/**
 * One call shared by everyone who asks for the same thing while it runs: the second caller
 * gets the first one's promise instead of a request of its own. Nothing is remembered once the
 * call settles, so a later look asks again (unlike a memo). Checks that wait on one registry
 * look in the same rounds (PollRounds), so two checks waiting for one document in a round
 * (publication's npm and npm-provenance both wait for the version) make one request, not two.
 */
export class InFlight {
  private readonly calls = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const running = this.calls.get(key);
    if (running) return running as Promise<T>;
    const call = work().finally(() => this.calls.delete(key));
    this.calls.set(key, call);
    return call;
  }
}
