//! What an uploaded file really is, checked against what its name claims.
//!
//! Only the types in [`ALLOWED_EXTENSIONS`] are accepted, and the bytes must match the extension:
//! a PNG named `.html`, an HTML page named `.png` or a program named `.pdf` is refused. This
//! keeps the extension (and so the media type Bottega serves the file with) honest.
//!
//! Archives (`.zip` and the Office and OpenDocument formats, which are zip files) are really
//! decompressed, entry by entry and without keeping anything, to refuse zip bombs before anyone
//! downloads one. Nested archives are not opened: they are served as they are, and whoever
//! unpacks them is on guard as for any download.
//!
//! Inspection reads the file in small chunks, so its memory use does not grow with the file.

use std::fs::File;
use std::io::{BufReader, ErrorKind, Read, Seek, SeekFrom};
use std::path::Path;

use thiserror::Error;
use zip::ZipArchive;

/// Extensions accepted for upload, lowercase and without the dot (aliases included: `jpeg`,
/// `htm`), for the upload form's `accept` attribute and its help text.
pub const ALLOWED_EXTENSIONS: &[&str] = &[
    "pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "odp", "txt", "csv", "md",
    "zip", "png", "jpg", "jpeg", "gif", "webp", "svg", "mp4", "webm", "mp3", "ogg", "wav", "html",
    "htm",
];

/// Most entries accepted in an archive: real documents have dozens to hundreds.
pub const MAX_ARCHIVE_ENTRIES: u64 = 10_000;
/// Most bytes an archive may expand to, all entries together.
pub const MAX_ARCHIVE_EXPANDED: u64 = 256 * 1024 * 1024;
/// Highest accepted ratio of expanded bytes to archive size, checked once more than
/// [`ARCHIVE_RATIO_FLOOR`] bytes have expanded: text compresses tenfold, zip bombs a
/// thousandfold and more.
pub const MAX_ARCHIVE_RATIO: u64 = 200;
/// Small archives may expand as much as they like: the result is small anyway.
pub const ARCHIVE_RATIO_FLOOR: u64 = 10 * 1024 * 1024;

/// The archive limits above, together, so tests can try smaller ones.
#[derive(Debug, Clone, Copy)]
struct Limits {
    entries: u64,
    expanded: u64,
    ratio: u64,
    ratio_floor: u64,
}

const LIMITS: Limits = Limits {
    entries: MAX_ARCHIVE_ENTRIES,
    expanded: MAX_ARCHIVE_EXPANDED,
    ratio: MAX_ARCHIVE_RATIO,
    ratio_floor: ARCHIVE_RATIO_FLOOR,
};

/// Bytes read from the start of the file to recognise its format.
const HEAD_LEN: usize = 8 * 1024;
/// Bytes read at a time when going through a whole file.
const CHUNK: usize = 64 * 1024;

/// What an accepted file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inspected {
    /// The canonical extension, lowercase: `jpg` for `.jpeg`, `html` for `.htm`.
    pub ext: &'static str,
    /// The media type to serve the file with.
    pub media_type: &'static str,
    /// A browser could run code in it (HTML, SVG): serve it only as a download
    /// (`Content-Disposition: attachment`), never inline.
    pub active: bool,
    /// A picture (PNG, JPEG, GIF, WebP): to be redrawn with [`crate::images::reencode`] before
    /// it is stored.
    pub image: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InspectError {
    #[error("the file is empty")]
    Empty,
    #[error("the file name has no extension")]
    NoExtension,
    #[error("files of type .{ext} are not accepted")]
    NotAllowed { ext: String },
    #[error("the file is named .{claimed} but it is: {found}")]
    Mismatch {
        /// The extension of the name, lowercase.
        claimed: String,
        /// What the bytes are, in a few words ("PNG", "HTML", "BIN").
        found: String,
    },
    #[error("the archive expands to far more data than it holds")]
    ArchiveBomb,
    #[error("the file could not be read")]
    Corrupt,
}

impl InspectError {
    /// The id of the message to show the member (in Bottega's Fluent files).
    pub fn message_id(&self) -> &'static str {
        match self {
            InspectError::Empty => "upload-error-empty",
            InspectError::NoExtension => "upload-error-no-extension",
            InspectError::NotAllowed { .. } => "upload-error-not-allowed",
            InspectError::Mismatch { .. } => "upload-error-mismatch",
            InspectError::ArchiveBomb => "upload-error-archive-bomb",
            InspectError::Corrupt => "upload-error-corrupt",
        }
    }
}

