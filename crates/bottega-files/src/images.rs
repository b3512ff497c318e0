//! Uploaded pictures are decoded and drawn again from their pixels: what is stored is a new PNG
//! with no metadata (no GPS position, no camera serial) and nothing but an image in it.

use image::{imageops::FilterType, DynamicImage, ImageFormat, ImageReader, Limits};
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

fn decode(bytes: &[u8]) -> Result<DynamicImage, ImageError> {
    if bytes.is_empty() {
        return Err(ImageError::Empty);
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| ImageError::Corrupt)?;
    match reader.format() {
        Some(ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP | ImageFormat::Gif) => {}
        _ => return Err(ImageError::Unsupported),
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    reader.decode().map_err(|e| match e {
        image::ImageError::Limits(_) => ImageError::TooLarge,
        image::ImageError::Unsupported(_) => ImageError::Unsupported,
        _ => ImageError::Corrupt,
    })
}

fn encode_png(img: &DynamicImage) -> Result<Vec<u8>, ImageError> {
    let mut out = Vec::new();
    img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
        .map_err(|_| ImageError::Corrupt)?;
    Ok(out)
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
    }
}
