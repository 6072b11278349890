#!/usr/bin/env bash
# Self test of the interop tool on its own: every command, every suite, round trips, and altered
# documents that must be rejected. Prints one line per check and ends with "N passed, N failed".
#   bash tests/interop/selftest.sh [--keep]      (--keep leaves the scratch folder for a look)
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ ! -d $here/node_modules ]]; then
  echo "selftest: $here/node_modules is missing: run scripts/setup.sh (or npm ci in $here)" >&2
  exit 2
fi
work=$(mktemp -d -t lw-interop-selftest.XXXXXX)
[[ ${1:-} == --keep ]] && trap 'echo "scratch folder kept: $work"' EXIT || trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2

passed=0 failed=0 last='{}'
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; shift; for line in "$@"; do echo "     $line"; done; }

# run WANT_EXIT "what" COMMAND [OPTIONS...]: the exit code is WANT_EXIT and stdout is one line of JSON
run() {
  local want=$1 what=$2 rc
  shift 2
  last=$(node "$here/cli.mjs" "$@" 2>"$work/.stderr")
  rc=$?
  if [[ $rc == "$want" && $(printf '%s\n' "$last" | wc -l) == 1 ]] && node -e 'JSON.parse(process.argv[1])' "$last" 2>/dev/null; then
    ok "$what"
  else
    bad "$what" "exit $rc (want $want)" "stdout: ${last:0:500}" "stderr: $(head -c 500 "$work/.stderr")"
  fi
}
# expect "what" JS-EXPRESSION: true for `out` (the last command's JSON) and `file(path)` (a JSON file)
expect() {
  if node -e "const fs = require('fs'); const file = p => JSON.parse(fs.readFileSync(p, 'utf8'));
              const out = JSON.parse(process.argv[1]); process.exit(($2) ? 0 : 1)" "$last" 2>"$work/.stderr"; then
    ok "$1"
  else
    bad "$1" "not true: $2" "$(head -c 500 "$work/.stderr")"
  fi
}
# alter IN OUT JS-STATEMENT: writes IN changed by the statement (on `d`) to OUT
alter() {
  node -e "const fs = require('fs'); const d = JSON.parse(fs.readFileSync('$1', 'utf8')); $3;
           fs.writeFileSync('$2', JSON.stringify(d))"
}

echo "# keys and samples"
run 0 "keygen ed25519 issuer" keygen --type ed25519 --out ed.json
run 0 "keygen p256 issuer" keygen --type p256 --out p256.json
run 0 "keygen ed25519 holder" keygen --type ed25519 --out holder.json
expect "key files: did:key, verification method, JWKs" \
  "file('p256.json').did.startsWith('did:key:zDn') && file('ed.json').verificationMethod.includes('#z6Mk')
   && file('holder.json').privateKeyJwk.d.length === 43 && !file('p256.json').publicKeyJwk.d"
run 0 "sample ob3 (VC 2.0)" sample --kind ob3 --out ob.json
run 0 "sample ob3 --vc 1" sample --kind ob3 --vc 1 --out ob1.json
run 0 "sample clr2 (VC 2.0)" sample --kind clr2 --out clr.json
run 0 "sample clr2 --vc 1" sample --kind clr2 --vc 1 --out clr1.json
expect "the OB sample has criteria, two alignments, evidence, validFrom and the learner's name" \
  "(d => d.credentialSubject.achievement.criteria.narrative && d.credentialSubject.achievement.alignment.length === 2
   && d.evidence.length && d.validFrom && d.credentialSubject.name === 'Maya Alvarez')(file('ob.json'))"
expect "the CLR sample nests two credentials and an isChildOf association" \
  "(s => s.verifiableCredential.length === 2 && s.association[0].associationType === 'isChildOf')(file('clr.json').credentialSubject)"

echo "# issue and verify, each suite"
for v in "" 1; do
  src=ob${v}.json
  for suite in eddsa-rdfc-2022 ed25519-signature-2020; do
    run 0 "issue $suite ($src)" issue --suite $suite --key ed.json --in "$src" --out "$suite$v.json"
    run 0 "verify $suite ($src)" verify-credential --in "$suite$v.json"
  done
