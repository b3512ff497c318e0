//! Uploaded pictures are decoded and drawn again from their pixels: what is stored is a new file
//! with no metadata (no GPS position, no camera serial) and nothing but an image in it. A photo's
//! EXIF orientation is applied to the pixels first, so phone pictures stay upright once the
//! metadata is gone.

use image::codecs::jpeg::JpegEncoder;
use image::metadata::Orientation;
use image::{imageops::FilterType, DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use std::io::Cursor;
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum ImageError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is not a picture in a supported format (PNG, JPEG, WebP, GIF)")]
    Unsupported,
    #[error("the picture is too large")]
    TooLarge,
    #[error("the picture could not be read")]
    Corrupt,
}

/// Largest accepted side, and the memory ceiling for decoding: a small file that claims to be a
/// 60,000-pixel-wide image (a decompression bomb) is refused before any pixel is decoded.
const MAX_SIDE: u32 = 8000;
const MAX_ALLOC: u64 = 256 * 1024 * 1024;

/// JPEG quality of re-encoded photos: visually the same as a camera's, about half the size.
const JPEG_QUALITY: u8 = 85;
/// Thumbnails are small and viewed in passing: a lower quality does not show.
const THUMBNAIL_JPEG_QUALITY: u8 = 80;

fn decode(bytes: &[u8]) -> Result<DynamicImage, ImageError> {
    decode_with_format(bytes).map(|(img, _)| img)
}

/// Decodes within the limits, with the EXIF orientation applied, and says which format it was.
fn decode_with_format(bytes: &[u8]) -> Result<(DynamicImage, ImageFormat), ImageError> {
    if bytes.is_empty() {
        return Err(ImageError::Empty);
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| ImageError::Corrupt)?;
    let format = match reader.format() {
        Some(
            format @ (ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP | ImageFormat::Gif),
        ) => format,
        _ => return Err(ImageError::Unsupported),
    };
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(image_error)?;
    // The decoder checks width and height against the limits; the pixel buffer is checked here,
    // before it is allocated.
    if decoder.total_bytes() > MAX_ALLOC {
        return Err(ImageError::TooLarge);
    }
    // A picture whose orientation cannot be read is shown as it is stored.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(image_error)?;
    img.apply_orientation(orientation);
    Ok((img, format))
}

fn image_error(e: image::ImageError) -> ImageError {
    match e {
        image::ImageError::Limits(_) => ImageError::TooLarge,
        image::ImageError::Unsupported(_) => ImageError::Unsupported,
        _ => ImageError::Corrupt,
    }
}

fn encode_png(img: &DynamicImage) -> Result<Vec<u8>, ImageError> {
    let mut out = Vec::new();
    img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
        .map_err(|_| ImageError::Corrupt)?;
    Ok(out)
}

fn encode_jpeg(img: &DynamicImage, quality: u8) -> Result<Vec<u8>, ImageError> {
    // JPEG has no alpha channel and 8 bits per sample: grey stays grey, the rest becomes RGB.
    // Converted only when needed: a large photo's pixels are not copied for nothing.
    let converted;
    let img = match img {
        DynamicImage::ImageLuma8(_) | DynamicImage::ImageRgb8(_) => img,
        DynamicImage::ImageLuma16(_)
        | DynamicImage::ImageLumaA8(_)
        | DynamicImage::ImageLumaA16(_) => {
            converted = DynamicImage::ImageLuma8(img.to_luma8());
            &converted
        }
        _ => {
            converted = DynamicImage::ImageRgb8(img.to_rgb8());
            &converted
        }
    };
    let mut out = Vec::new();
    img.write_with_encoder(JpegEncoder::new_with_quality(&mut out, quality))
        .map_err(|_| ImageError::Corrupt)?;
    Ok(out)
}

/// A picture redrawn from its pixels, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reencoded {
    pub bytes: Vec<u8>,
    /// `jpg` or `png`.
    pub ext: &'static str,
    /// `image/jpeg` or `image/png`.
    pub media_type: &'static str,
    pub width: u32,
    pub height: u32,
}

/// Redraws an uploaded picture: a JPEG stays a JPEG (quality 85: photos would grow several
/// times as PNG), any other format (PNG, GIF, WebP) becomes a PNG, which keeps transparency and
/// sharp edges. Only the pixels survive; an animated GIF keeps its first frame. Pictures larger
/// than 8000 pixels a side or than 256 MiB decoded are refused before decoding.
pub fn reencode(bytes: &[u8]) -> Result<Reencoded, ImageError> {
    let (img, format) = decode_with_format(bytes)?;
    let (bytes, ext, media_type) = if format == ImageFormat::Jpeg {
        (encode_jpeg(&img, JPEG_QUALITY)?, "jpg", "image/jpeg")
    } else {
        (encode_png(&img)?, "png", "image/png")
    };
    Ok(Reencoded {
        bytes,
        ext,
        media_type,
        width: img.width(),
        height: img.height(),
    })
}