/// How the bytes of a type are recognised.
#[derive(Debug, Clone, Copy)]
enum Check {
    Pdf,
    /// OLE compound file: the old Word, Excel and PowerPoint formats.
    Ole,
    /// Office Open XML: a zip with a folder of this name.
    Ooxml(&'static str),
    /// OpenDocument: a zip whose `mimetype` entry holds this media type.
    Odf(&'static str),
    Zip,
    /// UTF-8 text without NUL bytes.
    Text,
    Html,
    Svg,
    Png,
    Jpeg,
    Gif,
    Webp,
    Mp4,
    Webm,
    Mp3,
    Ogg,
    Wav,
}

struct Kind {
    ext: &'static str,
    media_type: &'static str,
    check: Check,
    active: bool,
    image: bool,
}

impl Kind {
    const fn new(ext: &'static str, media_type: &'static str, check: Check) -> Kind {
        Kind {
            ext,
            media_type,
            check,
            active: false,
            image: false,
        }
    }

    const fn active(self) -> Kind {
        Kind {
            active: true,
            ..self
        }
    }

    const fn image(self) -> Kind {
        Kind {
            image: true,
            ..self
        }
    }
}

const ODT: &str = "application/vnd.oasis.opendocument.text";
const ODS: &str = "application/vnd.oasis.opendocument.spreadsheet";
const ODP: &str = "application/vnd.oasis.opendocument.presentation";

const KINDS: &[Kind] = &[
    Kind::new("pdf", "application/pdf", Check::Pdf),
    Kind::new("doc", "application/msword", Check::Ole),
    Kind::new("xls", "application/vnd.ms-excel", Check::Ole),
    Kind::new("ppt", "application/vnd.ms-powerpoint", Check::Ole),
    Kind::new(
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Check::Ooxml("word/"),
    ),
    Kind::new(
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Check::Ooxml("xl/"),
    ),
    Kind::new(
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        Check::Ooxml("ppt/"),
    ),
    Kind::new("odt", ODT, Check::Odf(ODT)),
    Kind::new("ods", ODS, Check::Odf(ODS)),
    Kind::new("odp", ODP, Check::Odf(ODP)),
    Kind::new("zip", "application/zip", Check::Zip),
    Kind::new("txt", "text/plain; charset=utf-8", Check::Text),
    Kind::new("csv", "text/csv; charset=utf-8", Check::Text),
    Kind::new("md", "text/markdown; charset=utf-8", Check::Text),
    Kind::new("png", "image/png", Check::Png).image(),
    Kind::new("jpg", "image/jpeg", Check::Jpeg).image(),
    Kind::new("gif", "image/gif", Check::Gif).image(),
    Kind::new("webp", "image/webp", Check::Webp).image(),
    Kind::new("mp4", "video/mp4", Check::Mp4),
    Kind::new("webm", "video/webm", Check::Webm),
    Kind::new("mp3", "audio/mpeg", Check::Mp3),
    Kind::new("ogg", "audio/ogg", Check::Ogg),
    Kind::new("wav", "audio/wav", Check::Wav),
    Kind::new("html", "text/html", Check::Html).active(),
    Kind::new("svg", "image/svg+xml", Check::Svg).active(),
];

const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
const UTF8_BOM: &[u8] = &[0xEF, 0xBB, 0xBF];
/// `ftyp` brands of still pictures (HEIF, AVIF), which share MP4's container.
const IMAGE_BRANDS: &[&[u8]] = &[
    b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis",
];

/// Checks the file at `path` against the type its name `claimed_name` gives (its extension).
pub fn inspect(path: &Path, claimed_name: &str) -> Result<Inspected, InspectError> {
    inspect_with(path, claimed_name, &LIMITS)
}

fn inspect_with(
    path: &Path,
    claimed_name: &str,
    limits: &Limits,
) -> Result<Inspected, InspectError> {
    let claimed = claimed_extension(claimed_name)?;
    let canonical = match claimed.as_str() {
        "jpeg" => "jpg",
        "htm" => "html",
        other => other,
    };
    let kind =
        KINDS
            .iter()
            .find(|k| k.ext == canonical)
            .ok_or_else(|| InspectError::NotAllowed {
                ext: claimed.clone(),
            })?;

    let mut file = File::open(path).map_err(|_| InspectError::Corrupt)?;
    let size = file.metadata().map_err(|_| InspectError::Corrupt)?.len();
    if size == 0 {
        return Err(InspectError::Empty);
    }
    let head = read_head(&mut file)?;

    let fits = match kind.check {
        Check::Pdf => head.starts_with(b"%PDF-"),
        Check::Ole => head.starts_with(OLE_MAGIC),
        Check::Png => infer::image::is_png(&head),
        Check::Jpeg => infer::image::is_jpeg(&head),
        Check::Gif => infer::image::is_gif(&head),
        Check::Webp => is_webp(&head),
        Check::Mp4 => is_mp4(&head),
        Check::Webm => is_webm(&head),
        Check::Mp3 => is_mp3(&head),
        Check::Ogg => head.starts_with(b"OggS"),
        Check::Wav => head.starts_with(b"RIFF") && head.get(8..12) == Some(b"WAVE"),
        Check::Text => {
            let scan = scan_text(&mut file)?;
            scan.utf8 && !scan.nul
        }
        // Old pages may be in a legacy encoding: only NUL bytes betray a binary file.
        Check::Html => starts_with_markup(&head) && !scan_text(&mut file)?.nul,
        Check::Svg => {
            let scan = scan_text(&mut file)?;
            starts_with_markup(&head) && scan.utf8 && !scan.nul && scan.svg
        }
        Check::Zip | Check::Ooxml(_) | Check::Odf(_) => {
            is_zip(&head) && check_archive(&mut file, size, kind.check, &claimed, limits)?
        }
    };
    if !fits {
        return Err(InspectError::Mismatch {
            found: describe(&head, &mut file, size),
            claimed,
        });
    }
    Ok(Inspected {
        ext: kind.ext,
        media_type: kind.media_type,
        active: kind.active,
        image: kind.image,
    })
}

/// The lowercase extension of the name, as [`crate::names::safe_file_name`] leaves it (so the
/// name shown and the type checked agree).
fn claimed_extension(name: &str) -> Result<String, InspectError> {
    let name = crate::names::safe_file_name(name);
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && !ext.is_empty() => Ok(ext.to_lowercase()),
        _ => Err(InspectError::NoExtension),
    }
}

fn read_head(file: &mut File) -> Result<Vec<u8>, InspectError> {
    let mut head = Vec::with_capacity(HEAD_LEN);
    file.by_ref()
        .take(HEAD_LEN as u64)
        .read_to_end(&mut head)
        .map_err(|_| InspectError::Corrupt)?;
    Ok(head)
}

/// Reads into `buf`, retrying reads that were only interrupted.
fn read_some(file: &mut impl Read, buf: &mut [u8]) -> Result<usize, InspectError> {
    loop {
        match file.read(buf) {
            Ok(n) => return Ok(n),
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(_) => return Err(InspectError::Corrupt),
        }
    }
}

fn is_zip(head: &[u8]) -> bool {
    // A local file header, or the end record of an empty archive.
    head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06")
}

fn is_webp(head: &[u8]) -> bool {
    head.starts_with(b"RIFF") && head.get(8..12) == Some(b"WEBP")
}

fn is_mp4(head: &[u8]) -> bool {
    head.get(4..8) == Some(b"ftyp")
        && head
            .get(8..12)
            .is_some_and(|brand| !IMAGE_BRANDS.contains(&brand))
}

fn is_webm(head: &[u8]) -> bool {
    // An EBML header whose DocType is "webm" (Matroska files say "matroska").
    head.starts_with(&[0x1A, 0x45, 0xDF, 0xA3])
        && head[..head.len().min(256)].windows(4).any(|w| w == b"webm")
}

fn is_mp3(head: &[u8]) -> bool {
    if head.starts_with(b"ID3") {
        return true;
    }
    // An MPEG audio frame header: 11 sync bits, a valid version, layer III, a valid bitrate.
    match head {
        [0xFF, b1, b2, ..] => {
            b1 & 0xE0 == 0xE0
                && (b1 >> 3) & 0x03 != 0x01
                && (b1 >> 1) & 0x03 == 0x01
                && b2 >> 4 != 0x0F
        }
        _ => false,
    }
}

fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes)
}

