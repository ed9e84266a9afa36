/**
 * `tiktok-accounts.jsonl`: TikTok accounts, one JSON object per line as a scraping tool writes them. One line was
 * cut off mid-object when the tool crashed: it must be reported, and the lines around it kept.
 */
import type { DemoFile } from '../demoFile';
import { utf8 } from '../csv';
import { createRandom } from '../random';
import type { Recorder } from '../recorder';
import type { World } from '../world';
import { spellBio } from './bio';
import { recordRows, type PlannedRow, type PlannedUse } from './table';

export const TIKTOK_FILE = 'tiktok-accounts.jsonl';

export function writeTiktok(world: World, recorder: Recorder): DemoFile {
  const random = createRandom(world.seed, 'file', TIKTOK_FILE);
  const lines: string[] = [];
  const rows: PlannedRow[] = [];
  const lineOfRow: number[] = [];
  for (const social of world.socials.filter((s) => s.platform === 'tiktok')) {
    const bio = spellBio(random, social, 'signature', random.chance(0.5) ? '\n' : ' | ');
    const uses: PlannedUse[] = [...bio.mentions];
    if (social.externalUrl !== undefined) {
      uses.push({ identifier: social.externalUrl, field: 'bioLink.link', raw: social.externalUrl.href });
    }
    const object = {
      id: social.platformId,
      uniqueId: social.handle,
      nickname: social.displayName,
      signature: bio.text,
      bioLink: social.externalUrl !== undefined ? { link: social.externalUrl.href, risk: 0 } : null,
      followerCount: social.followers,
      followingCount: social.following,
      videoCount: social.posts,
      heartCount: social.followers * random.int(3, 40),
      createTime: social.createdAt,
      verified: false,
      privateAccount: false,
      region: social.operation !== undefined ? (world.operations[social.operation]?.home ?? '') : '',
    };
    lines.push(JSON.stringify(object));
    lineOfRow.push(lines.length);
    rows.push({
      cells: [],
      subject: { type: 'social', platform: 'tiktok', handle: social.handle },
      uses,
      rejects: [],
    });
  }
  // The crashed write: a copy of one line cut off halfway, somewhere in the middle of the file.
  const victim = lines[random.int(0, Math.max(0, lines.length - 1))] ?? '{"uniqueId":"unknown","nickname":"';
  const at = random.int(Math.min(1, lines.length), lines.length);
  lines.splice(at, 0, victim.slice(0, Math.floor(victim.length / 2)));
  const brokenLine = at + 1;
  recorder.brokenLines.push({ file: TIKTOK_FILE, line: brokenLine });
  recordRows(recorder, TIKTOK_FILE, rows, (index) => {
    const line = lineOfRow[index] ?? 0;
    return { row: line >= brokenLine ? line + 1 : line };
  });
  return {
    name: TIKTOK_FILE,
    bytes: utf8(`${lines.join('\n')}\n`),
    description:
      'TikTok accounts from a scraping tool, one JSON object per line: handle, nickname, bio (signature) with ' +
      'contacts and @mentions, bio link, counts, creation time in Unix seconds. One line is truncated (the tool ' +
      'crashed mid-write) and is not valid JSON.',
    mapping: {
      id: 'ignore',
      uniqueId: 'social.handle',
      nickname: 'social.displayName',
      signature: 'social.bio',
      'bioLink.link': 'social.url',
      'bioLink.risk': 'ignore',
      followerCount: 'social.followers',
      followingCount: 'social.following',
      videoCount: 'social.posts',
      heartCount: 'ignore',
      createTime: 'social.createdAt',
      verified: 'ignore',
      privateAccount: 'ignore',
      region: 'ignore',
    },
    platform: 'tiktok',
  };
}
