import { describe, expect, test } from '@jest/globals';
import { isAllowedAnswerUrl, isAllowedUrl, isLoopbackHost } from '../../src/util/loopback.js';

describe('transport rules', () => {
  test.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['128.0.0.1', false],
    ['localhost.example.com', false],
    ['registry.npmjs.org', false]
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });

  test.each([
    ['https://registry.npmjs.org/x.tgz', true],
    ['http://127.0.0.1:4873/x.tgz', true],
    ['http://registry.example.com/x.tgz', false]
  ])('a configured URL %s is allowed: %s', (url, allowed) => {
    expect(isAllowedUrl(new URL(url))).toBe(allowed);
  });

  // A URL taken from an answer: plain http on loopback only when the configured base is on loopback itself.
  test.each([
    ['https://cdn.example.com/x.tgz', 'https://registry.npmjs.org', true],
    ['http://localhost:8080/admin', 'https://registry.npmjs.org', false],
    ['http://127.0.0.1:9000/x.tgz', 'https://registry.npmjs.org', false],
    ['http://127.0.0.2:9000/x.tgz', 'http://127.0.0.1:4873', true],
    ['http://cdn.example.com/x.tgz', 'http://127.0.0.1:4873', false],
    ['ftp://127.0.0.1/x.tgz', 'http://127.0.0.1:4873', false]
  ])('an answer URL %s from %s is allowed: %s', (url, base, allowed) => {
    expect(isAllowedAnswerUrl(new URL(url), new URL(base))).toBe(allowed);
  });
});
