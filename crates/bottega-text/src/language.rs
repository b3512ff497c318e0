use bottega_domain::Language;

/// Guesses the language of a text among those Bottega knows. Returns `None` when the text is too
/// short or the guess unsure, or the language is one the detector does not know (Albanian,
/// Bosnian, ...): then the author's choice or interface language is used, and authors can always
/// correct the language of what they wrote.
pub fn detect_language(text: &str) -> Option<Language> {
    if text.split_whitespace().count() < 3 {
        return None;
    }
    let info = whatlang::detect(text)?;
    if !info.is_reliable() && info.confidence() < 0.5 {
        return None;
    }
    use whatlang::Lang as W;
    let lang = match info.lang() {
        W::Bul => Language::Bg,
        W::Ces => Language::Cs,
        W::Dan => Language::Da,
        W::Deu => Language::De,
        W::Ell => Language::El,
        W::Eng => Language::En,
        W::Spa => Language::Es,
        W::Est => Language::Et,
        W::Fin => Language::Fi,
        W::Fra => Language::Fr,
        W::Hrv => Language::Hr,
        W::Hun => Language::Hu,
        W::Ita => Language::It,
        W::Lit => Language::Lt,
        W::Lav => Language::Lv,
        W::Nld => Language::Nl,
        W::Pol => Language::Pl,
        W::Por => Language::Pt,
        W::Ron => Language::Ro,
        W::Slk => Language::Sk,
        W::Slv => Language::Sl,
        W::Swe => Language::Sv,
        W::Srp => Language::Sr,
        W::Mkd => Language::Mk,
        W::Tur => Language::Tr,
        W::Ukr => Language::Uk,
        W::Nob => Language::No,
        _ => return None,
    };
    Some(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_languages_of_the_community() {
        let cases = [
            ("We are looking for partners for a mobility project with companies in the bakery sector.", Language::En),
            ("Cerchiamo partner per un progetto di mobilità con aziende del settore della panificazione.", Language::It),
            ("Buscamos socios para un proyecto de movilidad con empresas del sector de la panadería.", Language::Es),
            ("Szukamy partnerów do projektu mobilności z firmami z branży piekarniczej w naszym regionie.", Language::Pl),
            ("Fırıncılık sektöründeki şirketlerle bir hareketlilik projesi için ortak arıyoruz.", Language::Tr),
            ("Wir suchen Partner für ein Mobilitätsprojekt mit Unternehmen aus dem Bäckerhandwerk.", Language::De),
        ];
        for (text, lang) in cases {
            assert_eq!(detect_language(text), Some(lang), "{text}");
        }
    }

    #[test]
    fn too_short_or_unknown_is_none() {
        assert_eq!(detect_language("ok"), None);
        assert_eq!(detect_language(""), None);
        assert_eq!(detect_language("12 34 56 78"), None);
    }
}