/// The first thing in the file, after a byte-order mark and white space, is a tag.
fn starts_with_markup(head: &[u8]) -> bool {
    without_bom(head)
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'<')
}

/// What a pass through the whole file found.
struct TextScan {
    utf8: bool,
    nul: bool,
    /// `<svg`, in any case, somewhere.
    svg: bool,
}

fn scan_text(file: &mut File) -> Result<TextScan, InspectError> {
    file.seek(SeekFrom::Start(0))
        .map_err(|_| InspectError::Corrupt)?;
    let mut scan = TextScan {
        utf8: true,
        nul: false,
        svg: false,
    };
    // Room for a chunk plus the start of a character cut by the previous chunk's end.
    let mut buf = vec![0u8; CHUNK + 4];
    let mut carry = 0;
    // The previous chunk's last bytes, to find "<svg" across a chunk boundary.
    let mut tail: Vec<u8> = Vec::with_capacity(8);
    loop {
        let n = read_some(file, &mut buf[carry..carry + CHUNK])?;
        if n == 0 {
            if carry > 0 {
                scan.utf8 = false;
            }
            return Ok(scan);
        }
        let fresh = &buf[carry..carry + n];
        if fresh.contains(&0) {
            scan.nul = true;
            return Ok(scan);
        }
        if !scan.svg {
            tail.extend_from_slice(&fresh[..fresh.len().min(3)]);
            scan.svg = has_svg_tag(&tail) || has_svg_tag(fresh);
            tail.clear();
            tail.extend_from_slice(&fresh[fresh.len().saturating_sub(3)..]);
        }
        carry = if scan.utf8 {
            let data = &buf[..carry + n];
            match std::str::from_utf8(data) {
                Ok(_) => 0,
                // The chunk ends inside a character: keep its first bytes for the next round.
                Err(e) if e.error_len().is_none() => {
                    let (valid, len) = (e.valid_up_to(), data.len());
                    buf.copy_within(valid..len, 0);
                    len - valid
                }
                Err(_) => {
                    scan.utf8 = false;
                    0
                }
            }
        } else {
            0
        };
    }
}

