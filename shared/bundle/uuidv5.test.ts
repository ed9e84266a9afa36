import { describe, expect, it } from 'vitest';
import { uuidv5 } from './uuidv5';

describe('uuidv5', () => {
  it("matches the RFC 9562 example and Python's uuid.uuid5 on a Cyrillic name", () => {
    // RFC 9562 appendix A.4: DNS namespace, "www.example.com"
    expect(uuidv5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    // python3 -c "import uuid; print(uuid.uuid5(uuid.UUID('00abedb4-…'), 'email:мария@почта.рф'))"
    expect(uuidv5('00abedb4-aa42-466c-9c01-fed23315a9b7', 'email:мария@почта.рф')).toBe(
      '1a81b4bd-7364-5457-89e4-a51028552e5b',
    );
  });

  it('gives different ids for Cyrillic names that differ in one letter', () => {
    const ns = '00abedb4-aa42-466c-9c01-fed23315a9b7';
    expect(uuidv5(ns, 'person:Мария')).not.toBe(uuidv5(ns, 'person:Марья'));
  });
});
