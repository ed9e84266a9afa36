import { describe, expect, it } from 'vitest';
import { childPath, flattenJson } from './jsonFlatten';

describe('flattening a JSON record', () => {
  it('joins objects with dots, makes arrays lists, turns scalars into text', () => {
    expect(
      flattenJson({
        username: 'luxe_bags_store',
        followers: 3100,
        is_verified: false,
        external_url: null,
        seller: { contact: { email: 'luxe@mail.example' } },
        contact: { phones: ['+7 495 123-45-67', null, 42], emails: [] },
        posts: [
          { shortcode: 'C1', image: { url: 'https://cdn.example/1.jpg' }, tags: ['a', 'b'] },
          { shortcode: 'C2', image: { url: 'https://cdn.example/2.jpg' }, tags: ['c'] },
        ],
        matrix: [
          [1, 2],
          [3, 4],
        ],
        'first name': 'Anna',
      }),
    ).toEqual({
      username: 'luxe_bags_store',
      followers: '3100',
      is_verified: 'false',
      external_url: '',
      'seller.contact.email': 'luxe@mail.example',
      'contact.phones[]': ['+7 495 123-45-67', '', '42'],
      'posts[].shortcode': ['C1', 'C2'],
      'posts[].image.url': ['https://cdn.example/1.jpg', 'https://cdn.example/2.jpg'],
      'posts[].tags[]': ['a', 'b', 'c'],
      'matrix[][]': ['1', '2', '3', '4'],
      'first name': 'Anna',
    });
  });

  it('writes JSON paths with brackets for keys that are not plain names', () => {
    expect(childPath('$', 'data')).toBe('$.data');
    expect(childPath('$.data', 'first name')).toBe('$.data["first name"]');
  });
});
