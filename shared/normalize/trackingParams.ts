/**
 * Query parameters that say how someone reached a page, not which page it is. They are dropped from URL keys so
 * the same listing shared from an app, an ad and a search result is one node. Parameters that select what is shown
 * (`goods_id`, `var`, `wid`, a search `q`) are kept: dropping one of those would merge different things.
 *
 * Per-site lists are keyed by the registrable domain's label (`amazon` covers amazon.de, amazon.com.br…).
 * Names are compared in lower case.
 */
const words = (list: string): readonly string[] => list.split(/\s+/).filter((word) => word !== '');

type Rules = Readonly<{ names: ReadonlySet<string>; prefixes: readonly string[] }>;

const rules = (names: string, prefixes = ''): Rules => ({
  names: new Set(words(names)),
  prefixes: words(prefixes),
});

/** Click ids, campaign tags and share markers used across the web. */
const EVERYWHERE = rules(
  `fbclid gclid gclsrc dclid gbraid wbraid msclkid yclid ysclid twclid ttclid li_fat_id igshid igsh ref ref_
   ref_src _encoding psc th spm spm_id_from mc_cid mc_eid si _hsenc _hsmi mkt_tok srsltid epik`,
  'utm_ pd_rd_ pf_rd_',
);

const MERCADO = rules(
  'tracking_id position search_layout type sid deal_print_id polycard_client',
  'reco_ matt_ c_',
);

const BY_SITE: Readonly<Record<string, Rules>> = {
  amazon: rules(
    'qid sr crid sprefix keywords dib dib_tag content-id linkcode linkid tag ascsubtag social_share starsleft',
  ),
  ebay: rules('_trkparms _trksid hash mkevt mkcid mkrid campid toolid customid amdata _from'),
  aliexpress: rules(
    `sk terminal_id pvid utparam btsid ws_ab_test afsmartredirect gatewayadapt sourcetype dp curpageloguid src srcsns
     spreadtype biztype social_params tt mall_affr aftraceinfo`,
    'aff_ algo_ pdp_ _randl_ gps- scm',
  ),
  // Every Temu parameter that starts with `_` is a session, ad or share marker.
  temu: rules('top_gallery_url spec_gallery_id', '_ refer_page_'),
  shopee: rules('sp_atk xptdk uls_trackid smtt publish_id'),
  tiktok: rules(
    `_t _r _d is_from_webapp sender_device sender_web_id is_copy_url share_app_id share_link_id share_item_id tt_from
     u_code timestamp user_id sec_user_id checksum social_sharing preview_pb`,
  ),
  instagram: rules('img_index'),
  facebook: rules('mibextid rdid share_url sfnsn', '__'),
  youtube: rules('feature pp'),
  etsy: rules('click_key click_sum sts frs sr_prefetch pf_from organic_search_click pro plkey bes', 'ga_'),
  mercadolivre: MERCADO,
  mercadolibre: MERCADO,
  allegro: rules('', 'bi_'),
  ozon: rules('asb asb2 avtc avte avts sh'),
};

const matches = (key: string, { names, prefixes }: Rules): boolean =>
  names.has(key) || prefixes.some((prefix) => key.startsWith(prefix));

/**
 * True when a query parameter only tracks the visit. `site` is the label of the registrable domain (`amazon` for
 * `www.amazon.co.uk`), or `undefined` when the host has none.
 */
export function isTrackingParam(name: string, site: string | undefined): boolean {
  const key = name.toLowerCase();
  const siteRules = site === undefined ? undefined : BY_SITE[site];
  return matches(key, EVERYWHERE) || (siteRules !== undefined && matches(key, siteRules));
}