/// The picture shrunk (never enlarged) to fit in a `max_side` × `max_side` square, keeping its
/// proportions: for previews in lists.
///
/// The format follows [`reencode`]: a JPEG thumbnail for a JPEG (a photo), a PNG for anything
/// else (screenshots, diagrams and logos, which may be transparent and would blur as JPEG). So
/// the thumbnail's extension and media type are those of [`Reencoded`] for the same picture.
pub fn thumbnail(bytes: &[u8], max_side: u32) -> Result<Vec<u8>, ImageError> {
    let (img, format) = decode_with_format(bytes)?;
    let max_side = max_side.max(1);
    let img = if img.width() > max_side || img.height() > max_side {
        // Triangle: much faster than Lanczos on large photos, and as good at thumbnail size.
        img.resize(max_side, max_side, FilterType::Triangle)
    } else {
        img
    };
    if format == ImageFormat::Jpeg {
        encode_jpeg(&img, THUMBNAIL_JPEG_QUALITY)
    } else {
        encode_png(&img)
    }
}

/// A square picture of `size` pixels, cropped to the centre: for avatars.
pub fn square(bytes: &[u8], size: u32) -> Result<Vec<u8>, ImageError> {
    let img = decode(bytes)?;
    encode_png(&img.resize_to_fill(size, size, FilterType::Lanczos3))
}

