#!/usr/bin/env node
// The learner wallet's interop tool: drives the Digital Bazaar / DCC JavaScript stack (VC, Data
// Integrity, Ed25519Signature2020, ecdsa-sd-2023, vpqr / CBOR-LD) and the @sd-jwt libraries from
// the Python tests. Every command reads and writes files and prints ONE line of JSON on stdout.
// Exit code: 0 ok, 1 verification failed (or any other runtime failure), 2 usage error.
// Offline: nothing is ever fetched (see lib/documents.mjs). INTEROP_DEBUG=1 prints stack traces.
import {existsSync} from 'node:fs';
import {parseArgs} from 'node:util';

import {list, readJson, readText, UsageError, writeJson, writeText, messages} from './lib/common.mjs';
import {addGivenDocuments, servedUrls} from './lib/documents.mjs';
import {generateKey, loadKey} from './lib/keys.mjs';

const USAGE = `usage: node cli.mjs <command> [options]

  keygen --type ed25519|p256 --out key.json
  sample --kind ob3|clr2 [--vc 2|1] [--subject DID] --out unsigned.json
  issue --suite eddsa-rdfc-2022|ed25519-signature-2020|ecdsa-sd-2023 --key key.json
        --in unsigned.json --out signed.json [--mandatory /issuer,/validFrom,...]
        [--keep-issuer] [--sign-nested] [--created ISO]
  derive --in base.json --reveal /credentialSubject/achievement/name,... --out derived.json
  verify-credential --in signed.json [--now ISO]
  present --holder key.json --in cred1.json[,cred2.json] --challenge X [--domain Y]
        --out vp.json [--suite eddsa-rdfc-2022|ed25519-signature-2020] [--vp-version 1|2]
  verify-presentation --in vp.json --challenge X [--domain Y] [--now ISO]
  vpqr-encode --in vp.json --out qr.txt [--png qr.png] [--gif qr.gif] [--scale N]
  vpqr-decode (--in qr.txt | --png qr.png) --out vp.json
  sdjwt-issue --key key.json --in claims.json [--disclose name,achievement,a.b]
        --vct URI --out cred.sdjwt [--holder holder.json] [--iss ISS]
  sdjwt-present --in cred.sdjwt --reveal a,b.c [--holder key.json --nonce N --aud A]
        --out pres.sdjwt
  sdjwt-verify --in pres.sdjwt [--issuer-key key.json] [--nonce N [--aud A]] [--require a,b]
  contexts                        the URLs the offline document loader serves

global: --docs FILE|DIR   extra documents {"<url>": document, ...}, e.g. a did:web DID document
                          or a context the packages lack; nothing is ever fetched.
`;

const STRING_OPTIONS = ['type', 'out', 'in', 'suite', 'key', 'mandatory', 'reveal', 'holder', 'challenge',
  'domain', 'png', 'gif', 'scale', 'disclose', 'vct', 'nonce', 'aud', 'issuer-key', 'kind', 'vc', 'subject',
  'created', 'now', 'vp-version', 'iss', 'require', 'docs'];
const OPTIONS = {
  ...Object.fromEntries(STRING_OPTIONS.map(name => [name, {type: 'string'}])),
  'keep-issuer': {type: 'boolean'},
  'sign-nested': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'}
};

function required(opts, ...names) {
  const missing = names.filter(n => opts[n] === undefined || opts[n] === '');
  if(missing.length > 0) {
    throw new UsageError(`missing ${missing.map(n => `--${n}`).join(', ')}`);
  }
}

function oneOf(value, allowed, option) {
  if(!allowed.includes(value)) {
    throw new UsageError(`--${option} must be ${allowed.join('|')} (got ${value})`);
  }
  return value;
}

