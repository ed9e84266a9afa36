import { describe, expect, it } from 'vitest';
import { evidencePath, safeFileName } from './safeName';

describe('safe evidence file names', () => {
  it.each([
    ['Скриншот витрины 🛒.png', 'Skrinshot vitriny _.png'],
    ['../../etc/passwd', 'etc_passwd'],
    ['C:\\Windows\\system32\\evil.dll', 'C_Windows_system32_evil.dll'],
    ['.bashrc', 'bashrc'],
    ['name\u0000with\nbreaks\r.txt', 'name_with_breaks_.txt'],
    ['Ótica São João "final", v2.pdf', 'Otica Sao Joao _final_, v2.pdf'],
    ['..', 'file'],
    ['', 'file'],
  ])('%j -> %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('keeps paths one level under evidence/ and ASCII only', () => {
    const path = evidencePath('a'.repeat(64), `${'Очень длинное имя '.repeat(20)}.jpg`);
    expect(path.split('/')).toHaveLength(2);
    expect(path).toMatch(/^[\x20-\x7e]+$/);
    expect(path.length).toBeLessThanOrEqual('evidence/'.length + 64 + 1 + 80);
  });
});
