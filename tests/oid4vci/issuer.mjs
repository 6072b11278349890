#!/usr/bin/env node
// A test-only OID4VCI 1.0 credential issuer (and its OAuth 2.0 authorization server) on loopback.
//
// The protocol is the OpenID4VC libraries' (@openid4vc/openid4vci and @openid4vc/oauth2 0.4.6, the ones
// credo uses): they build the offers, the issuer and authorization-server metadata, the token, nonce,
// credential and deferred responses, and they check the access-token requests (pre-authorized code,
// tx_code, expiry, PKCE), the pushed authorization requests, the bearer tokens and the wallet's proof
// of possession (signature, typ, audience, nonce). This file is only the HTTP glue (node:http) and the
// credential signing, which reuses the pinned Digital Bazaar / @sd-jwt stack of ../interop (ldp_vc with
// eddsa-rdfc-2022, dc+sd-jwt) and node:crypto for jwt_vc_json.
//
//   node issuer.mjs [--port 0] [--host 127.0.0.1]
//
// First stdout line: {"base": "http://127.0.0.1:PORT", "port": PORT}. Offers are made by the tests with
// POST /_test/offer {format, grant, txCode, deferred, expired, byReference, tamper, wrongNonce, redirect};
// the answer holds the offer URI. Each offer is its own credential issuer, `${base}/i/<id>`, so that a
// tampered or misbehaving issuer touches no other test.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import {
  authorizationCodeGrantIdentifier,
  HashAlgorithm,
  Oauth2AuthorizationServer,
  Oauth2ResourceServer,
  Oauth2ServerErrorResponseError,
  PkceCodeChallengeMethod,
  preAuthorizedCodeGrantIdentifier,
  SupportedAuthenticationScheme,
  clientAuthenticationNone
} from '@openid4vc/oauth2';
import {Openid4vciIssuer, Openid4vciVersion, setGlobalConfig} from '@openid4vc/openid4vci';

import {didKeyJwk, generateKey, loadKey} from '../interop/lib/keys.mjs';
import {issueCredential} from '../interop/lib/ldp.mjs';
import {openBadge} from '../interop/lib/samples.mjs';
import {issue as issueSdJwt} from '../interop/lib/sdjwt.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const PORT = Number(option('--port', '0'));
const HOST = option('--host', '127.0.0.1');

// plain http is for loopback only: this issuer listens on 127.0.0.1 for the tests
setGlobalConfig({allowInsecureUrls: true});

const b64u = buf => Buffer.from(buf).toString('base64url');

// --- keys and the library callbacks ------------------------------------------------------------
const issuerKey = await generateKey('ed25519');      // signs ldp_vc and jwt_vc_json
const sdJwtKey = await generateKey('p256');          // signs dc+sd-jwt (ES256)
const tokenKey = await generateKey('p256');          // signs access tokens
const privateJwks = [issuerKey.privateKeyJwk, sdJwtKey.privateKeyJwk, tokenKey.privateKeyJwk];

function algOf(jwk) {
  return jwk.kty === 'OKP' ? 'EdDSA' : 'ES256';
}