const COMMANDS = {
  async keygen(o) {
    required(o, 'type', 'out');
    const key = await generateKey(o.type);
    writeJson(o.out, key);
    return {ok: true, type: key.type, did: key.did, verificationMethod: key.verificationMethod, out: o.out};
  },

  async sample(o) {
    required(o, 'kind', 'out');
    const {openBadge, learnerRecord, DEFAULT_SUBJECT} = await import('./lib/samples.mjs');
    const vc = Number(oneOf(o.vc ?? '2', ['2', '1'], 'vc'));
    const make = {ob3: openBadge, clr2: learnerRecord}[oneOf(o.kind, ['ob3', 'clr2'], 'kind')];
    const doc = make({vc, subject: o.subject ?? DEFAULT_SUBJECT});
    const served = new Set(servedUrls());
    const used = [doc, ...[].concat(doc.credentialSubject.verifiableCredential ?? [])].flatMap(d => d['@context']);
    const unserved = [...new Set(used)].filter(url => !served.has(url));
    if(unserved.length > 0) {
      throw new Error(`the sample uses contexts the offline loader lacks: ${unserved.join(', ')}`);
    }
    writeJson(o.out, doc);
    return {ok: true, kind: o.kind, vc, type: doc.type, '@context': doc['@context'], out: o.out};
  },

  async issue(o) {
    required(o, 'suite', 'key', 'in', 'out');
    const {issueCredential, ISSUE_SUITES} = await import('./lib/ldp.mjs');
    oneOf(o.suite, ISSUE_SUITES, 'suite');
    if(o.mandatory !== undefined && o.suite !== 'ecdsa-sd-2023') {
      throw new UsageError('--mandatory only applies to --suite ecdsa-sd-2023');
    }
    const key = await loadKey(o.key);
    const {credential, notes} = await issueCredential({
      credential: readJson(o.in), suite: o.suite, key, mandatoryPointers: list(o.mandatory),
      keepIssuer: Boolean(o['keep-issuer']), signNested: Boolean(o['sign-nested']), created: o.created
    });
    writeJson(o.out, credential);
    return {ok: true, suite: o.suite, issuer: key.did, id: credential.id ?? null, ...notes, out: o.out};
  },

  async derive(o) {
    required(o, 'in', 'reveal', 'out');
    const {deriveCredential, proofSummaries} = await import('./lib/ldp.mjs');
    const base = readJson(o.in);
    if(!proofSummaries(base).some(p => p.cryptosuite === 'ecdsa-sd-2023' && p.kind === 'base')) {
      throw new UsageError(`${o.in} has no ecdsa-sd-2023 base proof`);
    }
    writeJson(o.out, await deriveCredential({credential: base, reveal: list(o.reveal)}));
    return {ok: true, revealed: list(o.reveal), out: o.out};
  },

  async 'verify-credential'(o) {
    required(o, 'in');
    const {verifyCredential} = await import('./lib/ldp.mjs');
    const result = await verifyCredential({credential: readJson(o.in), now: o.now});
    return {ok: result.verified, ...result};
  },

  async present(o) {
    required(o, 'holder', 'in', 'challenge', 'out');
    const {signPresentation} = await import('./lib/ldp.mjs');
    const holder = await loadKey(o.holder);
    const credentials = list(o.in).map(readJson);
    const suite = o.suite ?? 'eddsa-rdfc-2022';
    const version = o['vp-version'] === undefined ? undefined : Number(oneOf(o['vp-version'], ['1', '2'], 'vp-version'));
    const vp = await signPresentation({credentials, holder, suite, challenge: o.challenge, domain: o.domain, version});
    writeJson(o.out, vp);
    return {ok: true, holder: holder.did, credentials: credentials.length, '@context': vp['@context'], suite,
      out: o.out};
  },

  async 'verify-presentation'(o) {
    required(o, 'in', 'challenge');
    const {verifyPresentation} = await import('./lib/ldp.mjs');
    const result = await verifyPresentation({
      presentation: readJson(o.in), challenge: o.challenge, domain: o.domain, now: o.now
    });
    return {ok: result.verified, ...result};
  },

  async 'vpqr-encode'(o) {
    required(o, 'in', 'out');
    const {encode} = await import('./lib/vpqr.mjs');
    const scale = o.scale === undefined ? undefined : Number(o.scale);
    if(scale !== undefined && !(Number.isInteger(scale) && scale > 0)) {
      throw new UsageError('--scale must be a positive whole number');
    }
    const {text, info} = await encode({vp: readJson(o.in), png: o.png, gif: o.gif, scale});
    writeText(o.out, text);
    return {ok: true, out: o.out, ...info};
  },

  async 'vpqr-decode'(o) {
    required(o, 'out');
    if(!o.in && !o.png) {
      throw new UsageError('vpqr-decode needs --in qr.txt or --png qr.png');
    }
    if(o.png && !existsSync(o.png)) {
      throw new UsageError(`cannot read ${o.png}: ENOENT`);
    }
    const {decode, readQrPng} = await import('./lib/vpqr.mjs');
    writeJson(o.out, await decode(o.png ? readQrPng(o.png) : readText(o.in)));
    return {ok: true, source: o.png ? 'png' : 'text', out: o.out};
  },

  async 'sdjwt-issue'(o) {
    required(o, 'key', 'in', 'vct', 'out');
    const sdjwt = await import('./lib/sdjwt.mjs');
    const issuer = await loadKey(o.key);
    const holder = o.holder ? await loadKey(o.holder, {needSecret: false}) : undefined;
    const disclose = list(o.disclose);
    writeText(o.out, await sdjwt.issue({issuer, claims: readJson(o.in), disclose, vct: o.vct, holder, iss: o.iss}));
    return {ok: true, iss: o.iss ?? issuer.did, disclosable: disclose, holderBound: Boolean(holder), out: o.out};
  },

  async 'sdjwt-present'(o) {
    required(o, 'in', 'out');
    const sdjwt = await import('./lib/sdjwt.mjs');
    let holder;
    if(o.holder) {
      required(o, 'nonce', 'aud');
      holder = await loadKey(o.holder);
    } else if(o.nonce || o.aud) {
      throw new UsageError('--nonce / --aud need --holder (key binding)');
    }
    const reveal = list(o.reveal);
    writeText(o.out, await sdjwt.present({encoded: readText(o.in).trim(), reveal, holder, nonce: o.nonce, aud: o.aud}));
    return {ok: true, revealed: reveal, keyBinding: Boolean(holder), out: o.out};
  },

  async 'sdjwt-verify'(o) {
    required(o, 'in');
    if(o.aud && !o.nonce) {
      throw new UsageError('--aud needs --nonce (it is checked in the Key Binding JWT)');
    }
    const sdjwt = await import('./lib/sdjwt.mjs');
    const issuerJwk = o['issuer-key'] ?
      sdjwt.publicJwk((await loadKey(o['issuer-key'], {needSecret: false})).publicKeyJwk) : undefined;
    const result = await sdjwt.verify({
      encoded: readText(o.in), issuerJwk, nonce: o.nonce, aud: o.aud, require: list(o.require)
    });
    return {ok: result.verified, ...result};
  },

  async contexts() {
    return {ok: true, urls: servedUrls()};
  }
};

