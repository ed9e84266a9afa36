/**
 * `instagram-profiles.json`: profiles as a scraper of Instagram's web API returns them — nested under
 * `data.profiles`, counts under `edge_*`, contact details under `contact`, the business address as a JSON string
 * inside the JSON. Bios in German, Portuguese, Russian and English with emoji. One profile was scraped twice.
 */
import type { DemoFile } from '../demoFile';
import { utf8 } from '../csv';
import { addressJson } from '../identifiers/address';
import { spellEmail } from '../identifiers/email';
import { spellPhone } from '../identifiers/phone';
import { createRandom, type Random } from '../random';
import type { Recorder } from '../recorder';
import type { Social, World } from '../world';
import { spellBio } from './bio';
import { recordRows, type PlannedRow, type PlannedUse } from './table';

export const INSTAGRAM_FILE = 'instagram-profiles.json';

type Profile = Readonly<Record<string, unknown>>;

function profileOf(random: Random, social: Social): { profile: Profile; uses: PlannedUse[] } {
  const bio = spellBio(random, social, 'biography', '\n');
  const uses: PlannedUse[] = [...bio.mentions];
  let publicEmail: string | null = random.chance(0.5) ? '' : null;
  if (social.contactEmail !== undefined) {
    publicEmail = spellEmail(random, social.contactEmail, 0.2);
    uses.push({ identifier: social.contactEmail, field: 'contact.public_email', raw: publicEmail });
  }
  let publicPhone: string | null = random.chance(0.3) ? ' ' : null;
  if (social.contactPhone !== undefined) {
    publicPhone = spellPhone(random, social.contactPhone, undefined);
    uses.push({ identifier: social.contactPhone, field: 'contact.public_phone_number', raw: publicPhone });
  }
  if (social.externalUrl !== undefined) {
    uses.push({ identifier: social.externalUrl, field: 'external_url', raw: social.externalUrl.href });
  }
  return {
    uses,
    profile: {
      id: social.platformId,
      username: social.handle,
      full_name: social.displayName,
      biography: bio.text,
      external_url: social.externalUrl?.href ?? null,
      edge_followed_by: { count: social.followers },
      edge_follow: { count: social.following },
      edge_owner_to_timeline_media: { count: social.posts },
      is_business_account: social.operation !== undefined || social.storefront !== undefined,
      category_name: social.category,
      contact: {
        public_email: publicEmail,
        public_phone_number: publicPhone,
        public_phone_country_code: social.contactPhone?.callingCode ?? '',
      },
      business_address_json:
        social.address !== undefined ? JSON.stringify(addressJson(social.address)) : null,
      created_at: new Date(social.createdAt * 1000).toISOString(),
    },
  };
}

export function writeInstagram(world: World, recorder: Recorder): DemoFile {
  const random = createRandom(world.seed, 'file', INSTAGRAM_FILE);
  const made = world.socials
    .filter((social) => social.platform === 'instagram')
    .map((social) => ({ social, ...profileOf(random, social) }));
  const profiles: Profile[] = made.map((entry) => entry.profile);
  const rows: PlannedRow[] = made.map((entry) => ({
    cells: [],
    subject: { type: 'social', platform: 'instagram', handle: entry.social.handle },
    uses: entry.uses,
    rejects: [],
  }));
  // The scraper visited one profile twice: the same object again at the end.
  const twice = made.length > 0 ? random.int(0, made.length - 1) : -1;
  const again = made[twice];
  if (again !== undefined) {
    profiles.push(again.profile);
    rows.push({
      cells: [],
      subject: { type: 'social', platform: 'instagram', handle: again.social.handle },
      uses: again.uses,
      rejects: [],
    });
    recorder.duplicates.push({
      file: INSTAGRAM_FILE,
      locators: [{ path: `$.data.profiles[${twice}]` }, { path: `$.data.profiles[${profiles.length - 1}]` }],
      subject: { type: 'social', platform: 'instagram', handle: again.social.handle },
    });
  }
  recordRows(recorder, INSTAGRAM_FILE, rows, (index) => ({ path: `$.data.profiles[${index}]` }));
  const document = {
    status: 'ok',
    data: { count: profiles.length, profiles },
    captured_at: '2026-03-09T18:42:11Z',
  };
  return {
    name: INSTAGRAM_FILE,
    bytes: utf8(`${JSON.stringify(document, null, 2)}\n`),
    description:
      'Instagram profiles from a scraper (JSON, records under data.profiles): bios with e-mails, WhatsApp numbers, ' +
      'shop links and @mentions in free text; public contact e-mail and phone; the business address as an embedded ' +
      'JSON string. German, Portuguese, Russian and English text with emoji. One profile appears twice.',
    mapping: {
      id: 'ignore',
      username: 'social.handle',
      full_name: 'social.displayName',
      biography: 'social.bio',
      // A link in the profile is a URL identifier, so it joins the storefront it points to.
      external_url: 'social.url',
      'edge_followed_by.count': 'social.followers',
      'edge_follow.count': 'social.following',
      'edge_owner_to_timeline_media.count': 'social.posts',
      is_business_account: 'ignore',
      category_name: 'ignore',
      'contact.public_email': 'social.email',
      'contact.public_phone_number': 'social.phone',
      'contact.public_phone_country_code': 'ignore',
      // An address encoded as JSON inside a string: a mapper would have to parse it first.
      business_address_json: 'ignore',
      created_at: 'social.createdAt',
    },
    platform: 'instagram',
    recordPath: 'data.profiles',
  };
}
