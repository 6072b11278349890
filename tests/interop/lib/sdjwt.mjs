// SD-JWT VC with @sd-jwt/sd-jwt-vc and @sd-jwt/crypto-nodejs (WebCrypto): ES256 for P-256 keys,
// EdDSA for Ed25519 keys. The libraries issue, select disclosures, sign and check key binding;
// this file maps options to their frames and checks KB-JWT `aud` (which the library leaves to us).
import {SDJwtVcInstance} from '@sd-jwt/sd-jwt-vc';
import {digest, generateSalt, getSigner, getVerifier} from '@sd-jwt/crypto-nodejs';

import {messages} from './common.mjs';
import {didKeyJwk} from './keys.mjs';

/** Never fetches: a status list reference is reported as a warning, like credentialStatus on the LD side. */
class OfflineSdJwtVc extends SDJwtVcInstance {
  async verifyStatus() {}
}

const HASH = {hasher: digest, hashAlg: 'sha-256'};

const ALGORITHMS = {
  ES256: {key: {name: 'ECDSA', namedCurve: 'P-256'}, sign: {name: 'ECDSA', hash: {name: 'SHA-256'}}},
  EdDSA: {key: {name: 'Ed25519'}, sign: {name: 'Ed25519'}}
};

export function publicJwk(jwk) {
  if(!jwk) {
    return jwk;
  }
  return Object.fromEntries(['kty', 'crv', 'x', 'y'].filter(k => jwk[k] !== undefined).map(k => [k, jwk[k]]));
}

function algorithmOf(jwk) {
  if(jwk?.kty === 'EC' && jwk.crv === 'P-256') {
    return 'ES256';
  }
  if(jwk?.kty === 'OKP' && jwk.crv === 'Ed25519') {
    return 'EdDSA';
  }
  throw new Error(`SD-JWT needs a P-256 or Ed25519 key, not ${JSON.stringify(publicJwk(jwk))}`);
}

async function signerOf(privateJwk) {
  const alg = algorithmOf(privateJwk);
  const signer = await getSigner({...publicJwk(privateJwk), d: privateJwk.d}, ALGORITHMS[alg].key,
    ALGORITHMS[alg].sign);
  return {alg, signer};
}

async function verifierOf(jwk) {
  const alg = algorithmOf(jwk);
  return getVerifier(publicJwk(jwk), ALGORITHMS[alg].key, ALGORITHMS[alg].sign);
}

/** Dotted paths -> nested frame: leaf(frame, 'b.c') puts 'c' under frame.b. */
function walk(frame, dotted, leaf) {
  const parts = dotted.split('.');
  let node = frame;
  for(const part of parts.slice(0, -1)) {
    if(typeof node[part] !== 'object' || node[part] === null) {
      node[part] = {};
    }
    node = node[part];
  }
  leaf(node, parts.at(-1));
}

/** ['name', 'achievement.criteria'] -> {_sd: ['name'], achievement: {_sd: ['criteria']}} */
export function disclosureFrame(paths) {
  const frame = {};
  for(const p of paths) {
    walk(frame, p, (node, key) => (node._sd ??= []).push(key));
  }
  return frame;
}

/** ['achievement', 'achievement.criteria'] -> {achievement: {criteria: true}} (a parent is implied) */
export function presentationFrame(paths) {
  const frame = {};
  for(const p of paths) {
    walk(frame, p, (node, key) => {
      node[key] ??= true;
    });
  }
  return frame;
}

export async function issue({issuer, claims, disclose, vct, holder, iss}) {
  const {alg, signer} = await signerOf(issuer.privateKeyJwk);
  const sdjwt = new OfflineSdJwtVc({...HASH, signer, signAlg: alg, saltGenerator: generateSalt});
  const payload = {iss: iss ?? issuer.did, iat: Math.floor(Date.now() / 1000), vct, ...claims};
  if(holder) {
    payload.cnf = {jwk: publicJwk(holder.publicKeyJwk)};
  }
  return sdjwt.issue(payload, disclose.length > 0 ? disclosureFrame(disclose) : undefined,
    {header: {kid: issuer.vm}});
}

export async function present({encoded, reveal, holder, nonce, aud}) {
  const config = {...HASH, saltGenerator: generateSalt};
  let options;
  if(holder) {
    const {alg, signer} = await signerOf(holder.privateKeyJwk);
    Object.assign(config, {kbSigner: signer, kbSignAlg: alg});
    options = {kb: {payload: {iat: Math.floor(Date.now() / 1000), aud, nonce}}};
  }
  return new OfflineSdJwtVc(config).present(encoded, presentationFrame(reveal), options);
}

function decodePart(part) {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}

/** Header and payload of the issuer JWT; whether a KB-JWT follows the last '~'. */
function peek(encoded) {
  const pieces = encoded.split('~');
  const [header, payload] = pieces[0].split('.');
  return {header: decodePart(header), payload: decodePart(payload), hasKbJwt: pieces.length > 1 && pieces.at(-1) !== ''};
}

export async function verify({encoded, issuerJwk, nonce, aud, require = []}) {
  encoded = encoded.trim();
  const warnings = [];
  const errors = [];
  let head;
  try {
    head = peek(encoded);
  } catch(e) {
    return {verified: false, errors: [`not an SD-JWT: ${e.message}`], warnings};
  }
  if(!issuerJwk) {
    issuerJwk = await didKeyJwk(head.payload.iss) ?? await didKeyJwk(head.header.kid);
    if(!issuerJwk) {
      return {verified: false, errors: ['no --issuer-key, and neither iss nor kid is a did:key'], warnings};
    }
    warnings.push('issuer key taken from the did:key in iss / kid (no --issuer-key)');
  }
  if(head.header.typ !== 'dc+sd-jwt') {
    warnings.push(`header typ is ${JSON.stringify(head.header.typ)} (SD-JWT VC now says "dc+sd-jwt"; ` +
      'older drafts "vc+sd-jwt")');
  }
  if(head.payload.status !== undefined) {
    warnings.push('status is present but NOT checked (offline)');
  }
  if(head.hasKbJwt && !nonce) {
    warnings.push('the presentation has a Key Binding JWT but no --nonce was given, so it was NOT checked');
  }
  if(!head.hasKbJwt && nonce) {
    errors.push('--nonce given but the presentation has no Key Binding JWT');
  }
  const sdjwt = new OfflineSdJwtVc({
    ...HASH,
    verifier: await verifierOf(issuerJwk),
    kbVerifier: async (data, signature, payload) => {
      if(!payload?.cnf?.jwk) {
        throw new Error('a Key Binding JWT is present but the SD-JWT has no cnf.jwk');
      }
      return (await verifierOf(payload.cnf.jwk))(data, signature);
    }
  });
  let result;
  if(errors.length === 0) {
    try {
      result = await sdjwt.verify(encoded, {
        ...(nonce ? {keyBindingNonce: nonce} : {}),
        ...(require.length > 0 ? {requiredClaimKeys: require} : {})
      });
    } catch(e) {
      errors.push(...messages(e));
    }
  }
  if(result?.kb && aud !== undefined && result.kb.payload.aud !== aud) {
    errors.push(`Key Binding JWT aud ${JSON.stringify(result.kb.payload.aud)} is not ${JSON.stringify(aud)}`);
  }
  const claims = result ? await sdjwt.getClaims(encoded).catch(() => undefined) : undefined;
  return {
    verified: errors.length === 0,
    errors,
    warnings,
    header: head.header,
    claims,
    keyBinding: result?.kb ? {verified: true, ...result.kb.payload} : head.hasKbJwt ? {verified: false} : null
  };
}