done
expect "the issuer became the key's DID" "file('eddsa-rdfc-2022.json').issuer.id === file('ed.json').did && out.verified"
run 0 "issue ecdsa-sd-2023 base (--mandatory)" issue --suite ecdsa-sd-2023 --key p256.json --in ob.json --out sd-base.json \
  --mandatory /issuer,/validFrom,/name
run 0 "verify the base proof (confirm cryptosuite)" verify-credential --in sd-base.json
expect "the proof is seen as a base proof" "out.proofs[0].kind === 'base' && out.warnings.length === 1"
run 0 "issue CLR with --sign-nested" issue --suite eddsa-rdfc-2022 --key ed.json --in clr.json --out clr-signed.json --sign-nested
run 0 "verify CLR (its own and two nested proofs)" verify-credential --in clr-signed.json
expect "both nested credentials verified" "out.nested.length === 2 && out.nested.every(n => n.verified)"
run 0 "issue CLR VC 1.1 ed25519-signature-2020 --sign-nested" issue --suite ed25519-signature-2020 --key ed.json \
  --in clr1.json --out clr1-signed.json --sign-nested
run 0 "verify CLR VC 1.1" verify-credential --in clr1-signed.json
run 1 "--now before validFrom fails (not yet valid)" verify-credential --in eddsa-rdfc-2022.json --now 2020-01-01T00:00:00Z

echo "# selective disclosure (ecdsa-sd-2023)"
run 0 "derive: achievement name and learner name" derive --in sd-base.json \
  --reveal /credentialSubject/achievement/name,/credentialSubject/name --out sd-derived.json
run 0 "verify the derived proof" verify-credential --in sd-derived.json
expect "derived: revealed and mandatory fields kept, the rest dropped" \
  "(d => d.credentialSubject.achievement.name && d.name && d.validFrom && !d.evidence
   && !d.credentialSubject.achievement.criteria)(file('sd-derived.json')) && out.proofs[0].kind === 'derived'"
run 0 "issue CLR ecdsa-sd-2023 base" issue --suite ecdsa-sd-2023 --key p256.json --in clr.json --out clr-sd.json --sign-nested
run 0 "derive from the CLR (learner name)" derive --in clr-sd.json --reveal /credentialSubject/name --out clr-sd-derived.json
run 0 "verify the derived CLR" verify-credential --in clr-sd-derived.json

echo "# presentations"
run 0 "present two credentials (eddsa holder)" present --holder holder.json --in eddsa-rdfc-2022.json,sd-derived.json \
  --challenge ch-1 --domain verifier.example --out vp.json
run 0 "verify the presentation" verify-presentation --in vp.json --challenge ch-1 --domain verifier.example
expect "presentation and both credentials verified" \
  "out.presentation.verified && out.credentials.length === 2 && out.credentials.every(c => c.verified)"
run 1 "another challenge fails" verify-presentation --in vp.json --challenge ch-2 --domain verifier.example
run 1 "another domain fails" verify-presentation --in vp.json --challenge ch-1 --domain other.example
run 0 "present VC 1.1 credentials (ed25519-signature-2020 holder)" present --holder holder.json --suite ed25519-signature-2020 \
  --in eddsa-rdfc-20221.json,ed25519-signature-20201.json --challenge ch-3 --out vp1.json
expect "a VC 1.1 presentation" "out['@context'][0] === 'https://www.w3.org/2018/credentials/v1'"
run 0 "verify it" verify-presentation --in vp1.json --challenge ch-3
run 0 "present the derived credential alone" present --holder holder.json --in sd-derived.json --challenge ch-qr --out vp-small.json

