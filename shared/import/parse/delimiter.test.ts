import { describe, expect, it } from 'vitest';
import { countCells, sniffDelimiter } from './delimiter';

describe('delimiter sniffing', () => {
  it.each([
    ['semicolons with decimal commas', 'id;name;price\nA1;Shop;71,90\nB2;Laden;5,00\n', ';', 3],
    ['commas', 'id,name,price\nA1,Shop,71.90\nB2,"Laden; Berlin",5.00\n', ',', 3],
    ['tabs', 'id\tname\nA1\tShop, GmbH\n', '\t', 2],
    ['pipes', 'id|name|email\nA1|Shop|a@x.com\n', '|', 3],
    [
      'commas, with a quoted cell full of semicolons over two lines',
      'id,note\nA1,"a;b;c;d\ne;f;g"\nB2,plain\nC3,"x"\n',
      ',',
      2,
    ],
  ])('finds %s', (_, text, delimiter, columns) => {
    expect(sniffDelimiter(text, true)).toMatchObject({ delimiter, columns, consistency: 1 });
  });

  it('returns nothing for a single column', () => {
    expect(sniffDelimiter('email\na@x.com\nb@y.com\n', true)).toBeUndefined();
  });

  it('ignores a last line cut off by the end of the sample', () => {
    expect(countCells('a;b;c\n1;2;3\n4;5', ';', false)).toEqual([3, 3]);
    expect(countCells('a;b;c\n1;2;3\n4;5', ';', true)).toEqual([3, 3, 2]);
  });

  it('skips blank lines and follows doubled quotes', () => {
    expect(countCells('a,b\n\n"say ""hi"", ok",2\n', ',', true)).toEqual([2, 2]);
  });

  it('prefers the more consistent delimiter over the one with more columns', () => {
    // Commas give 2 or 3 cells depending on the price; semicolons always 3.
    expect(sniffDelimiter('name;price;qty\nShoe;71,90;1\nBag;120;2\nBelt;9,5;1\n', true)?.delimiter).toBe(
      ';',
    );
  });
});