/// The picture shrunk (never enlarged) to fit in `max_w` × `max_h`: for logos.
pub fn fit(bytes: &[u8], max_w: u32, max_h: u32) -> Result<Vec<u8>, ImageError> {
    let img = decode(bytes)?;
    let img = if img.width() > max_w || img.height() > max_h {
        img.resize(max_w, max_h, FilterType::Lanczos3)
    } else {
        img
    };
    encode_png(&img)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = DynamicImage::new_rgb8(w, h);
        encode_png(&img).unwrap()
    }

    #[test]
    fn avatars_are_square_pngs() {
        let out = square(&png(300, 120), 64).unwrap();
        let img = image::load_from_memory(&out).unwrap();
        assert_eq!((img.width(), img.height()), (64, 64));
        assert_eq!(image::guess_format(&out).unwrap(), ImageFormat::Png);
    }

    #[test]
    fn logos_shrink_but_never_grow() {
        let small = image::load_from_memory(&fit(&png(50, 20), 400, 200).unwrap()).unwrap();
        assert_eq!((small.width(), small.height()), (50, 20));
        let big = image::load_from_memory(&fit(&png(1000, 1000), 400, 200).unwrap()).unwrap();
        assert_eq!((big.width(), big.height()), (200, 200));
    }

    #[test]
    fn hostile_or_broken_input_is_refused() {
        assert_eq!(square(b"", 64), Err(ImageError::Empty));
        assert_eq!(
            square(b"<html><script>alert(1)</script></html>", 64),
            Err(ImageError::Unsupported)
        );
        assert_eq!(
            square(b"<svg xmlns='http://www.w3.org/2000/svg'/>", 64),
            Err(ImageError::Unsupported)
        );
        let mut truncated = png(100, 100);
        truncated.truncate(60);
        assert_eq!(square(&truncated, 64), Err(ImageError::Corrupt));
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for b in bytes {
            crc ^= u32::from(*b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    fn jpeg(w: u32, h: u32) -> Vec<u8> {
        let mut img = image::RgbImage::new(w, h);
        for (x, y, p) in img.enumerate_pixels_mut() {
            *p = image::Rgb([(x % 256) as u8, (y % 256) as u8, 128]);
        }
        encode_jpeg(&DynamicImage::ImageRgb8(img), 90).unwrap()
    }

    /// A JPEG with an EXIF block saying "rotate 90° clockwise to display" and a GPS-looking
    /// marker string, as phones write them.
    fn rotated_jpeg_with_exif(w: u32, h: u32) -> Vec<u8> {
        let plain = jpeg(w, h);
        // TIFF header (little endian), one IFD entry: Orientation (0x0112), SHORT, 1, value 6.
        let mut tiff = b"II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0\x06\0\0\0\0\0\0\0".to_vec();
        tiff.extend_from_slice(b"GPS 52.2297N 21.0122E");
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend_from_slice(&tiff);
        let len = (app1.len() + 2) as u16;
        let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(&app1);
        out.extend_from_slice(&plain[2..]);
        out
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn jpeg_stays_jpeg_without_metadata_and_upright() {
        let original = rotated_jpeg_with_exif(40, 20);
        assert!(contains(&original, b"GPS 52.2297N"));
        let out = reencode(&original).unwrap();
        assert_eq!((out.ext, out.media_type), ("jpg", "image/jpeg"));
        assert_eq!(image::guess_format(&out.bytes).unwrap(), ImageFormat::Jpeg);
        // The orientation was applied to the pixels: 40 × 20 stored, 20 × 40 shown.
        assert_eq!((out.width, out.height), (20, 40));
        let img = image::load_from_memory(&out.bytes).unwrap();
        assert_eq!((img.width(), img.height()), (20, 40));
        assert!(!contains(&out.bytes, b"Exif"));
        assert!(!contains(&out.bytes, b"GPS 52.2297N"));
    }

    #[test]
    fn other_formats_become_png() {
        let mut gif = Vec::new();
        DynamicImage::new_rgba8(7, 5)
            .write_to(&mut Cursor::new(&mut gif), ImageFormat::Gif)
            .unwrap();
        let mut webp = Vec::new();
        DynamicImage::new_rgba8(3, 9)
            .write_to(&mut Cursor::new(&mut webp), ImageFormat::WebP)
            .unwrap();
        for (input, size) in [(png(12, 34), (12, 34)), (gif, (7, 5)), (webp, (3, 9))] {
            let out = reencode(&input).unwrap();
            assert_eq!((out.ext, out.media_type), ("png", "image/png"));
            assert_eq!(image::guess_format(&out.bytes).unwrap(), ImageFormat::Png);
            assert_eq!((out.width, out.height), size);
        }
    }

    #[test]
    fn png_text_chunks_do_not_survive() {
        // A tEXt chunk (keyword "Comment") inserted after the header.
        let mut marked = png(5, 5);
        let mut chunk_data = b"Comment\0secret location".to_vec();
        let mut chunk = (chunk_data.len() as u32).to_be_bytes().to_vec();
        let mut typed = b"tEXt".to_vec();
        typed.append(&mut chunk_data);
        chunk.extend_from_slice(&typed);
        chunk.extend_from_slice(&crc32(&typed).to_be_bytes());
        marked.splice(33..33, chunk);
        assert!(contains(&marked, b"secret location"));
        let out = reencode(&marked).unwrap();
        assert!(!contains(&out.bytes, b"secret location"));
        assert_eq!((out.width, out.height), (5, 5));
    }

    #[test]
    fn reencoding_refuses_what_decoding_refuses() {
        assert_eq!(reencode(b""), Err(ImageError::Empty));
        assert_eq!(reencode(b"<svg/>"), Err(ImageError::Unsupported));
        let mut truncated = jpeg(64, 64);
        truncated.truncate(40);
        assert!(matches!(
            reencode(&truncated),
            Err(ImageError::Corrupt | ImageError::Unsupported)
        ));
    }

    #[test]
    fn thumbnails_shrink_keep_proportions_and_never_grow() {
        let out = thumbnail(&jpeg(400, 100), 64).unwrap();
        assert_eq!(image::guess_format(&out).unwrap(), ImageFormat::Jpeg);
        let img = image::load_from_memory(&out).unwrap();
        assert_eq!((img.width(), img.height()), (64, 16));

        let out = thumbnail(&png(30, 90), 64).unwrap();
        assert_eq!(image::guess_format(&out).unwrap(), ImageFormat::Png);
        let img = image::load_from_memory(&out).unwrap();
        assert_eq!((img.width(), img.height()), (21, 64));

        let out = thumbnail(&png(10, 20), 64).unwrap();
        let img = image::load_from_memory(&out).unwrap();
        assert_eq!((img.width(), img.height()), (10, 20));

        // Upright, like the re-encoded picture.
        let out = thumbnail(&rotated_jpeg_with_exif(40, 20), 64).unwrap();
        let img = image::load_from_memory(&out).unwrap();
        assert_eq!((img.width(), img.height()), (20, 40));
        assert_eq!(thumbnail(b"", 64), Err(ImageError::Empty));
    }

    #[test]
    fn decompression_bombs_are_refused_before_decoding() {
        // A valid PNG header claiming 60,000 × 60,000 pixels, with almost no data.
        let mut bomb = png(1, 1);
        bomb[16..20].copy_from_slice(&60_000u32.to_be_bytes());
        bomb[20..24].copy_from_slice(&60_000u32.to_be_bytes());
        // Keep the header's checksum valid so the lie is in the size, not in the framing.
        let crc = crc32(&bomb[12..29]);
        bomb[29..33].copy_from_slice(&crc.to_be_bytes());
        assert_eq!(square(&bomb, 64), Err(ImageError::TooLarge));
        assert_eq!(reencode(&bomb), Err(ImageError::TooLarge));
        assert_eq!(thumbnail(&bomb, 64), Err(ImageError::TooLarge));
    }
}