echo "# VP1- QR (vpqr)"
run 0 "vpqr-encode text + PNG + GIF" vpqr-encode --in vp-small.json --out qr.txt --png qr.png --gif qr.gif
expect "VP1-B text that fits a QR code" "fs.readFileSync('qr.txt', 'utf8').startsWith('VP1-B') && out.fitsInQr === true"
run 0 "vpqr-decode the text" vpqr-decode --in qr.txt --out from-text.json
expect "the same VP back" "require('util').isDeepStrictEqual(file('vp-small.json'), file('from-text.json'))"
run 0 "vpqr-decode the PNG" vpqr-decode --png qr.png --out from-png.json
expect "the same VP back from the image" "require('util').isDeepStrictEqual(file('vp-small.json'), file('from-png.json'))"
run 0 "verify the decoded VP" verify-presentation --in from-png.json --challenge ch-qr
run 0 "vpqr-encode a VP too large for a QR code: text only" vpqr-encode --in vp.json --out big.txt
expect "reported as not fitting" "out.fitsInQr === false && out.qrVersion === null"
run 1 "... and no image for it" vpqr-encode --in vp.json --out big.txt --png big.png
run 0 "vpqr-decode the large text" vpqr-decode --in big.txt --out big.json
run 0 "verify the large decoded VP" verify-presentation --in big.json --challenge ch-1 --domain verifier.example

echo "# SD-JWT VC"
cat >claims.json <<'EOF'
{"name": "Maya Alvarez", "issuing_institution": "Northfield State University",
 "achievement": {"name": "Teamwork — Service-Learning", "criteria": "30+ hours of team service"}}
EOF
run 0 "sdjwt-issue ES256, holder-bound" sdjwt-issue --key p256.json --in claims.json --disclose name,achievement,achievement.criteria \
  --vct https://credentials.example.edu/micro --holder holder.json --out cred.sdjwt
run 0 "sdjwt-present with key binding" sdjwt-present --in cred.sdjwt --reveal achievement --holder holder.json --nonce n-1 \
  --aud https://verifier.example --out pres.sdjwt
run 0 "sdjwt-verify signature, nonce and aud" sdjwt-verify --in pres.sdjwt --issuer-key p256.json --nonce n-1 --aud https://verifier.example
expect "only the revealed claims" "out.claims.achievement.name && out.claims.name === undefined
  && out.claims.achievement.criteria === undefined && out.keyBinding.verified && out.keyBinding.nonce === 'n-1'"
run 1 "another nonce fails" sdjwt-verify --in pres.sdjwt --issuer-key p256.json --nonce n-2 --aud https://verifier.example
run 1 "another aud fails" sdjwt-verify --in pres.sdjwt --issuer-key p256.json --nonce n-1 --aud https://other.example
run 1 "another issuer key fails" sdjwt-verify --in pres.sdjwt --issuer-key ed.json --nonce n-1 --aud https://verifier.example
run 0 "sdjwt-issue EdDSA, not bound" sdjwt-issue --key ed.json --in claims.json --disclose name,achievement.criteria --vct urn:example:micro \
  --out cred-ed.sdjwt
run 0 "sdjwt-present without key binding" sdjwt-present --in cred-ed.sdjwt --reveal name --out pres-ed.sdjwt
run 0 "sdjwt-verify with the key from the did:key iss, --require" sdjwt-verify --in pres-ed.sdjwt --require name
run 1 "--require of an undisclosed claim fails" sdjwt-verify --in pres-ed.sdjwt --require achievement.criteria,unknown