function signCompact(header, payload, privateJwk) {
  const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}`;
  const key = crypto.createPrivateKey({key: privateJwk, format: 'jwk'});
  const sig = crypto.sign(privateJwk.kty === 'OKP' ? null : 'sha256', Buffer.from(input),
    privateJwk.kty === 'OKP' ? key : {key, dsaEncoding: 'ieee-p1363'});
  return `${input}.${b64u(sig)}`;
}

function verifyCompact(compact, publicJwk) {
  const [h, p, s] = compact.split('.');
  const key = crypto.createPublicKey({key: publicJwk, format: 'jwk'});
  return crypto.verify(publicJwk.kty === 'OKP' ? null : 'sha256', Buffer.from(`${h}.${p}`),
    publicJwk.kty === 'OKP' ? key : {key, dsaEncoding: 'ieee-p1363'}, Buffer.from(s, 'base64url'));
}

const sameKey = (a, b) => a.kty === b.kty && a.crv === b.crv && a.x === b.x && (a.y ?? '') === (b.y ?? '');

async function jwkOfSigner(signer) {
  if(signer.method === 'jwk') {
    return signer.publicJwk;
  }
  if(signer.method === 'did') {
    return didKeyJwk(signer.didUrl);   // did:key only: the wallet's proof kid
  }
  throw new Error(`signer method ${signer.method} is not supported here`);
}

const callbacks = {
  hash: (data, alg) => crypto.createHash(alg.replace('-', '').toLowerCase()).update(data).digest(),
  generateRandom: bytes => crypto.randomBytes(bytes),
  clientAuthentication: clientAuthenticationNone({clientId: 'test-issuer'}),
  fetch: (...a) => fetch(...a),
  signJwt: async (signer, {header, payload}) => {
    const jwk = await jwkOfSigner(signer);
    const priv = privateJwks.find(k => sameKey(k, jwk));
    if(!priv) {
      throw new Error('no private key for this signer');
    }
    return {jwt: signCompact(header, payload, priv), signerJwk: jwk};
  },
  verifyJwt: async (signer, {compact}) => {
    const jwk = await jwkOfSigner(signer);
    if(!jwk) {
      return {verified: false};
    }
    try {
      return verifyCompact(compact, jwk) ? {verified: true, signerJwk: jwk} : {verified: false};
    } catch {
      return {verified: false};
    }
  }
};

const issuerLib = new Openid4vciIssuer({callbacks});
const authorizationServer = new Oauth2AuthorizationServer({callbacks});
const resourceServer = new Oauth2ResourceServer({callbacks});

// --- state ------------------------------------------------------------------------------------
let base = '';
const offers = new Map();          // id -> offer state

const CONFIGURATIONS = {
  ldp_vc: {
    id: 'OpenBadgeCredential_ldp_vc',
    config: {
      format: 'ldp_vc', scope: 'openbadge_ldp',
      credential_definition: {'@context': ['https://www.w3.org/ns/credentials/v2'],
        type: ['VerifiableCredential', 'OpenBadgeCredential']},
      cryptographic_binding_methods_supported: ['did:key'],
      credential_signing_alg_values_supported: ['eddsa-rdfc-2022'],
      proof_types_supported: {jwt: {proof_signing_alg_values_supported: ['EdDSA', 'ES256']}},
      credential_metadata: {display: [{name: 'Teamwork — Service-Learning (Open Badge)', locale: 'en'}]}
    }
  },
  jwt_vc_json: {
    id: 'OpenBadgeCredential_jwt_vc_json',
    config: {
      format: 'jwt_vc_json', scope: 'openbadge_jwt',
      credential_definition: {type: ['VerifiableCredential', 'OpenBadgeCredential']},
      cryptographic_binding_methods_supported: ['did:key'],
      credential_signing_alg_values_supported: ['EdDSA'],
      proof_types_supported: {jwt: {proof_signing_alg_values_supported: ['EdDSA', 'ES256']}},
      credential_metadata: {display: [{name: 'Teamwork — Service-Learning (JWT)', locale: 'en'}]}
    }
  },
  'dc+sd-jwt': {
    id: 'StudentCard_sd_jwt',
    config: {
      format: 'dc+sd-jwt', scope: 'student_card', vct: 'https://credentials.example/StudentCard',
      cryptographic_binding_methods_supported: ['jwk'],
      credential_signing_alg_values_supported: ['ES256'],
      proof_types_supported: {jwt: {proof_signing_alg_values_supported: ['EdDSA', 'ES256']}},
      credential_metadata: {display: [{name: 'Student card', locale: 'en'}]}
    }
  }
};

function makeOffer(options) {
  const id = crypto.randomUUID();
  const format = options.format ?? 'ldp_vc';
  if(!(format in CONFIGURATIONS)) {
    throw new Error(`unknown format ${format}`);
  }
  const credentialIssuer = `${base}/i/${id}`;
  const {id: configurationId, config} = CONFIGURATIONS[format];
  const asIssuer = credentialIssuer;
  const asMetadata = authorizationServer.createAuthorizationServerMetadata({
    issuer: options.tamper === 'as-issuer' ? `${base}/i/someone-else` : asIssuer,
    token_endpoint: `${credentialIssuer}/token`,
    authorization_endpoint: `${credentialIssuer}/authorize`,
    pushed_authorization_request_endpoint: `${credentialIssuer}/par`,
    jwks_uri: `${credentialIssuer}/jwks`,
    code_challenge_methods_supported: [PkceCodeChallengeMethod.S256],
    'pre-authorized_grant_anonymous_access_supported': true,
    authorization_response_iss_parameter_supported: true
  });
  const credentialIssuerMetadata = issuerLib.createCredentialIssuerMetadata({
    credential_issuer: options.tamper === 'issuer' ? `${base}/i/someone-else` : credentialIssuer,
    credential_endpoint: `${credentialIssuer}/credential`,
    nonce_endpoint: `${credentialIssuer}/nonce`,
    deferred_credential_endpoint: `${credentialIssuer}/deferred`,
    display: [{name: 'Northfield State University', locale: 'en'}],
    credential_configurations_supported: {[configurationId]: config}
  });
  const issuerMetadata = {
    credentialIssuer: {...credentialIssuerMetadata, credential_issuer: credentialIssuer},
    authorizationServers: [{...asMetadata, issuer: asIssuer}],
    originalDraftVersion: Openid4vciVersion.V1,
    knownCredentialConfigurations: {[configurationId]: config}
  };
  const state = {
    id, options, format, configurationId, credentialIssuer, asMetadata, credentialIssuerMetadata, issuerMetadata,
    preAuthorizedCode: b64u(crypto.randomBytes(16)), nonces: new Set(), pending: new Map(),
    authorizations: new Map(), codes: new Map(), log: []
  };
  offers.set(id, state);
  return state;
}

async function offerUri(state) {
  const {options} = state;
  const grants = {};
  if((options.grant ?? 'pre-authorized') === 'pre-authorized') {
    grants[preAuthorizedCodeGrantIdentifier] = {
      'pre-authorized_code': state.preAuthorizedCode,
      ...(options.txCode ? {tx_code: {input_mode: 'numeric', length: options.txCode.length,
        description: 'The code in the e-mail from the registrar'}} : {})
    };
  } else {
    state.issuerState = b64u(crypto.randomBytes(12));
    grants[authorizationCodeGrantIdentifier] = {issuer_state: state.issuerState};
  }
  const created = await issuerLib.createCredentialOffer({
    credentialConfigurationIds: [state.configurationId],
    grants,
    issuerMetadata: state.issuerMetadata,
    ...(options.byReference ? {credentialOfferUri: `${state.credentialIssuer}/offer`} : {})
  });
  state.offerObject = created.credentialOfferObject;
  return created.credentialOffer;
}

// --- credentials --------------------------------------------------------------------------------
async function signCredential(state, holder) {
  if(state.format === 'ldp_vc') {
    const unsigned = openBadge({vc: 2, subject: holder.did});
    const {credential} = await issueCredential({credential: unsigned, suite: 'eddsa-rdfc-2022', key: await ldpKey()});
    return credential;
  }
  if(state.format === 'jwt_vc_json') {
    const vc = openBadge({vc: 1, subject: holder.did});
    vc.issuer = {...vc.issuer, id: issuerKey.did};
    const now = Math.floor(Date.now() / 1000);
    const payload = {iss: issuerKey.did, sub: holder.did, nbf: now - 60, iat: now, jti: vc.id, vc};
    return signCompact({alg: 'EdDSA', typ: 'JWT', kid: issuerKey.verificationMethod}, payload,
      issuerKey.privateKeyJwk);
  }
  const claims = {given_name: 'Maya', family_name: 'Alvarez', student_id: 'NSU-2021-0417',
    university: 'Northfield State University'};
  return issueSdJwt({issuer: {...sdJwtKey, vm: sdJwtKey.verificationMethod}, claims,
    disclose: ['given_name', 'family_name', 'student_id'], vct: CONFIGURATIONS['dc+sd-jwt'].config.vct,
    holder: {publicKeyJwk: holder.jwk}});
}

let ldpKeyPair;
async function ldpKey() {
  // the interop stack loads signing key pairs from key files; this one lives only while the issuer runs
  if(!ldpKeyPair) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lw-oid4vci-'));
    const file = path.join(dir, 'issuer-key.json');
    fs.writeFileSync(file, JSON.stringify(issuerKey), {mode: 0o600});
    try {
      ldpKeyPair = await loadKey(file);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  }
  return ldpKeyPair;
}

// --- HTTP glue ----------------------------------------------------------------------------------
class HttpAnswer {
  constructor(status, body, headers = {}) {
    Object.assign(this, {status, body, headers});
  }
}

const json = (body, status = 200, headers = {}) => new HttpAnswer(status, body, headers);

function requestLike(req, url) {
  const headers = new Headers();
  for(const [k, v] of Object.entries(req.headers)) {
    headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  }
  return {headers, method: req.method, url};
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if(size > 1_000_000) {
      throw new Error('request too large');
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const form = text => Object.fromEntries(new URLSearchParams(text).entries());

async function route(req, url, body) {
  const path = url.pathname;
  if(req.method === 'POST' && path === '/_test/offer') {
    const state = makeOffer(JSON.parse(body || '{}'));
    const offer = await offerUri(state);
    return json({offer, id: state.id, credentialIssuer: state.credentialIssuer, issuerDid: issuerKey.did,
      sdJwtIssuerDid: sdJwtKey.did, txCode: state.options.txCode ?? null});
  }
  if(req.method === 'GET' && path.startsWith('/_test/log/')) {
    const state = offers.get(path.slice('/_test/log/'.length));
    return state ? json({log: state.log}) : json({error: 'unknown'}, 404);
  }
  let m = /^\/\.well-known\/(openid-credential-issuer|oauth-authorization-server)\/i\/([^/]+)$/.exec(path);
  if(m && req.method === 'GET') {
    const state = offers.get(m[2]);
    if(!state) {
      return json({error: 'not_found'}, 404);
    }
    state.log.push(`GET ${m[1]}`);
    if(state.options.redirect === 'other-host' && m[1] === 'openid-credential-issuer') {
      return new HttpAnswer(302, '', {location: `http://localhost:${url.port}${path}`});
    }
    return json(m[1] === 'openid-credential-issuer' ? state.credentialIssuerMetadata : state.asMetadata);
  }
  m = /^\/i\/([^/]+)\/([a-z]+)$/.exec(path);
  const state = m && offers.get(m[1]);
  if(!state) {
    return json({error: 'not_found'}, 404);
  }
  const endpoint = m[2];
  state.log.push(`${req.method} ${endpoint}`);
  const request = requestLike(req, url.href);
  const asMetadata = state.issuerMetadata.authorizationServers[0];
  switch(`${req.method} ${endpoint}`) {
    case 'GET offer':
      return json(state.offerObject);
    case 'GET jwks':
      return json({keys: [tokenKey.publicKeyJwk]}, 200, {'content-type': 'application/jwk-set+json'});
    case 'POST par': {
      const {authorizationRequest, authorizationRequestJwt} = await authorizationServer.parsePushedAuthorizationRequest({
        authorizationRequest: form(body), request});
      await authorizationServer.verifyPushedAuthorizationRequest({
        authorizationRequest, authorizationServerMetadata: asMetadata, request,
        ...(authorizationRequestJwt ? {authorizationRequestJwt} : {})});
      if(authorizationRequest.issuer_state !== state.issuerState) {
        return json({error: 'invalid_request', error_description: 'unknown issuer_state'}, 400);
      }
      if(authorizationRequest.code_challenge_method !== 'S256' || !authorizationRequest.code_challenge) {
        return json({error: 'invalid_request', error_description: 'PKCE with S256 is required'}, 400);
      }
      const ref = b64u(crypto.randomBytes(16));
      state.authorizations.set(ref, authorizationRequest);
      const {pushedAuthorizationResponse} = authorizationServer.createPushedAuthorizationResponse({
        requestUri: `urn:ietf:params:oauth:request_uri:${ref}`, expiresInSeconds: 120});
      return json(pushedAuthorizationResponse, 201);
    }
    case 'GET authorize': {
      // the "browser" step: the learner is taken to be logged in and to consent
      const requestUri = url.searchParams.get('request_uri') ?? '';
      const authorization = state.authorizations.get(requestUri.replace('urn:ietf:params:oauth:request_uri:', ''));
      if(!authorization || authorization.client_id !== url.searchParams.get('client_id')) {
        return json({error: 'invalid_request', error_description: 'unknown request_uri'}, 400);
      }
      const code = b64u(crypto.randomBytes(16));
      state.codes.set(code, authorization);
      const redirect = new URL(authorization.redirect_uri);
      redirect.searchParams.set('code', code);
      if(authorization.state) {
        redirect.searchParams.set('state', authorization.state);
      }
      redirect.searchParams.set('iss', asMetadata.issuer);
      return new HttpAnswer(302, '', {location: redirect.href});
    }
    case 'POST token': {
      const parsed = authorizationServer.parseAccessTokenRequest({accessTokenRequest: form(body), request});
      let subject;
      if(parsed.grant.grantType === preAuthorizedCodeGrantIdentifier) {
        await authorizationServer.verifyPreAuthorizedCodeAccessTokenRequest({
          authorizationServerMetadata: asMetadata, grant: parsed.grant,
          accessTokenRequest: parsed.accessTokenRequest, request,
          expectedPreAuthorizedCode: state.preAuthorizedCode, expectedTxCode: state.options.txCode || undefined,
          preAuthorizedCodeExpiresAt: state.options.expired ? new Date(Date.now() - 60_000) : undefined
        });
        subject = state.preAuthorizedCode;
      } else if(parsed.grant.grantType === authorizationCodeGrantIdentifier) {
        const authorization = state.codes.get(parsed.grant.code);
        if(!authorization) {
          return json({error: 'invalid_grant', error_description: 'unknown code'}, 400);
        }
        if(parsed.accessTokenRequest.redirect_uri !== authorization.redirect_uri) {
          return json({error: 'invalid_grant', error_description: 'redirect_uri does not match'}, 400);
        }
        await authorizationServer.verifyAuthorizationCodeAccessTokenRequest({
          authorizationServerMetadata: asMetadata, grant: parsed.grant,
          accessTokenRequest: parsed.accessTokenRequest, request, expectedCode: parsed.grant.code,
          pkce: {codeChallenge: authorization.code_challenge, codeChallengeMethod: authorization.code_challenge_method,
            codeVerifier: parsed.pkceCodeVerifier}
        });
        state.codes.delete(parsed.grant.code);
        subject = parsed.grant.code;
      } else {
        return json({error: 'unsupported_grant_type'}, 400);
      }
      const response = await authorizationServer.createAccessTokenResponse({
        audience: state.credentialIssuer, authorizationServer: asMetadata.issuer, subject,
        signer: {method: 'jwk', alg: 'ES256', publicJwk: tokenKey.publicKeyJwk}, expiresInSeconds: 300,
        scope: state.issuerMetadata.knownCredentialConfigurations[state.configurationId].scope
      });
      return json(response);
    }
    case 'POST nonce': {
      const nonce = b64u(crypto.randomBytes(16));
      if(!state.options.wrongNonce) {
        state.nonces.add(nonce);
      }
      return json(issuerLib.createNonceResponse({cNonce: nonce, cNonceExpiresIn: 300}), 200,
        {'cache-control': 'no-store'});
    }
    case 'POST credential': {
      await resourceServer.verifyResourceRequest({
        authorizationServers: state.issuerMetadata.authorizationServers, request,
        resourceServer: state.credentialIssuer, allowedAuthenticationSchemes: [SupportedAuthenticationScheme.Bearer]
      });
      const parsed = issuerLib.parseCredentialRequest({issuerMetadata: state.issuerMetadata,
        credentialRequest: JSON.parse(body)});
      const jwt = parsed.proofs?.jwt?.[0];
      if(!jwt) {
        return json({error: 'invalid_proof', error_description: 'a jwt proof is required'}, 400);
      }
      const [, payloadPart] = jwt.split('.');
      const claimedNonce = JSON.parse(Buffer.from(payloadPart, 'base64url').toString()).nonce;
      if(!state.nonces.has(claimedNonce)) {
        return json({error: 'invalid_nonce', error_description: 'the nonce is not one this issuer handed out'}, 400);
      }
      const verified = await issuerLib.verifyCredentialRequestJwtProof({
        issuerMetadata: state.issuerMetadata, jwt, expectedNonce: claimedNonce});
      state.nonces.delete(claimedNonce);
      const holderJwk = verified.signer.publicJwk;
      const kid = verified.header.kid ?? '';
      const holder = {did: kid.split('#')[0], jwk: holderJwk};
      state.log.push(`proof kid=${kid}`);
      const credential = await signCredential(state, holder);
      if(state.options.deferred) {
        const transactionId = b64u(crypto.randomBytes(12));
        state.pending.set(transactionId, {credential, polls: 0});
        return json(issuerLib.createCredentialResponse({credentialRequest: parsed, transactionId, interval: 1}), 202);
      }
      return json(issuerLib.createCredentialResponse({credentialRequest: parsed, credentials: [{credential}]}));
    }
    case 'POST deferred': {
      await resourceServer.verifyResourceRequest({
        authorizationServers: state.issuerMetadata.authorizationServers, request,
        resourceServer: state.credentialIssuer, allowedAuthenticationSchemes: [SupportedAuthenticationScheme.Bearer]
      });
      const {deferredCredentialRequest} = issuerLib.parseDeferredCredentialRequest({
        deferredCredentialRequest: JSON.parse(body)});
      const pending = state.pending.get(deferredCredentialRequest.transaction_id);
      if(!pending) {
        return json({error: 'invalid_transaction_id'}, 400);
      }
      pending.polls += 1;
      if(pending.polls < Number(state.options.deferred)) {
        return json(issuerLib.createDeferredCredentialResponse({
          transactionId: deferredCredentialRequest.transaction_id, interval: 1}), 202);
      }
      state.pending.delete(deferredCredentialRequest.transaction_id);
      return json(issuerLib.createDeferredCredentialResponse({credentials: [{credential: pending.credential}]}));
    }
    default:
      return json({error: 'not_found'}, 404);
  }
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host ?? `${HOST}:${PORT}`}`);
  let answer;
  try {
    answer = await route(req, url, await readBody(req));
  } catch(error) {
    if(error instanceof Oauth2ServerErrorResponseError) {
      answer = json(error.errorResponse, error.status ?? 400);
    } else {
      if(process.env.OID4VCI_DEBUG) {
        console.error(error);
      }
      answer = json({error: 'invalid_request', error_description: String(error?.message ?? error)}, 400);
    }
  }
  const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    'content-type': typeof answer.body === 'string' ? 'text/plain' : 'application/json',
    ...answer.headers
  });
  res.end(text);
});

server.listen(PORT, HOST, () => {
  const {port} = server.address();
  base = `http://${HOST}:${port}`;
  process.stdout.write(`${JSON.stringify({base, port})}\n`);
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