fn has_svg_tag(bytes: &[u8]) -> bool {
    bytes.windows(4).any(|w| w.eq_ignore_ascii_case(b"<svg"))
}

/// The format the bytes are in, as a short name that reads the same in every language (`PNG`,
/// `HTML`, `DOCX`, `BIN` for unknown data), for [`InspectError::Mismatch`].
fn describe(head: &[u8], file: &mut File, size: u64) -> String {
    if is_zip(head) {
        return archive_contents(file, size).to_string();
    }
    if let Some(name) = sniff(head) {
        return name.to_string();
    }
    if let Some(kind) = infer::get(head) {
        return kind.extension().to_uppercase();
    }
    match scan_text(file) {
        Ok(TextScan {
            nul: false,
            utf8: true,
            ..
        }) => "TXT",
        Ok(TextScan { nul: false, .. }) => "TXT (not UTF-8)",
        _ => "BIN",
    }
    .to_string()
}

/// Names the formats Bottega accepts (and a few it meets often) from the start of the file.
fn sniff(head: &[u8]) -> Option<&'static str> {
    let text = without_bom(head);
    let name = if starts_with_markup(head) && has_svg_tag(text) {
        "SVG"
    } else if infer::text::is_html(text) {
        "HTML"
    } else if head.starts_with(b"%PDF-") {
        "PDF"
    } else if infer::image::is_png(head) {
        "PNG"
    } else if infer::image::is_jpeg(head) {
        "JPEG"
    } else if infer::image::is_gif(head) {
        "GIF"
    } else if is_webp(head) {
        "WebP"
    } else if head.starts_with(OLE_MAGIC) {
        "DOC/XLS/PPT"
    } else if is_mp4(head) {
        "MP4"
    } else if head.get(4..8) == Some(b"ftyp") {
        "HEIF/AVIF"
    } else if is_webm(head) {
        "WebM"
    } else if head.starts_with(b"OggS") {
        "Ogg"
    } else if head.starts_with(b"RIFF") && head.get(8..12) == Some(b"WAVE") {
        "WAV"
    } else if is_mp3(head) {
        "MP3"
    } else if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        // What Windows calls "Unicode": Excel's "Unicode text" export, for one.
        "UTF-16"
    } else if head.starts_with(b"MZ") {
        "EXE"
    } else if head.starts_with(b"\x7FELF") {
        "ELF"
    } else if head.starts_with(b"#!") {
        "#!"
    } else if infer::text::is_xml(text) {
        "XML"
    } else {
        return None;
    };
    Some(name)
}

/// Checks a zip-based file: that it is the claimed kind (`Ok(false)` otherwise) and that it is
/// no bomb.
fn check_archive(
    file: &mut File,
    size: u64,
    check: Check,
    claimed: &str,
    limits: &Limits,
) -> Result<bool, InspectError> {
    if declared_entries(file, size)? > limits.entries {
        return Err(InspectError::ArchiveBomb);
    }
    file.seek(SeekFrom::Start(0))
        .map_err(|_| InspectError::Corrupt)?;
    let mut archive =
        ZipArchive::new(BufReader::new(&mut *file)).map_err(|_| InspectError::Corrupt)?;
    if archive.len() as u64 > limits.entries {
        return Err(InspectError::ArchiveBomb);
    }
    let fits = match check {
        Check::Ooxml(folder) => has_folder(&archive, folder),
        Check::Odf(media_type) => odf_media_type(&mut archive).as_deref() == Some(media_type),
        _ => true,
    };
    if !fits {
        return Err(InspectError::Mismatch {
            claimed: claimed.to_string(),
            found: contents(&mut archive).to_string(),
        });
    }
    expand_all(&mut archive, size, limits)?;
    Ok(true)
}

/// What a zip file holds, in a few words; "ZIP" when it cannot tell.
fn archive_contents(file: &mut File, size: u64) -> &'static str {
    let opened = declared_entries(file, size)
        .ok()
        .filter(|entries| *entries <= MAX_ARCHIVE_ENTRIES)
        .and_then(|_| file.seek(SeekFrom::Start(0)).ok())
        .and_then(|_| ZipArchive::new(BufReader::new(&mut *file)).ok());
    match opened {
        Some(mut archive) => contents(&mut archive),
        None => "ZIP",
    }
}

