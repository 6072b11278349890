// did:key key pairs (Ed25519 and P-256) in the two encodings the commands need: Multikey for the
// Data Integrity / Ed25519Signature2020 suites, JWK for SD-JWT. All key handling is the
// @digitalbazaar/*-multikey libraries'; this file only converts between file and key pair.
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';

import {readJson, UsageError} from './common.mjs';

const LIBRARY = {ed25519: Ed25519Multikey, p256: EcdsaMultikey};

function jwkFields(jwk, withSecret) {
  const out = {};
  for(const name of ['kty', 'crv', 'x', 'y', ...(withSecret ? ['d'] : [])]) {
    if(jwk[name] !== undefined) {
      out[name] = jwk[name];
    }
  }
  return out;
}

/**
 * The JWK of a key pair. Ed25519 is built from the raw 32-byte seed (RFC 8037): the library's own
 * toJwk({secretKey: true}) writes the 64-byte seed||public form, which its fromJwk rejects.
 */
export async function keyPairJwk(type, keyPair, withSecret) {
  if(type === 'ed25519') {
    const raw = await keyPair.export({publicKey: true, secretKey: withSecret, raw: true, canonicalize: true});
    const jwk = {kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw.publicKey).toString('base64url')};
    if(withSecret && raw.secretKey) {
      jwk.d = Buffer.from(raw.secretKey).toString('base64url');
    }
    return jwk;
  }
  return jwkFields(await EcdsaMultikey.toJwk({keyPair, secretKey: withSecret}), withSecret);
}

/** `did:key:<multibase>` and its one verification method. */
export function didKeyOf(publicKeyMultibase) {
  const did = `did:key:${publicKeyMultibase}`;
  return {did, vm: `${did}#${publicKeyMultibase}`};
}

export async function generateKey(type) {
  if(!(type in LIBRARY)) {
    throw new UsageError(`--type must be ed25519 or p256 (got ${type})`);
  }
  const keyPair = type === 'ed25519' ? await Ed25519Multikey.generate() :
    await EcdsaMultikey.generate({curve: 'P-256'});
  // canonicalize: the Ed25519 secret as the 32-byte seed the Multikey spec defines
  const {publicKeyMultibase, secretKeyMultibase} =
    await keyPair.export({publicKey: true, secretKey: true, canonicalize: true});
  const {did, vm} = didKeyOf(publicKeyMultibase);
  return {
    type, did, verificationMethod: vm, publicKeyMultibase, secretKeyMultibase,
    publicKeyJwk: await keyPairJwk(type, keyPair, false),
    privateKeyJwk: await keyPairJwk(type, keyPair, true)
  };
}

function typeOf(file) {
  if(file.type === 'ed25519' || file.type === 'p256') {
    return file.type;
  }
  const multibase = file.publicKeyMultibase ?? '';
  if(multibase.startsWith('z6Mk')) {
    return 'ed25519';
  }
  if(multibase.startsWith('zDn')) {
    return 'p256';
  }
  const jwk = file.privateKeyJwk ?? file.publicKeyJwk ?? file.jwk ?? {};
  if(jwk.kty === 'OKP' && jwk.crv === 'Ed25519') {
    return 'ed25519';
  }
  if(jwk.kty === 'EC' && jwk.crv === 'P-256') {
    return 'p256';
  }
  throw new Error('cannot tell the key type: give "type" (ed25519|p256), a z6Mk/zDn publicKeyMultibase ' +
    'or an Ed25519 / P-256 JWK');
}

/**
 * Reads a key file: one written by `keygen`, or a foreign one holding just a JWK (`privateKeyJwk`,
 * `jwk` or `publicKeyJwk`) or a `publicKeyMultibase`. The key pair gets the did:key verification
 * method as its id, so signatures name it. Returns {type, did, vm, keyPair, publicKeyJwk, privateKeyJwk}.
 */
export async function loadKey(path, {needSecret = true} = {}) {
  const file = readJson(path);
  const type = typeOf(file);
  const lib = LIBRARY[type];
  let keyPair;
  if(file.publicKeyMultibase && (file.secretKeyMultibase || !needSecret)) {
    keyPair = await lib.from({
      type: 'Multikey', publicKeyMultibase: file.publicKeyMultibase,
      ...(file.secretKeyMultibase ? {secretKeyMultibase: file.secretKeyMultibase} : {})
    });
  } else {
    const jwk = file.privateKeyJwk ?? file.jwk ?? file.publicKeyJwk;
    if(!jwk) {
      throw new Error(`${path}: no key material (publicKeyMultibase or a JWK)`);
    }
    keyPair = await lib.fromJwk({jwk, secretKey: Boolean(jwk.d)});
  }
  const hasSecret = Boolean(keyPair.secretKey);
  if(needSecret && !hasSecret) {
    throw new Error(`${path}: a private key is needed here`);
  }
  // a fresh signing key pair whose id / controller are the did:key ones
  const exported = await keyPair.export({publicKey: true, secretKey: hasSecret, canonicalize: true});
  const {did, vm} = didKeyOf(exported.publicKeyMultibase);
  keyPair = await lib.from({...exported, id: vm, controller: did});
  return {
    type, did, vm, keyPair,
    publicKeyJwk: await keyPairJwk(type, keyPair, false),
    privateKeyJwk: hasSecret ? await keyPairJwk(type, keyPair, true) : undefined
  };
}

/** The public JWK of a did:key (Ed25519 or P-256), or null for anything else. */
export async function didKeyJwk(didOrUrl) {
  const match = /^did:key:(z[1-9A-HJ-NP-Za-km-z]+)/.exec(didOrUrl ?? '');
  if(!match) {
    return null;
  }
  const type = match[1].startsWith('z6Mk') ? 'ed25519' : match[1].startsWith('zDn') ? 'p256' : null;
  if(!type) {
    return null;
  }
  const keyPair = await LIBRARY[type].from({type: 'Multikey', publicKeyMultibase: match[1]});
  return keyPairJwk(type, keyPair, false);
}
