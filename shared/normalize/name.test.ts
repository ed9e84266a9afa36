import { describe, expect, it } from 'vitest';
import { normalizeName } from './name';

describe('normalizeName', () => {
  it.each([
    ['Best Replicas Store', 'best replicas store'],
    ['  BEST   REPLICAS   STORE  ', 'best replicas store'],
    ['🔥Best Replicas Store🔥', 'best replicas store'],
    ['Uhren-Outlet GmbH', 'uhren outlet'],
    ['Uhren Outlet UG (haftungsbeschränkt)', 'uhren outlet'],
    ['ACME GmbH & Co. KG', 'acme'],
    ['Müller Handels GmbH', 'muller handels'],
    ['Schuh-Müller e.K.', 'schuh muller'],
    ['Best Trading AG', 'best trading'],
    ['Shenzhen Best Trading Co., Ltd.', 'shenzhen best trading'],
    ['SHENZHEN BEST TRADING CO.,LTD', 'shenzhen best trading'],
    ['Best Trading Limited', 'best trading'],
    ['Replica Kings LLC', 'replica kings'],
    ['Nike Outlet Inc.', 'nike outlet'],
    ['Zapatos Baratos S.A. de C.V.', 'zapatos baratos'],
    ['Zapatos Baratos SA de CV', 'zapatos baratos'],
    ['Moda Rápida S.L.', 'moda rapida'],
    ['Moda Rápida, S. L.', 'moda rapida'],
    ['Loja Barata Comércio de Roupas Ltda - ME', 'loja barata comercio de roupas'],
    ['LOJA BARATA COMERCIO DE ROUPAS LTDA ME', 'loja barata comercio de roupas'],
    ['Tênis Top Eireli', 'tenis top'],
    ['Calçados Brasil S/A', 'calcados brasil'],
    ['Maroquinerie de Luxe SARL', 'maroquinerie de luxe'],
    ['Pelletteria Fiorentina S.r.l.', 'pelletteria fiorentina'],
    ['Hurtownia ABC Sp. z o.o.', 'hurtownia abc'],
    ['ООО «Ромашка»', 'ромашка'],
    ['ИП Иванов Иван Иванович', 'иванов иван иванович'],
    ['深圳市某某科技有限公司', '深圳市某某科技'],
    ['株式会社ベストトレーディング', 'ベストトレーディング'],
    ['राम कुमार', 'राम कुमार'],
    ['ＢＥＳＴ　ＳＨＯＰ', 'best shop'],
    ['João Sá', 'joao sa'],
    ['Love Me', 'love me'],
    ['Maria de Sá Comércio', 'maria de sa comercio'],
    ['J. R. R. Tolkien', 'jrr tolkien'],
    ['J.R.R. Tolkien', 'jrr tolkien'],
    ["L'Oréal Paris", 'loreal paris'],
    ['GmbH', 'gmbh'],
    ['Co', 'co'],
  ])('%j -> %j', (raw, expected) => {
    expect(normalizeName(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u200b', 'empty'],
    ['🔥🔥🔥', 'not a name: no letters or digits'],
    ['—', 'not a name: no letters or digits'],
  ])('%j is rejected: %s', (raw, reason) => {
    expect(normalizeName(raw)).toEqual({ ok: false, reason });
  });

  it('does not fold look-alikes: N1KE is not Nike', () => {
    expect(normalizeName('N1KE')).toEqual({ ok: true, value: 'n1ke' });
  });
});
