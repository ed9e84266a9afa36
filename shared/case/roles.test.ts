import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, entityId } from '../model';
import { defaultRole, defaultRoleOf, ROLE_LABELS } from './roles';

describe('defaultRole', () => {
  it('makes accounts, listings and shipments subjects, identifiers associates, products the victim brand', () => {
    expect(defaultRole('seller')).toBe('subject');
    expect(defaultRole('socialAccount')).toBe('subject');
    expect(defaultRole('organization')).toBe('subject');
    expect(defaultRole('listing')).toBe('subject');
    expect(defaultRole('shipment')).toBe('subject');
    expect(defaultRole('email')).toBe('associate');
    expect(defaultRole('paymentAccount')).toBe('associate');
    expect(defaultRole('product')).toBe('victimBrand');
  });

  it('has a role with a label for every kind, also from an id', () => {
    for (const kind of ENTITY_KINDS) expect(ROLE_LABELS[defaultRole(kind)]).toBeTruthy();
    expect(defaultRoleOf(entityId('phone', '+4961552302'))).toBe('associate');
  });
});
