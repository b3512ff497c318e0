//! Messages kept in a form that formats without Fluent's resolver.
//!
//! A list page formats a few messages per row ("started by", "3 replies", "last activity"), a
//! hundred or more per page, and Fluent's resolver spends most of its time around the text, not
//! on it: scopes, argument look-ups, and for a plural choice a round trip of the number through
//! a string to find its plural operands. Formatting was an eighth of a thread list's CPU.
//!
//! Nearly every message of the catalogs is text, `{ $name }` and choices on an argument
//! (`{ $count -> [one] … *[other] … }`). Those are kept here as pieces when the catalogs load and
//! formatted by joining strings, with Fluent's own rules for plurals and numbers. Anything else
//! (functions, terms, references to other messages), and any message formatted with an argument
//! missing, is left to Fluent, so what people read is always what Fluent would write. A test
//! compares the two for every message of every catalog.

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions, FluentNumberType};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::{Expression, InlineExpression, PatternElement, VariantKey};
use intl_pluralrules::operands::PluralOperands;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// Fluent stops formatting a message after this many placeables; a pattern with more is left
/// to it so that limit applies unchanged.
const MAX_PIECES: usize = 100;

/// The messages of one language that could be kept as pieces, by id (`id` or `id.attribute`).
pub(crate) struct Messages {
    patterns: HashMap<Box<str>, Pattern>,
    cardinal: PluralRules,
    ordinal: PluralRules,
}

impl Messages {
    /// Every message and attribute of `ids` in `bundle` that is only text, arguments and
    /// choices; `None` when the language has no plural rules to choose with.
    pub(crate) fn of(
        bundle: &FluentBundle<FluentResource>,
        lang: &LanguageIdentifier,
        ids: &[String],
    ) -> Option<Messages> {
        let mut patterns = HashMap::new();
        for id in ids {
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            if let Some(p) = message.value().and_then(Pattern::of) {
                patterns.insert(id.as_str().into(), p);
            }
            for attribute in message.attributes() {
                if let Some(p) = Pattern::of(attribute.value()) {
                    patterns.insert(format!("{id}.{}", attribute.id()).into(), p);
                }
            }
        }
        Some(Messages {
            patterns,
            cardinal: plural_rules(lang, PluralRuleType::CARDINAL)?,
            ordinal: plural_rules(lang, PluralRuleType::ORDINAL)?,
        })
    }

    /// Message `id` with `args`, or `None` when Fluent has to format it.
    pub(crate) fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let pattern = self.patterns.get(id)?;
        let mut out = String::with_capacity(pattern.len_hint());
        pattern.write(&mut out, &args, Some(self))?;
        Some(out)
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.patterns.len()
    }

    /// Message `id` with text arguments (a date's parts); `None` as for `format`.
    pub(crate) fn format_texts(&self, id: &str, args: &[(&str, &str)]) -> Option<String> {
        let pattern = self.patterns.get(id)?;
        let mut out = String::with_capacity(pattern.len_hint());
        pattern.write(&mut out, args, Some(self))?;
        Some(out)
    }

    pub(crate) fn has(&self, id: &str) -> bool {
        self.patterns.contains_key(id)
    }

    fn rules(&self, n: &FluentNumber) -> &PluralRules {
        match n.options.r#type {
            FluentNumberType::Cardinal => &self.cardinal,
            FluentNumberType::Ordinal => &self.ordinal,
        }
    }
}

