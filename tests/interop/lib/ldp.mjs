// Data Integrity / Linked Data proofs with @digitalbazaar/vc: issue, derive (ecdsa-sd-2023),
// verify credentials, sign and verify presentations. The libraries do every cryptographic and
// JSON-LD step; this file picks suites, sets the issuer, and turns results into plain JSON.
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as ecdsaSd2023 from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
import {Ed25519Signature2020} from '@digitalbazaar/ed25519-signature-2020';

import {asArray, messages, UsageError} from './common.mjs';
import {documentLoader} from './documents.mjs';

export const ISSUE_SUITES = ['eddsa-rdfc-2022', 'ed25519-signature-2020', 'ecdsa-sd-2023'];
export const HOLDER_SUITES = ['eddsa-rdfc-2022', 'ed25519-signature-2020'];
const KEY_TYPE_OF_SUITE = {'eddsa-rdfc-2022': 'ed25519', 'ed25519-signature-2020': 'ed25519', 'ecdsa-sd-2023': 'p256'};

/** 1 or 2 from the first @context entry, else null. */
export function vcVersionOf(doc) {
  const first = asArray(doc?.['@context'])[0];
  return first === 'https://www.w3.org/2018/credentials/v1' ? 1 :
    first === 'https://www.w3.org/ns/credentials/v2' ? 2 : null;
}

function signingSuite(name, key, {mandatoryPointers, date} = {}) {
  const wanted = KEY_TYPE_OF_SUITE[name];
  if(!wanted) {
    throw new UsageError(`--suite must be one of ${ISSUE_SUITES.join('|')} (got ${name})`);
  }
  if(key.type !== wanted) {
    throw new UsageError(`suite ${name} needs a ${wanted} key (got ${key.type})`);
  }
  const signer = key.keyPair.signer();
  if(name === 'ed25519-signature-2020') {
    return new Ed25519Signature2020({signer, date});
  }
  const cryptosuite = name === 'eddsa-rdfc-2022' ? eddsaRdfc2022 :
    ecdsaSd2023.createSignCryptosuite({mandatoryPointers});
  return new DataIntegrityProof({signer, date, cryptosuite});
}

/** ecdsa-sd-2023 proofValue = 'u' + base64url(CBOR with tag header d9 5d 00 (base) / d9 5d 01 (derived)). */
function sdProofKind(proofValue) {
  if(typeof proofValue !== 'string' || !proofValue.startsWith('u')) {
    return null;
  }
  const head = Buffer.from(proofValue.slice(1, 5), 'base64url');
  if(head[0] !== 0xd9 || head[1] !== 0x5d) {
    return null;
  }
  return {0: 'base', 1: 'derived'}[head[2]] ?? null;
}

export function proofSummaries(doc) {
  return asArray(doc?.proof).map(proof => {
    const summary = {type: proof.type};
    if(proof.cryptosuite) {
      summary.cryptosuite = proof.cryptosuite;
    }
    if(proof.cryptosuite === 'ecdsa-sd-2023') {
      summary.kind = sdProofKind(proof.proofValue);
    }
    summary.verificationMethod = proof.verificationMethod;
    return summary;
  });
}

const hasSdBase = summaries => summaries.some(p => p.cryptosuite === 'ecdsa-sd-2023' && p.kind === 'base');

/**
 * The suites a verifier accepts. ecdsa-sd-2023 base and derived proofs match the same
 * type + cryptosuite, so only one of the two can be offered: the holder-side *confirm* cryptosuite
 * for base proofs, the *verify* cryptosuite for derived ones.
 */
function verifyingSuites(sdBase) {
  return [
    new DataIntegrityProof({cryptosuite: eddsaRdfc2022}),
    new DataIntegrityProof({
      cryptosuite: sdBase ? ecdsaSd2023.createConfirmCryptosuite() : ecdsaSd2023.createVerifyCryptosuite()
    }),
    new Ed25519Signature2020()
  ];
}

