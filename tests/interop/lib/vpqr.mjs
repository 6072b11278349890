// VP <-> "VP1-B<base32(CBOR-LD)>" with the DCC @digitalcredentials/vpqr library. vpqr itself only
// draws a GIF; for a PNG we take the module matrix from the same @nuintun/qrcode encoder with the
// same settings vpqr uses, and for reading a PNG we hand its pixels to @nuintun/qrcode's decoder.
import {readFileSync, writeFileSync} from 'node:fs';

import {fromQrCode, toQrCode} from '@digitalcredentials/vpqr';
import * as cborld from '@digitalcredentials/cborld';
import base32Encode from 'base32-encode';
import {Decoder, Encoder, QRAlphanumeric} from '@nuintun/qrcode';

import {documentLoader} from './documents.mjs';
import {readPng, writePng} from './png.mjs';

/** The text form of a VP too big for any QR version (vpqr fails before returning it). */
async function textOnly(vp) {
  const bytes = await cborld.encode({jsonldDocument: vp, documentLoader});
  return {payload: `VP1-B${base32Encode(bytes, 'RFC4648', {padding: false})}`, rawCborldBytes: bytes};
}

function qrMatrix(payload) {
  const encoder = new Encoder();
  encoder.setEncodingHint(true);
  encoder.write(new QRAlphanumeric(payload));
  encoder.make();
  return encoder.getMatrix();
}

export async function encode({vp, png, gif, scale}) {
  let qr;
  let overflow;
  try {
    qr = await toQrCode({vp, documentLoader});
  } catch(e) {
    if(!/data overflow/i.test(e?.message ?? '')) {
      throw e;
    }
    overflow = e.message;
    qr = await textOnly(vp);
  }
  const info = {
    fitsInQr: overflow === undefined,
    payloadChars: qr.payload.length,
    cborldBytes: qr.rawCborldBytes.length,
    jsonBytes: Buffer.byteLength(JSON.stringify(vp)),
    qrVersion: qr.version ?? null
  };
  if(overflow !== undefined) {
    info.qrError = overflow;
    if(png || gif) {
      throw new Error(`the VP is too large for a QR code (${overflow}); only its text form can be written ` +
        '(drop --png/--gif, or present fewer or derived credentials)');
    }
  }
  if(gif) {
    writeFileSync(gif, Buffer.from(qr.imageDataUrl.slice(qr.imageDataUrl.indexOf(',') + 1), 'base64'));
    info.gif = gif;
  }
  if(png) {
    writeFileSync(png, writePng(qrMatrix(qr.payload), {scale}));
    info.png = png;
  }
  return {text: qr.payload, info};
}

/** The text of the QR code in a PNG file. */
export function readQrPng(file) {
  const {width, height, rgba} = readPng(readFileSync(file));
  // default options: @nuintun/qrcode 3.4.0 fails to decode with inversionAttempts: 'attemptBoth'
  const found = new Decoder().decode(rgba, width, height);
  if(!found) {
    throw new Error(`no QR code found in ${file}`);
  }
  return found.data;
}

export async function decode(text) {
  return (await fromQrCode({text: text.trim(), documentLoader})).vp;
}