/// The plural rules Fluent picks for `lang`: the closest language that has rules, else English.
fn plural_rules(lang: &LanguageIdentifier, kind: PluralRuleType) -> Option<PluralRules> {
    let english: LanguageIdentifier = unic_langid::langid!("en");
    let available = PluralRules::get_locales(kind);
    let chosen = fluent_langneg::negotiate_languages(
        std::slice::from_ref(lang),
        &available,
        Some(&english),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    PluralRules::create((*chosen.first()?).clone(), kind).ok()
}

/// A message's pattern as pieces.
#[derive(Debug)]
struct Pattern(Vec<Piece>);

#[derive(Debug)]
enum Piece {
    Text(Box<str>),
    Arg(Box<str>),
    /// `{ $arg -> [key] … *[default] … }`.
    Choice {
        arg: Box<str>,
        variants: Vec<(Key, Pattern)>,
        default: usize,
    },
}

#[derive(Debug)]
enum Key {
    /// A word: a plural category (`one`, `few`, `other`, …) or a value to match exactly.
    Word(Box<str>),
    /// A number, matched with Fluent's equality (value and digits after the point).
    Number(FluentNumber),
}

impl Pattern {
    /// The pieces of a Fluent pattern, or `None` when it holds anything but text, arguments
    /// and choices on an argument.
    fn of(pattern: &fluent_syntax::ast::Pattern<&str>) -> Option<Pattern> {
        let pattern = Pattern::build(pattern)?;
        (pattern.count() <= MAX_PIECES).then_some(pattern)
    }

    fn build(pattern: &fluent_syntax::ast::Pattern<&str>) -> Option<Pattern> {
        let mut pieces = Vec::with_capacity(pattern.elements.len());
        for element in &pattern.elements {
            pieces.push(match element {
                PatternElement::TextElement { value } => Piece::Text((*value).into()),
                PatternElement::Placeable { expression } => match expression {
                    Expression::Inline(inline) => match inline {
                        InlineExpression::VariableReference { id } => Piece::Arg(id.name.into()),
                        // `{ "{" }` is how a catalog writes a brace; escapes are Fluent's.
                        InlineExpression::StringLiteral { value } if !value.contains('\\') => {
                            Piece::Text((*value).into())
                        }
                        _ => return None,
                    },
                    Expression::Select {
                        selector: InlineExpression::VariableReference { id },
                        variants,
                    } => {
                        let mut built = Vec::with_capacity(variants.len());
                        for v in variants {
                            let key = match v.key {
                                VariantKey::Identifier { name } => Key::Word(name.into()),
                                VariantKey::NumberLiteral { value } => {
                                    Key::Number(value.parse().ok()?)
                                }
                            };
                            built.push((key, Pattern::build(&v.value)?));
                        }
                        Piece::Choice {
                            arg: id.name.into(),
                            default: variants.iter().position(|v| v.default)?,
                            variants: built,
                        }
                    }
                    Expression::Select { .. } => return None,
                },
            });
        }
        Some(Pattern(pieces))
    }

    /// Placeables, counted as Fluent counts them toward its limit (at most).
    fn count(&self) -> usize {
        self.0
            .iter()
            .map(|p| match p {
                Piece::Text(_) => 0,
                Piece::Arg(_) => 1,
                Piece::Choice { variants, .. } => {
                    1 + variants.iter().map(|(_, v)| v.count()).sum::<usize>()
                }
            })
            .sum()
    }

    fn len_hint(&self) -> usize {
        self.0
            .iter()
            .map(|p| match p {
                Piece::Text(t) => t.len(),
                _ => 8,
            })
            .sum()
    }

    /// Writes the pattern with `args` and `rules` for its choices; `None` (and `out` left half
    /// written) when an argument is missing or of a kind only Fluent writes, or there is a
    /// choice and no rules.
    fn write<A: Args + ?Sized>(
        &self,
        out: &mut String,
        args: &A,
        rules: Option<&Messages>,
    ) -> Option<()> {
        for piece in &self.0 {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Arg(name) => match args.get(name)? {
                    Value::Text(s) => out.push_str(s),
                    Value::Fluent(FluentValue::String(s)) => out.push_str(s),
                    Value::Fluent(FluentValue::Number(n)) => write_number(out, n),
                    Value::Fluent(_) => return None,
                },
                Piece::Choice {
                    arg,
                    variants,
                    default,
                } => {
                    let (value, rules) = (args.get(arg)?, rules?);
                    let chosen = variants
                        .iter()
                        .position(|(key, _)| key.matches(&value, rules))
                        .unwrap_or(*default);
                    variants.get(chosen)?.1.write(out, args, Some(rules))?;
                }
            }
        }
        Some(())
    }
}

/// An argument's value: Fluent's, or text given as is.
enum Value<'a> {
    Text(&'a str),
    Fluent(&'a FluentValue<'a>),
}

/// Where a pattern's arguments come from.
trait Args {
    fn get(&self, name: &str) -> Option<Value<'_>>;
}

impl Args for Option<&FluentArgs<'_>> {
    fn get(&self, name: &str) -> Option<Value<'_>> {
        // A message has one to three arguments: a scan beats `FluentArgs::get`, whose key must
        // be turned into a `Cow` first.
        let (_, value) = self.as_ref()?.iter().find(|(k, _)| *k == name)?;
        Some(Value::Fluent(value))
    }
}

impl Args for [(&str, &str)] {
    fn get(&self, name: &str) -> Option<Value<'_>> {
        let (_, value) = self.iter().find(|(k, _)| *k == name)?;
        Some(Value::Text(value))
    }
}

impl Key {
    /// Fluent's rule for a variant key and the selector's value.
    fn matches(&self, value: &Value, messages: &Messages) -> bool {
        match (self, value) {
            (Key::Word(word), Value::Text(s)) => **word == **s,
            (Key::Word(word), Value::Fluent(FluentValue::String(s))) => **word == **s,
            (Key::Number(key), Value::Fluent(FluentValue::Number(n))) => key == n,
            (Key::Word(word), Value::Fluent(FluentValue::Number(n))) => {
                let Some(category) = category(word) else {
                    return false;
                };
                messages.rules(n).select(operands(n)) == Ok(category)
            }
            _ => false,
        }
    }
}

fn category(word: &str) -> Option<PluralCategory> {
    Some(match word {
        "zero" => PluralCategory::ZERO,
        "one" => PluralCategory::ONE,
        "two" => PluralCategory::TWO,
        "few" => PluralCategory::FEW,
        "many" => PluralCategory::MANY,
        "other" => PluralCategory::OTHER,
        _ => return None,
    })
}

/// A whole number with Fluent's default options, as an integer: the counts of a page. Fluent
/// writes these as `f64` does, which for whole numbers this small is the integer's digits.
fn whole(n: &FluentNumber) -> Option<i64> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    let plain = n.options == FluentNumberOptions::default();
    let whole = n.value.fract() == 0.0 && n.value.abs() < EXACT;
    // `-0` is written with its sign; leave that to Fluent's way of writing.
    let signed_zero = n.value == 0.0 && n.value.is_sign_negative();
    (plain && whole && !signed_zero).then_some(n.value as i64)
}

fn write_number(out: &mut String, n: &FluentNumber) {
    use std::fmt::Write;
    match whole(n) {
        Some(i) => {
            let _ = write!(out, "{i}");
        }
        None => out.push_str(&n.as_string()),
    }
}

/// The plural operands of `n` as Fluent finds them, without its round trip through a string
/// for whole numbers.
fn operands(n: &FluentNumber) -> PluralOperands {
    match whole(n).and_then(|i| PluralOperands::try_from(i).ok()) {
        Some(ops) => ops,
        None => PluralOperands::from(n),
    }
}
