// Just enough PNG for QR codes, with node:zlib only:
//   writePng: a module matrix -> 8-bit greyscale PNG (quiet zone of 4 modules);
//   readPng:  any non-interlaced PNG (greyscale, RGB, palette, with or without alpha; 1-16 bits)
//             -> RGBA pixels composited on white, as the QR decoder wants them.
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from('89504e470d0a1a0a', 'hex');

const CRC_TABLE = Array.from({length: 256}, (_, n) => {
  let c = n;
  for(let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for(const b of bytes) {
    c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** matrix: rows of booleans (true = dark module). */
export function writePng(matrix, {scale = 4, quietZone = 4} = {}) {
  const modules = matrix.length + 2 * quietZone;
  const side = modules * scale;
  const rowBytes = side + 1; // filter byte + one byte per pixel
  const raw = Buffer.alloc(rowBytes * side, 0xff);
  for(let y = 0; y < side; y++) {
    raw[y * rowBytes] = 0; // filter type: none
    const row = matrix[Math.floor(y / scale) - quietZone];
    if(!row) {
      continue;
    }
    for(let x = 0; x < side; x++) {
      if(row[Math.floor(x / scale) - quietZone]) {
        raw[y * rowBytes + 1 + x] = 0;
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth; colour type 0 (greyscale), deflate, no filter method, no interlace
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0))]);
}

const CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4};

function unfilter(data, {stride, height, bytesPerPixel}) {
  const out = Buffer.alloc(stride * height);
  for(let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    for(let i = 0; i < stride; i++) {
      const left = i >= bytesPerPixel ? out[dst + i - bytesPerPixel] : 0;
      const up = y > 0 ? out[dst - stride + i] : 0;
      const upLeft = y > 0 && i >= bytesPerPixel ? out[dst - stride + i - bytesPerPixel] : 0;
      let predictor;
      switch(filter) {
        case 0: predictor = 0; break;
        case 1: predictor = left; break;
        case 2: predictor = up; break;
        case 3: predictor = (left + up) >> 1; break;
        case 4: {
          const p = left + up - upLeft;
          const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
          predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
          break;
        }
        default: throw new Error(`PNG: unknown filter type ${filter}`);
      }
      out[dst + i] = (data[src + i] + predictor) & 0xff;
    }
  }
  return out;
}

export function readPng(buffer) {
  if(!buffer.subarray(0, 8).equals(SIGNATURE)) {
    throw new Error('not a PNG file');
  }
  let header;
  let palette;
  let transparency;
  const compressed = [];
  for(let at = 8; at + 8 <= buffer.length;) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('latin1', at + 4, at + 8);
    const data = buffer.subarray(at + 8, at + 8 + length);
    at += length + 12;
    if(type === 'IHDR') {
      header = {width: data.readUInt32BE(0), height: data.readUInt32BE(4), depth: data[8], colour: data[9],
        interlace: data[12]};
    } else if(type === 'PLTE') {
      palette = data;
    } else if(type === 'tRNS') {
      transparency = data;
    } else if(type === 'IDAT') {
      compressed.push(data);
    } else if(type === 'IEND') {
      break;
    }
  }
  if(!header) {
    throw new Error('PNG: no IHDR chunk');
  }
  const {width, height, depth, colour, interlace} = header;
  if(interlace) {
    throw new Error('PNG: interlaced images are not supported');
  }
  const channels = CHANNELS[colour];
  if(!channels) {
    throw new Error(`PNG: unknown colour type ${colour}`);
  }
  const bitsPerPixel = channels * depth;
  const stride = Math.ceil(width * bitsPerPixel / 8);
  const pixels = unfilter(zlib.inflateSync(Buffer.concat(compressed)),
    {stride, height, bytesPerPixel: Math.max(1, bitsPerPixel >> 3)});

  const max = (1 << depth) - 1;
  // the n-th sample of a row, as 0..255 (palette indices stay indices)
  const sample = (row, n, asIndex = false) => {
    if(depth === 16) {
      return pixels[row + n * 2];
    }
    if(depth === 8) {
      return pixels[row + n];
    }
    const bit = n * depth;
    const value = (pixels[row + (bit >> 3)] >> (8 - depth - (bit & 7))) & max;
    return asIndex ? value : Math.round(value * 255 / max);
  };
  const rgba = new Uint8ClampedArray(width * height * 4);
  for(let y = 0; y < height; y++) {
    const row = y * stride;
    for(let x = 0; x < width; x++) {
      let r;
      let g;
      let b;
      let a = 255;
      if(colour === 3) {
        const i = sample(row, x, true);
        [r, g, b] = [palette[i * 3], palette[i * 3 + 1], palette[i * 3 + 2]];
        if(transparency && i < transparency.length) {
          a = transparency[i];
        }
      } else if(colour === 0 || colour === 4) {
        r = g = b = sample(row, x * (colour === 4 ? 2 : 1));
        if(colour === 4) {
          a = sample(row, x * 2 + 1);
        }
      } else {
        [r, g, b] = [0, 1, 2].map(c => sample(row, x * channels + c));
        if(colour === 6) {
          a = sample(row, x * 4 + 3);
        }
      }
      const o = (y * width + x) * 4;
      const blend = v => Math.round((v * a + 255 * (255 - a)) / 255); // on a white background
      rgba[o] = blend(r);
      rgba[o + 1] = blend(g);
      rgba[o + 2] = blend(b);
      rgba[o + 3] = 255;
    }
  }
  return {width, height, rgba};
}
