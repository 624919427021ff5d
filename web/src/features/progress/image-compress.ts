/**
 * Photos are shrunk on the phone before they are queued or uploaded (issue #4): a camera
 * picture of 4–12 MB becomes a JPEG of a few hundred kB, which matters on a weak connection
 * and in the offline queue. Plain canvas, no library and no worker from elsewhere (the CSP
 * allows scripts from this origin only).
 */

/** The longest side of a compressed photo, in pixels. */
export const MAX_IMAGE_SIDE = 1600
export const JPEG_QUALITY = 0.8
/** Pictures at most this big and within MAX_IMAGE_SIDE are sent as they are. */
export const SMALL_IMAGE_BYTES = 400 * 1024

/** Image types a browser can decode into a canvas; HEIC (most browsers) and GIF are sent as is. */
const COMPRESSIBLE = new Set(['image/jpeg', 'image/png', 'image/webp'])

export function isCompressibleImage(type: string): boolean {
  return COMPRESSIBLE.has(type.toLowerCase())
}

/**
 * The size to draw a `width`×`height` picture at so that its longest side is at most
 * `maxSide`, keeping the aspect ratio (each side at least 1 px). Pictures already small
 * enough keep their size.
 */
export function fitWithin(
  width: number,
  height: number,
  maxSide: number = MAX_IMAGE_SIDE,
): { width: number; height: number; scaled: boolean } {
  if (!(width > 0) || !(height > 0)) throw new RangeError('An image has a positive size')
  const longest = Math.max(width, height)
  if (longest <= maxSide) return { width, height, scaled: false }
  const ratio = maxSide / longest
  return {
    width: Math.max(1, Math.round(width * ratio)),
    height: Math.max(1, Math.round(height * ratio)),
    scaled: true,
  }
}

/** Whether a picture is worth re-encoding: too many pixels, or too many bytes. */
export function needsCompression(
  file: { type: string; size: number },
  dims: { width: number; height: number },
  maxSide: number = MAX_IMAGE_SIDE,
  smallBytes: number = SMALL_IMAGE_BYTES,
): boolean {
  if (!isCompressibleImage(file.type)) return false
  return Math.max(dims.width, dims.height) > maxSide || file.size > smallBytes
}

/** "IMG_2041.HEIC.png" → "IMG_2041.HEIC.jpg": the name follows the new type. */
export function jpegName(name: string): string {
  const base = name.replace(/\.[^./\\]+$/, '')
  return `${base || 'foto'}.jpg`
}

/**
 * Whether the re-encoded picture is kept: only when it is smaller (a PNG screenshot of text
 * can grow as a JPEG).
 */
export function keepCompressed(originalBytes: number, compressedBytes: number): boolean {
  return compressedBytes > 0 && compressedBytes < originalBytes
}

async function decode(file: Blob): Promise<ImageBitmap | HTMLImageElement> {
  if (typeof createImageBitmap === 'function') {
    try {
      return await createImageBitmap(file, { imageOrientation: 'from-image' })
    } catch {
      // Some browsers decode only through an <img>; fall through.
    }
  }
  const url = URL.createObjectURL(file)
  try {
    const img = new Image()
    img.decoding = 'async'
    img.src = url
    await img.decode()
    return img
  } finally {
    URL.revokeObjectURL(url)
  }
}

function sizeOf(image: ImageBitmap | HTMLImageElement): { width: number; height: number } {
  return 'naturalWidth' in image
    ? { width: image.naturalWidth, height: image.naturalHeight }
    : { width: image.width, height: image.height }
}

/**
 * The picture to upload: a JPEG with its longest side at most MAX_IMAGE_SIDE when that makes
 * it smaller, else the file as it was (also when the browser cannot decode it).
 */
export async function compressImage(file: File): Promise<File> {
  if (!isCompressibleImage(file.type)) return file
  let image: ImageBitmap | HTMLImageElement
  try {
    image = await decode(file)
  } catch {
    return file
  }
  try {
    const dims = sizeOf(image)
    if (!needsCompression(file, dims)) return file
    const target = fitWithin(dims.width, dims.height)
    const canvas = document.createElement('canvas')
    canvas.width = target.width
    canvas.height = target.height
    const ctx = canvas.getContext('2d')
    if (!ctx) return file
    // JPEG has no transparency: a transparent PNG gets a white background, not black.
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, target.width, target.height)
    ctx.drawImage(image, 0, 0, target.width, target.height)
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY),
    )
    if (!blob || !keepCompressed(file.size, blob.size)) return file
    return new File([blob], jpegName(file.name), {
      type: 'image/jpeg',
      lastModified: file.lastModified,
    })
  } finally {
    if ('close' in image) image.close()
  }
}