fn contents<R: Read + Seek>(archive: &mut ZipArchive<R>) -> &'static str {
    match odf_media_type(archive).as_deref() {
        Some(ODT) => return "ODT",
        Some(ODS) => return "ODS",
        Some(ODP) => return "ODP",
        _ => {}
    }
    if has_folder(archive, "word/") {
        "DOCX"
    } else if has_folder(archive, "xl/") {
        "XLSX"
    } else if has_folder(archive, "ppt/") {
        "PPTX"
    } else {
        "ZIP"
    }
}

fn has_folder<R: Read + Seek>(archive: &ZipArchive<R>, folder: &str) -> bool {
    archive.file_names_raw().any(|name| {
        name.get(..folder.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(folder.as_bytes()))
    })
}

/// The content of an OpenDocument file's `mimetype` entry.
fn odf_media_type<R: Read + Seek>(archive: &mut ZipArchive<R>) -> Option<String> {
    let entry = archive.by_name("mimetype").ok()?;
    let mut media_type = String::new();
    // Media types are short; a long entry is not one.
    entry.take(128).read_to_string(&mut media_type).ok()?;
    Some(media_type.trim().to_string())
}

/// Decompresses every entry into nothing, counting, and stops at the first sign of a bomb.
fn expand_all<R: Read + Seek>(
    archive: &mut ZipArchive<R>,
    size: u64,
    limits: &Limits,
) -> Result<(), InspectError> {
    let mut buf = vec![0u8; CHUNK];
    let mut total: u64 = 0;
    let ratio_limit = size.saturating_mul(limits.ratio);
    for index in 0..archive.len() {
        // Encrypted entries and unknown compression methods cannot be checked: refused.
        let mut entry = archive.by_index(index).map_err(|_| InspectError::Corrupt)?;
        loop {
            let n = read_some(&mut entry, &mut buf)?;
            if n == 0 {
                break;
            }
            total = total.saturating_add(n as u64);
            if total > limits.expanded || (total > limits.ratio_floor && total > ratio_limit) {
                return Err(InspectError::ArchiveBomb);
            }
        }
    }
    Ok(())
}