/** Status is never checked (that would need the network); its presence is reported as a warning. */
const statusNotChecked = warnings => async ({credential}) => {
  warnings.push(`credentialStatus of ${credential.id ?? 'a credential'} is present but NOT checked (offline)`);
  return {verified: true};
};

function failureMessages(result) {
  return [...new Set([
    ...messages(result.error),
    ...asArray(result.results).filter(r => !r.verified).flatMap(r => messages(r.error))
  ])];
}

/** mandatory pointers when none are given: the issuer, the name and whichever validity dates exist */
export function defaultMandatoryPointers(cred) {
  return ['/issuer', ...['name', 'validFrom', 'validUntil', 'issuanceDate', 'expirationDate']
    .filter(p => cred[p] !== undefined).map(p => `/${p}`)];
}

function setIssuer(cred, did) {
  const current = typeof cred.issuer === 'string' ? cred.issuer : cred.issuer?.id;
  if(current === did) {
    return undefined;
  }
  if(cred.issuer && typeof cred.issuer === 'object') {
    cred.issuer.id = did;
  } else {
    cred.issuer = did;
  }
  return current ?? null;
}

/**
 * Signs `credential`. The issuer id becomes the key's DID (the assertion proof purpose requires the
 * issuer to control the key) unless keepIssuer. signNested first signs every credential in
 * credentialSubject.verifiableCredential with the same key and suite.
 */
export async function issueCredential({credential, suite, key, mandatoryPointers = [], keepIssuer = false,
  signNested = false, created}) {
  const cred = structuredClone(credential);
  const notes = {};
  if(!keepIssuer) {
    const replaced = setIssuer(cred, key.did);
    if(replaced !== undefined) {
      notes.issuerReplaced = replaced;
    }
  }
  if(signNested) {
    const subject = cred.credentialSubject ?? {};
    const inner = asArray(subject.verifiableCredential);
    if(inner.length === 0) {
      throw new UsageError('--sign-nested: credentialSubject.verifiableCredential is empty');
    }
    const signed = [];
    for(const c of inner) {
      signed.push((await issueCredential({credential: c, suite, key, keepIssuer, created})).credential);
    }
    subject.verifiableCredential = Array.isArray(subject.verifiableCredential) ? signed : signed[0];
    notes.nestedSigned = signed.length;
  }
  if(suite === 'ecdsa-sd-2023' && mandatoryPointers.length === 0) {
    mandatoryPointers = defaultMandatoryPointers(cred);
    notes.mandatoryPointersDefaulted = mandatoryPointers;
  }
  const signed = await vc.issue({
    credential: cred, suite: signingSuite(suite, key, {mandatoryPointers, date: created}), documentLoader
  });
  return {credential: signed, notes};
}

export function deriveCredential({credential, reveal}) {
  const suite = new DataIntegrityProof({cryptosuite: ecdsaSd2023.createDiscloseCryptosuite({selectivePointers: reveal})});
  return vc.derive({verifiableCredential: credential, suite, documentLoader});
}

async function verifyOneCredential(credential, now) {
  const proofs = proofSummaries(credential);
  const warnings = [];
  if(proofs.length === 0) {
    return {verified: false, errors: ['credential has no proof'], proofs, warnings};
  }
  const sdBase = hasSdBase(proofs);
  if(sdBase) {
    warnings.push('ecdsa-sd-2023 BASE proof checked with the confirm cryptosuite (a holder-side check); ' +
      'verifiers normally receive a derived proof');
  }
  const unknown = proofs.filter(p => !(p.type === 'Ed25519Signature2020' ||
    (p.type === 'DataIntegrityProof' && ['eddsa-rdfc-2022', 'ecdsa-sd-2023'].includes(p.cryptosuite))));
  if(unknown.length > 0) {
    warnings.push(`unsupported proof(s): ${unknown.map(p => [p.type, p.cryptosuite].filter(Boolean).join('/')).join(', ')}`);
  }
  let result;
  try {
    result = await vc.verifyCredential({
      credential, suite: verifyingSuites(sdBase), documentLoader, checkStatus: statusNotChecked(warnings),
      ...(now ? {now} : {})
    });
  } catch(e) {
    return {verified: false, errors: messages(e), proofs, warnings};
  }
  return {verified: Boolean(result.verified), errors: result.verified ? [] : failureMessages(result), proofs,
    warnings};
}