const print = value => process.stdout.write(`${JSON.stringify(value)}\n`);

async function run(argv) {
  const [command, ...rest] = argv;
  if(command === undefined || ['help', '--help', '-h'].includes(command)) {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if(!Object.hasOwn(COMMANDS, command)) {
    print({ok: false, command, usageError: `unknown command ${command}`});
    process.stderr.write(USAGE);
    return 2;
  }
  let options;
  try {
    options = parseArgs({args: rest, options: OPTIONS, strict: true, allowPositionals: false}).values;
  } catch(e) {
    print({ok: false, command, usageError: e.message});
    return 2;
  }
  if(options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    if(options.docs) {
      if(!existsSync(options.docs)) {
        throw new UsageError(`cannot read ${options.docs}: ENOENT`);
      }
      addGivenDocuments(options.docs);
    }
    const result = await COMMANDS[command](options);
    print({command, ...result});
    return result.ok ? 0 : 1;
  } catch(e) {
    if(e instanceof UsageError) {
      print({ok: false, command, usageError: e.message});
      return 2;
    }
    print({ok: false, command, errors: messages(e)});
    if(process.env.INTEROP_DEBUG) {
      process.stderr.write(`${e.stack ?? e}\n`);
    }
    return 1;
  }
}

process.exitCode = await run(process.argv.slice(2));
