//! Readable, stable addresses made from names in any European script.

/// Turns a name into a lowercase ASCII slug: Latin letters lose their accents, other scripts
/// are transliterated where simple (Cyrillic, Greek), and anything else becomes a dash.
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(|c| c.to_lowercase()) {
        let piece: &str = match c {
            'a'..='z' | '0'..='9' => {
                out.push(c);
                continue;
            }
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' | 'ă' => "a",
            'ç' | 'ć' | 'č' => "c",
            'ď' | 'đ' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' | 'ė' => "e",
            'ğ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' | 'į' => "i",
            'ł' | 'ľ' | 'ĺ' => "l",
            'ñ' | 'ń' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => "o",
            'ř' => "r",
            'ś' | 'š' | 'ş' | 'ș' => "s",
            'ť' | 'ţ' | 'ț' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' | 'ū' | 'ų' => "u",
            'ý' | 'ÿ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            'ß' => "ss",
            'æ' => "ae",
            'þ' => "th",
            'ð' => "d",
            'а' | 'α' => "a",
            'б' | 'β' => "b",
            'в' => "v",
            'г' | 'ѓ' | 'γ' => "g",
            'д' | 'δ' => "d",
            'е' | 'ё' | 'є' | 'ε' | 'η' => "e",
            'ж' => "zh",
            'з' | 'ζ' => "z",
            'и' | 'і' | 'ι' => "i",
            'ј' | 'й' => "j",
            'к' | 'ќ' | 'κ' => "k",
            'л' | 'λ' => "l",
            'љ' => "lj",
            'м' | 'μ' => "m",
            'н' | 'ν' => "n",
            'њ' => "nj",
            'о' | 'ο' | 'ω' => "o",
            'п' | 'π' => "p",
            'р' | 'ρ' => "r",
            'с' | 'σ' | 'ς' => "s",
            'т' | 'τ' => "t",
            'ћ' => "c",
            'у' | 'υ' => "u",
            'ф' | 'φ' => "f",
            'х' | 'χ' => "h",
            'ц' => "c",
            'ч' => "ch",
            'џ' => "dz",
            'ш' => "sh",
            'щ' => "sht",
            'ю' => "yu",
            'я' => "ya",
            'θ' => "th",
            'ξ' => "x",
            'ψ' => "ps",
            _ => "-",
        };
        out.push_str(piece);
    }
    let mut slug = String::with_capacity(out.len());
    for part in out.split('-').filter(|p| !p.is_empty()) {
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(part);
    }
    slug.truncate(60);
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() {
        "organisation".to_string()
    } else {
        slug
    }
}

/// The start of a person's handle, made from their name: like a slug, at most 24 characters.
pub fn handle_base(name: &str) -> String {
    let mut s = slugify(name);
    if s == "organisation" && !name.to_lowercase().contains("organisation") {
        s = "member".to_string();
    }
    s.truncate(24);
    s.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::{handle_base, slugify};
    use proptest::prelude::*;

    #[test]
    fn examples() {
        assert_eq!(slugify("Srednja škola Čakovec"), "srednja-skola-cakovec");
        assert_eq!(
            slugify("Gençlik Köprüsü Derneği"),
            "genclik-koprusu-dernegi"
        );
        assert_eq!(
            slugify("Средно училиште Скопје"),
            "sredno-uchilishte-skopje"
        );
        assert_eq!(slugify("  ***  "), "organisation");
        assert_eq!(
            handle_base("Katarzyna Wiśniewska-Nowakowska"),
            "katarzyna-wisniewska-now"
        );
        assert_eq!(handle_base("***"), "member");
        assert_eq!(
            slugify("Forno & Pasticceria (Bologna)"),
            "forno-pasticceria-bologna"
        );
    }

    proptest! {
        #[test]
        fn slugs_are_url_safe(s in "\\PC{0,100}") {
            let slug = slugify(&s);
            prop_assert!(!slug.is_empty() && slug.len() <= 60);
            prop_assert!(slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
            prop_assert!(!slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"));
        }
    }
}