/// The number of entries the archive's end record declares, before the zip reader trusts it
/// and allocates for each. Every candidate end record in the file's tail counts, the largest
/// wins.
fn declared_entries(file: &mut File, size: u64) -> Result<u64, InspectError> {
    const END: &[u8] = b"PK\x05\x06";
    const END_LEN: usize = 22;
    const ZIP64_LOCATOR: &[u8] = b"PK\x06\x07";
    const ZIP64_LOCATOR_LEN: usize = 20;
    const ZIP64_END: &[u8] = b"PK\x06\x06";
    const ZIP64_END_LEN: usize = 56;
    // The end record sits in the last 22 bytes plus a comment of up to 65,535 bytes.
    let tail_len = size.min((ZIP64_LOCATOR_LEN + END_LEN + 65_535) as u64);
    let corrupt = |_| InspectError::Corrupt;
    file.seek(SeekFrom::Start(size - tail_len))
        .map_err(corrupt)?;
    let mut tail = Vec::with_capacity(tail_len as usize);
    file.by_ref()
        .take(tail_len)
        .read_to_end(&mut tail)
        .map_err(corrupt)?;

    let u16_at = |b: &[u8], at: usize| b.get(at..at + 2).map(|s| u16::from_le_bytes([s[0], s[1]]));
    let u64_at = |b: &[u8], at: usize| {
        b.get(at..at + 8)
            .and_then(|s| <[u8; 8]>::try_from(s).ok())
            .map(u64::from_le_bytes)
    };

    let mut most: Option<u64> = None;
    for at in (0..tail.len().saturating_sub(END_LEN - 1)).rev() {
        if &tail[at..at + 4] != END {
            continue;
        }
        let on_disk = u16_at(&tail, at + 8).unwrap_or(0);
        let total = u16_at(&tail, at + 10).unwrap_or(0);
        let mut count = u64::from(on_disk.max(total));
        // Zip64 archives say 0xFFFF here and give the real count in another record, found
        // through the locator just before this one.
        if at >= ZIP64_LOCATOR_LEN && &tail[at - ZIP64_LOCATOR_LEN..at - 16] == ZIP64_LOCATOR {
            let offset = u64_at(&tail, at - ZIP64_LOCATOR_LEN + 8).unwrap_or(u64::MAX);
            if offset
                .checked_add(ZIP64_END_LEN as u64)
                .is_some_and(|end| end <= size)
            {
                let mut record = [0u8; ZIP64_END_LEN];
                file.seek(SeekFrom::Start(offset)).map_err(corrupt)?;
                file.read_exact(&mut record).map_err(corrupt)?;
                if record.starts_with(ZIP64_END) {
                    let on_disk = u64_at(&record, 24).unwrap_or(0);
                    let total = u64_at(&record, 32).unwrap_or(0);
                    count = count.max(on_disk).max(total);
                }
            }
        }
        most = Some(most.map_or(count, |m| m.max(count)));
    }
    most.ok_or(InspectError::Corrupt)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    use zip::{CompressionMethod, ZipWriter};

    fn file_with(bytes: &[u8]) -> tempfile::NamedTempFile {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        file.write_all(bytes).unwrap();
        file.flush().unwrap();
        file
    }

    fn check(bytes: &[u8], name: &str) -> Result<Inspected, InspectError> {
        let file = file_with(bytes);
        inspect(file.path(), name)
    }

    fn mismatch(claimed: &str, found: &str) -> Result<Inspected, InspectError> {
        Err(InspectError::Mismatch {
            claimed: claimed.to_string(),
            found: found.to_string(),
        })
    }

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        for (name, content) in entries {
            zip.start_file(*name, options).unwrap();
            zip.write_all(content).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    fn png() -> Vec<u8> {
        let mut out = Vec::new();
        image::DynamicImage::new_rgb8(4, 4)
            .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
            .unwrap();
        out
    }

    fn jpeg() -> Vec<u8> {
        let mut out = Vec::new();
        image::DynamicImage::new_rgb8(4, 4)
            .write_to(
                &mut std::io::Cursor::new(&mut out),
                image::ImageFormat::Jpeg,
            )
            .unwrap();
        out
    }

    const HTML: &[u8] = b"<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>";

    #[test]
    fn empty_files_are_refused() {
        assert_eq!(check(b"", "notes.txt"), Err(InspectError::Empty));
    }

    #[test]
    fn names_without_extension_are_refused() {
        assert_eq!(check(b"x", "README"), Err(InspectError::NoExtension));
        assert_eq!(check(b"x", ""), Err(InspectError::NoExtension));
        assert_eq!(check(b"x", "..."), Err(InspectError::NoExtension));
        // A name that is only an extension keeps it: "file.txt".
        assert_eq!(check(b"x", ".txt").map(|f| f.ext), Ok("txt"));
    }

    #[test]
    fn programs_and_scripts_are_not_allowed() {
        for (name, ext) in [
            ("setup.exe", "exe"),
            ("app.js", "js"),
            ("install.sh", "sh"),
            ("Run.BAT", "bat"),
            ("photo.jpg.exe", "exe"),
        ] {
            assert_eq!(
                check(b"MZ\x90\x00", name),
                Err(InspectError::NotAllowed {
                    ext: ext.to_string()
                })
            );
        }
    }

    #[test]
    fn a_png_named_html_is_refused() {
        assert_eq!(check(&png(), "page.html"), mismatch("html", "PNG"));
    }

    #[test]
    fn an_html_page_named_png_is_refused() {
        assert_eq!(check(HTML, "cat.png"), mismatch("png", "HTML"));
        // A byte-order mark does not hide it.
        let with_bom = [UTF8_BOM, HTML].concat();
        assert_eq!(check(&with_bom, "cat.jpg"), mismatch("jpg", "HTML"));
    }

    #[test]
    fn text_with_nul_bytes_is_refused() {
        assert_eq!(check(b"hello\0world", "notes.txt"), mismatch("txt", "BIN"));
        // Also far from the start, beyond the part read to recognise formats.
        let mut late = "ok\n".repeat(50_000).into_bytes();
        late.push(0);
        assert_eq!(check(&late, "data.csv"), mismatch("csv", "BIN"));
    }

    #[test]
    fn text_must_be_utf8() {
        // "Zażółć" in Windows-1250, as old Excel versions save CSV.
        let cp1250 = b"Za\xbf\xf3\xb3\xe6;1\n";
        assert_eq!(
            check(cp1250, "lista.csv"),
            mismatch("csv", "TXT (not UTF-8)")
        );
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("a;b".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(check(&utf16, "a.csv"), mismatch("csv", "UTF-16"));
        // A character cut by the end of the file.
        assert_eq!(
            check(b"abc\xc5", "a.txt"),
            mismatch("txt", "TXT (not UTF-8)")
        );
    }

    #[test]
    fn utf8_text_is_accepted_across_chunk_boundaries() {
        // Two-byte characters straddle every 64 KiB boundary when preceded by one ASCII byte.
        let mut text = vec![b'x'];
        text.extend("ż".repeat(100_000).into_bytes());
        let found = check(&[UTF8_BOM, &text].concat(), "Notatki.MD").unwrap();
        assert_eq!(found.ext, "md");
        assert_eq!(found.media_type, "text/markdown; charset=utf-8");
        assert!(!found.active && !found.image);
        assert_eq!(check("a;b\nż;ğ\n".as_bytes(), "t.csv").unwrap().ext, "csv");
    }

    #[test]
    fn pictures_are_recognised_and_marked_for_reencoding() {
        let found = check(&png(), "Foto.PNG").unwrap();
        assert_eq!(
            (found.ext, found.media_type, found.image),
            ("png", "image/png", true)
        );
        let found = check(&jpeg(), "foto.jpeg").unwrap();
        assert_eq!(
            (found.ext, found.media_type, found.image),
            ("jpg", "image/jpeg", true)
        );
        assert_eq!(
            check(b"GIF89a\x01\x00\x01\x00", "a.gif").unwrap().ext,
            "gif"
        );
        assert_eq!(
            check(b"RIFF\x24\x00\x00\x00WEBPVP8 ", "a.webp")
                .unwrap()
                .ext,
            "webp"
        );
        assert_eq!(check(&jpeg(), "photo.png"), mismatch("png", "JPEG"));
    }

    #[test]
    fn markup_is_accepted_but_marked_active() {
        let found = check(HTML, "strona.htm").unwrap();
        assert_eq!((found.ext, found.active), ("html", true));
        let svg = b"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        let found = check(svg, "logo.svg").unwrap();
        assert_eq!(
            (found.ext, found.media_type, found.active),
            ("svg", "image/svg+xml", true)
        );
        assert!(!found.image);
        // An SVG is not a PNG, and plain text is not a page.
        assert_eq!(check(svg, "logo.png"), mismatch("png", "SVG"));
        assert_eq!(check(b"just words", "a.html"), mismatch("html", "TXT"));
        assert_eq!(
            check(b"<p>no picture</p>", "a.svg"),
            mismatch("svg", "HTML")
        );
    }

    #[test]
    fn documents_and_media_are_recognised_by_their_magic() {
        let ole = [OLE_MAGIC, &[0u8; 504]].concat();
        for name in ["a.doc", "a.xls", "a.ppt"] {
            assert!(check(&ole, name).is_ok(), "{name}");
        }
        assert_eq!(
            check(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a.pdf")
                .unwrap()
                .media_type,
            "application/pdf"
        );
        assert_eq!(
            check(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00", "a.mp4")
                .unwrap()
                .ext,
            "mp4"
        );
        let mut webm = vec![0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x84];
        webm.extend_from_slice(b"webm\x42\x87\x81\x04");
        assert_eq!(check(&webm, "a.webm").unwrap().ext, "webm");
        assert_eq!(
            check(b"ID3\x04\x00\x00\x00\x00\x00\x00", "a.mp3")
                .unwrap()
                .ext,
            "mp3"
        );
        assert_eq!(
            check(&[0xFF, 0xFB, 0x90, 0x64], "a.mp3").unwrap().ext,
            "mp3"
        );
        assert_eq!(check(b"OggS\x00\x02", "a.ogg").unwrap().ext, "ogg");
        assert_eq!(
            check(b"RIFF\x24\x00\x00\x00WAVEfmt ", "a.wav").unwrap().ext,
            "wav"
        );

        assert_eq!(check(b"MZ\x90\x00\x03", "a.pdf"), mismatch("pdf", "EXE"));
        assert_eq!(check(b"\x7FELF\x02\x01", "a.doc"), mismatch("doc", "ELF"));
        assert_eq!(
            check(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "a.mp4"),
            mismatch("mp4", "HEIF/AVIF")
        );
        assert_eq!(check(b"%PDF-1.4", "a.mp3"), mismatch("mp3", "PDF"));
    }

    #[test]
    fn office_documents_must_hold_their_folder() {
        let docx = zip_of(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", b"<w:document/>"),
        ]);
        let found = check(&docx, "Plan lekcji.docx").unwrap();
        assert_eq!(found.ext, "docx");
        assert!(found.media_type.contains("wordprocessingml"));
        // Any zip is a zip.
        assert_eq!(check(&docx, "a.zip").unwrap().ext, "zip");
        assert_eq!(check(&docx, "a.xlsx"), mismatch("xlsx", "DOCX"));

        let plain = zip_of(&[("notes.txt", b"hello")]);
        assert_eq!(check(&plain, "report.docx"), mismatch("docx", "ZIP"));
        assert_eq!(check(&plain, "report.pdf"), mismatch("pdf", "ZIP"));

        let xlsx = zip_of(&[("xl/workbook.xml", b"<workbook/>")]);
        assert_eq!(check(&xlsx, "a.xlsx").unwrap().ext, "xlsx");
        let pptx = zip_of(&[("ppt/presentation.xml", b"<p/>")]);
        assert_eq!(check(&pptx, "a.pptx").unwrap().ext, "pptx");
    }

    #[test]
    fn opendocument_files_are_told_apart_by_their_mimetype() {
        let odt = zip_of(&[("mimetype", ODT.as_bytes()), ("content.xml", b"<x/>")]);
        assert_eq!(check(&odt, "a.odt").unwrap().media_type, ODT);
        assert_eq!(check(&odt, "a.ods"), mismatch("ods", "ODT"));
        let ods = zip_of(&[("mimetype", ODS.as_bytes())]);
        assert_eq!(check(&ods, "a.ods").unwrap().ext, "ods");
        let odp = zip_of(&[("mimetype", ODP.as_bytes())]);
        assert_eq!(check(&odp, "a.odp").unwrap().ext, "odp");
        assert_eq!(check(&odp, "a.pptx"), mismatch("pptx", "ODP"));
    }

    #[test]
    fn a_zip_bomb_is_refused() {
        // 300 MB of zeros deflate to about 300 KB: a 1000:1 ratio.
        let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .large_file(true);
        zip.start_file("word/zeros.xml", options).unwrap();
        let zeros = vec![0u8; 1024 * 1024];
        for _ in 0..300 {
            zip.write_all(&zeros).unwrap();
        }
        let bomb = zip.finish().unwrap().into_inner();
        assert!(bomb.len() < 2 * 1024 * 1024, "{}", bomb.len());
        assert_eq!(check(&bomb, "bomb.zip"), Err(InspectError::ArchiveBomb));
        assert_eq!(check(&bomb, "bomb.docx"), Err(InspectError::ArchiveBomb));
    }

    #[test]
    fn archives_expanding_past_the_total_cap_are_refused() {
        // Stored (uncompressed) entries: the ratio stays 1:1 and only the cap can stop them.
        // The cap is lowered to 2 MiB so the test need not build a 256 MiB archive.
        let chunk: Vec<u8> = (0..1024 * 1024u32).map(|i| (i % 251) as u8).collect();
        let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
        for i in 0..3 {
            zip.start_file(format!("part{i}.bin"), options).unwrap();
            zip.write_all(&chunk).unwrap();
        }
        let file = file_with(&zip.finish().unwrap().into_inner());
        let small_cap = Limits {
            expanded: 2 * 1024 * 1024,
            ..LIMITS
        };
        assert_eq!(
            inspect_with(file.path(), "big.zip", &small_cap),
            Err(InspectError::ArchiveBomb)
        );
        assert_eq!(inspect(file.path(), "big.zip").unwrap().ext, "zip");
    }

    #[test]
    fn too_many_entries_are_refused() {
        let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
        for i in 0..=MAX_ARCHIVE_ENTRIES {
            zip.start_file(format!("{i}"), options).unwrap();
        }
        let many = zip.finish().unwrap().into_inner();
        assert_eq!(check(&many, "many.zip"), Err(InspectError::ArchiveBomb));
    }

    #[test]
    fn broken_archives_are_corrupt() {
        let mut docx = zip_of(&[("word/document.xml", &[b'a'; 5000])]);
        // Damage the compressed data of the only entry: its checksum no longer matches.
        let middle = docx.len() / 3;
        for b in &mut docx[middle..middle + 8] {
            *b ^= 0x55;
        }
        assert_eq!(check(&docx, "a.docx"), Err(InspectError::Corrupt));
        assert_eq!(
            check(b"PK\x03\x04garbage", "a.zip"),
            Err(InspectError::Corrupt)
        );
    }

    #[test]
    fn every_allowed_extension_is_known_and_errors_have_message_ids() {
        for ext in ALLOWED_EXTENSIONS {
            let canonical = match *ext {
                "jpeg" => "jpg",
                "htm" => "html",
                other => other,
            };
            assert!(KINDS.iter().any(|k| k.ext == canonical), "{ext}");
        }
        assert_eq!(KINDS.len() + 2, ALLOWED_EXTENSIONS.len());
        assert_eq!(InspectError::Empty.message_id(), "upload-error-empty");
        assert_eq!(
            InspectError::NoExtension.message_id(),
            "upload-error-no-extension"
        );
        assert_eq!(
            InspectError::NotAllowed { ext: "exe".into() }.message_id(),
            "upload-error-not-allowed"
        );
        assert_eq!(
            InspectError::Mismatch {
                claimed: "png".into(),
                found: "HTML".into()
            }
            .message_id(),
            "upload-error-mismatch"
        );
        assert_eq!(
            InspectError::ArchiveBomb.message_id(),
            "upload-error-archive-bomb"
        );
        assert_eq!(InspectError::Corrupt.message_id(), "upload-error-corrupt");
    }
}