echo "# altered documents are rejected"
alter eddsa-rdfc-2022.json t1.json "d.credentialSubject.achievement.name = 'Leadership'"
run 1 "eddsa-rdfc-2022: achievement name" verify-credential --in t1.json
alter ed25519-signature-2020.json t2.json "d.validFrom = '2024-01-01T00:00:00Z'"
run 1 "ed25519-signature-2020: validFrom" verify-credential --in t2.json
alter eddsa-rdfc-20221.json t3.json "d.credentialSubject.name = 'Mallory'"
run 1 "VC 1.1: learner name" verify-credential --in t3.json
alter sd-base.json t4.json "d.name = 'Forged'"
run 1 "ecdsa-sd-2023 base: name" verify-credential --in t4.json
alter sd-derived.json t5.json "d.credentialSubject.achievement.name = 'Leadership'"
run 1 "ecdsa-sd-2023 derived: a revealed value" verify-credential --in t5.json
alter sd-derived.json t6.json "d.credentialSubject.term = 'Fall 2030'"
run 1 "ecdsa-sd-2023 derived: an added claim" verify-credential --in t6.json
alter clr-signed.json t7.json "d.credentialSubject.verifiableCredential[0].credentialSubject.achievement.name = 'Leadership'"
run 1 "CLR: a field inside a nested credential" verify-credential --in t7.json
expect "the CLR's proof and the nested proof both fail" "!out.verified && out.nested.some(n => !n.verified)"
alter vp.json t8.json "d.verifiableCredential[0].credentialSubject.name = 'Mallory'"
run 1 "VP: a field of an embedded credential" verify-presentation --in t8.json --challenge ch-1 --domain verifier.example
alter vp.json t9.json "d.holder = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK'"
run 1 "VP: the holder" verify-presentation --in t9.json --challenge ch-1 --domain verifier.example
node -e "
const fs = require('fs'); const s = fs.readFileSync('pres.sdjwt', 'utf8').trim().split('~');
const enc = v => Buffer.from(JSON.stringify(v)).toString('base64url');
const disclosure = JSON.parse(Buffer.from(s[1], 'base64url').toString()); disclosure[2] = {name: 'Leadership'};
s[1] = enc(disclosure); fs.writeFileSync('t10.sdjwt', s.join('~'));
const p = fs.readFileSync('pres-ed.sdjwt', 'utf8').trim().split('~'); const [h, body, sig] = p[0].split('.');
const payload = JSON.parse(Buffer.from(body, 'base64url').toString()); payload.issuing_institution = 'Fake U';
p[0] = [h, enc(payload), sig].join('.'); fs.writeFileSync('t11.sdjwt', p.join('~'));"
run 1 "SD-JWT: a disclosure" sdjwt-verify --in t10.sdjwt --issuer-key p256.json --nonce n-1 --aud https://verifier.example
run 1 "SD-JWT: the issuer-signed payload" sdjwt-verify --in t11.sdjwt --issuer-key ed.json

echo "# --docs: a did:web issuer, its DID document given offline"
node --input-type=module -e "
import {readFileSync, writeFileSync} from 'node:fs';
import * as Ed25519Multikey from '$here/node_modules/@digitalbazaar/ed25519-multikey/lib/index.js';
import {issueCredential} from '$here/lib/ldp.mjs';
import {addGivenDocuments} from '$here/lib/documents.mjs';
const did = 'did:web:registrar.example.edu';
const keyPair = await Ed25519Multikey.generate({id: did + '#key-1', controller: did});
const {publicKeyMultibase} = await keyPair.export({publicKey: true});
writeFileSync('docs.json', JSON.stringify({[did]: {
  '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'], id: did,
  verificationMethod: [{id: '#key-1', type: 'Multikey', controller: did, publicKeyMultibase}],
  assertionMethod: ['#key-1']}}));
addGivenDocuments('docs.json');
const {credential} = await issueCredential({credential: JSON.parse(readFileSync('ob.json', 'utf8')),
  suite: 'eddsa-rdfc-2022', key: {type: 'ed25519', did, keyPair}});
writeFileSync('didweb.json', JSON.stringify(credential));" 2>"$work/.stderr" || bad "did:web fixture" "$(cat "$work/.stderr")"
run 0 "verify a did:web credential with --docs" verify-credential --in didweb.json --docs docs.json
run 1 "without --docs it fails: nothing is fetched" verify-credential --in didweb.json

echo "# usage errors (exit 2)"
run 2 "unknown command" frobnicate
run 2 "missing --out" keygen --type ed25519
run 2 "unknown option" verify-credential --in ob.json --bogus
run 2 "a p256 key with eddsa-rdfc-2022" issue --suite eddsa-rdfc-2022 --key p256.json --in ob.json --out x.json
run 2 "an input file that does not exist" verify-credential --in nowhere.json
run 2 "derive from a credential without a base proof" derive --in eddsa-rdfc-2022.json --reveal /name --out x.json
run 0 "contexts" contexts
expect "VC v1/v2, Data Integrity v2, OB 3.0.3, CLR 2.0 are served" \
  "['https://www.w3.org/2018/credentials/v1', 'https://www.w3.org/ns/credentials/v2', 'https://w3id.org/security/data-integrity/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', 'https://purl.imsglobal.org/spec/clr/v2p0/context.json']
   .every(u => out.urls.includes(u))"

echo
echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