/** Verifies a credential and, as in a CLR, every credential nested in credentialSubject.verifiableCredential. */
export async function verifyCredential({credential, now}) {
  const outer = await verifyOneCredential(credential, now);
  const inner = asArray(credential?.credentialSubject?.verifiableCredential).filter(c => c && typeof c === 'object');
  if(inner.length === 0) {
    return outer;
  }
  const nested = [];
  for(const [index, c] of inner.entries()) {
    if(!c.proof) {
      outer.warnings.push(`nested credential #${index} (${c.id ?? 'no id'}) has no proof`);
      continue;
    }
    const r = await verifyCredential({credential: c, now});
    nested.push({index, id: c.id ?? null, verified: r.verified, errors: r.errors, proofs: r.proofs});
  }
  const failed = nested.filter(n => !n.verified);
  return {
    ...outer,
    verified: outer.verified && failed.length === 0,
    errors: [...outer.errors, ...failed.flatMap(n => n.errors.map(e => `nested #${n.index}: ${e}`))],
    nested
  };
}

/**
 * A holder-signed presentation (authentication proof with challenge / domain). VC 1.1 when every
 * credential is VC 1.1; otherwise VC 2.0 (a 1.1 presentation cannot embed a 2.0 credential:
 * "tried to redefine a protected term").
 */
export function signPresentation({credentials, holder, suite = 'eddsa-rdfc-2022', challenge, domain, version}) {
  if(!HOLDER_SUITES.includes(suite)) {
    throw new UsageError(`holder --suite must be ${HOLDER_SUITES.join(' or ')}`);
  }
  version ??= credentials.every(c => vcVersionOf(c) === 1) ? 1 : 2;
  const presentation = vc.createPresentation({
    verifiableCredential: credentials, holder: holder.did, version: version === 1 ? 1.0 : 2.0
  });
  return vc.signPresentation({presentation, suite: signingSuite(suite, holder), challenge, domain, documentLoader});
}

export async function verifyPresentation({presentation, challenge, domain, now}) {
  const warnings = [];
  const credentials = asArray(presentation?.verifiableCredential);
  const sdBase = hasSdBase(credentials.flatMap(proofSummaries));
  if(sdBase) {
    warnings.push('the presentation embeds an ecdsa-sd-2023 BASE proof; holders should present a derived proof');
  }
  let result;
  try {
    result = await vc.verify({
      presentation, challenge, domain, suite: verifyingSuites(sdBase), documentLoader,
      checkStatus: statusNotChecked(warnings), ...(now ? {now} : {})
    });
  } catch(e) {
    return {verified: false, errors: messages(e), warnings};
  }
  const own = result.presentationResult;
  const perCredential = asArray(result.credentialResults).map((r, i) => ({
    id: r.credentialId ?? credentials[i]?.id ?? null,
    verified: Boolean(r.verified),
    errors: r.verified ? [] : failureMessages(r)
  }));
  const errors = [
    ...messages(result.error),
    ...(own && !own.verified ? failureMessages(own) : []),
    ...perCredential.flatMap(c => c.errors.map(e => `credential ${c.id ?? ''}: ${e}`))
  ];
  return {
    verified: Boolean(result.verified),
    presentation: {verified: Boolean(own?.verified), proofs: proofSummaries(presentation)},
    credentials: perCredential,
    errors: [...new Set(errors)],
    warnings
  };
}
