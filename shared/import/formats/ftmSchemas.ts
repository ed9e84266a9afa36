/**
 * Which FollowTheMoney schemas Casegraph reads, and what each becomes. One table, so the mapping in the reply to
 * "what happens to my Aleph export?" is a lookup here.
 *
 * | FtM schema                              | Casegraph                                                             |
 * |-----------------------------------------|-----------------------------------------------------------------------|
 * | Person                                  | person                                                                |
 * | Company, Organization, LegalEntity      | organization                                                          |
 * | UserAccount                             | seller when `service` names a marketplace, else socialAccount         |
 * | BankAccount                             | paymentAccount identifier (IBAN, else account number)                 |
 * | Address                                 | address identifier (`full`, else street, postal code, city, country)  |
 * | Ownership owner -> asset                | operates (uses when the asset is a bank account), role ftm:Ownership  |
 * | Directorship director -> organization   | operates, role ftm:Directorship                                       |
 * | Employment employee -> employer         | operates, role ftm:Employment                                         |
 * | Representation agent -> client          | operates, role ftm:Representation                                     |
 * | Membership member -> organization       | operates, role ftm:Membership                                         |
 * | UnknownLink subject -> object           | mentions (vague: weak), role ftm:UnknownLink                          |
 * | Associate person -> associate           | mentions, role ftm:Associate                                          |
 * | Family person -> relative               | mentions, role ftm:Family                                             |
 * | Payment                                 | payer uses payerAccount, beneficiary uses beneficiaryAccount          |
 * | anything else (Vessel, Sanction, …)     | a reject naming the schema                                            |
 */
/** Parties: their own entity, keyed by the FtM id. */
export const FTM_PARTIES = {
  Person: 'person',
  Company: 'organization',
  Organization: 'organization',
  LegalEntity: 'organization',
} as const satisfies Readonly<Record<string, 'person' | 'organization'>>;

export type FtmPartySchema = keyof typeof FTM_PARTIES;

/**
 * Relations: an FtM "edge" entity between two others. `strong` relations say who controls what, so they become
 * `operates` (or `uses` when the far end is an identifier); vague ones become `mentions`, which analysis weighs
 * down, because "some unknown link" must not fuse two operations into one network.
 */
export const FTM_RELATIONS = {
  Ownership: { from: 'owner', to: 'asset', strength: 'strong' },
  Directorship: { from: 'director', to: 'organization', strength: 'strong' },
  Employment: { from: 'employee', to: 'employer', strength: 'strong' },
  Representation: { from: 'agent', to: 'client', strength: 'strong' },
  Membership: { from: 'member', to: 'organization', strength: 'strong' },
  UnknownLink: { from: 'subject', to: 'object', strength: 'vague' },
  Associate: { from: 'person', to: 'associate', strength: 'vague' },
  Family: { from: 'person', to: 'relative', strength: 'vague' },
} as const satisfies Readonly<Record<string, FtmRelationSpec>>;

export type FtmRelationSpec = Readonly<{ from: string; to: string; strength: 'strong' | 'vague' }>;
export type FtmRelationSchema = keyof typeof FTM_RELATIONS;

/** Contact properties any party or account may carry, and the identifier each becomes (linked with `uses`). */
export const FTM_CONTACT_PROPS = [
  ['email', 'email'],
  ['phone', 'phone'],
  // UserAccount calls its phone `number`.
  ['number', 'phone'],
  ['address', 'address'],
  ['website', 'url'],
] as const;

/** How a Payment ties a party to the bank account it paid from or into. */
export const FTM_PAYMENT_SIDES = [
  { party: 'payer', account: 'payerAccount' },
  { party: 'beneficiary', account: 'beneficiaryAccount' },
] as const;

/** What one FtM schema is to Casegraph. */
export type FtmSchemaRole =
  | Readonly<{ role: 'party'; schema: FtmPartySchema }>
  | Readonly<{ role: 'account' }>
  | Readonly<{ role: 'bankAccount' }>
  | Readonly<{ role: 'address' }>
  | Readonly<{ role: 'relation'; schema: FtmRelationSchema }>
  | Readonly<{ role: 'payment' }>
  | Readonly<{ role: 'unused' }>;

export function ftmSchemaRole(schema: string): FtmSchemaRole {
  if (Object.hasOwn(FTM_PARTIES, schema)) return { role: 'party', schema: schema as FtmPartySchema };
  if (Object.hasOwn(FTM_RELATIONS, schema)) return { role: 'relation', schema: schema as FtmRelationSchema };
  switch (schema) {
    case 'UserAccount':
      return { role: 'account' };
    case 'BankAccount':
      return { role: 'bankAccount' };
    case 'Address':
      return { role: 'address' };
    case 'Payment':
      return { role: 'payment' };
    default:
      return { role: 'unused' };
  }
}
