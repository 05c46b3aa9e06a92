/**
 * What the backend and the OS prompt answer, for machine tests with fake actors: contract-shaped
 * values (the machines never look inside them beyond their shape).
 */
import type {
  AuthenticationResponse,
  CreationOptionsJSON,
  Passkey,
  RegistrationResponse,
  RequestOptionsJSON,
} from '../../../src/api/contract'

export const creationOptions: CreationOptionsJSON = {
  rp: { name: 'Demo' },
  user: { id: 'dXNlcg', name: 'ana@example.com', displayName: 'Ana' },
  challenge: 'Y2hhbGxlbmdl',
  pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
}

export const registration: RegistrationResponse = {
  id: 'Y3JlZA',
  rawId: 'Y3JlZA',
  type: 'public-key',
  clientExtensionResults: {},
  response: { clientDataJSON: 'e30', attestationObject: 'AA' },
}

export const passkey: Passkey = {
  id: 'Y3JlZA',
  name: 'Passkey on Mac',
  aaguid: '00000000-0000-0000-0000-000000000000',
  createdAt: '2026-11-22T00:00:00.000Z',
  lastUsedAt: null,
  deviceType: 'multiDevice',
  backedUp: true,
  transports: ['internal'],
}

export const requestOptions: RequestOptionsJSON = {
  challenge: 'Y2hhbGxlbmdl',
  allowCredentials: [],
}

export const assertion: AuthenticationResponse = {
  id: 'Y3JlZA',
  rawId: 'Y3JlZA',
  type: 'public-key',
  clientExtensionResults: {},
  response: { clientDataJSON: 'e30', authenticatorData: 'YQ', signature: 'cw' },
}
