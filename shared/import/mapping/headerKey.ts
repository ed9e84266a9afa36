/**
 * Headers compare by their letters and digits only, without case, accents, punctuation or spaces: `E-Mail`,
 * `e_mail` and `Email ` are one header, and so are `followerCount`, `follower_count` and `Follower count`.
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
