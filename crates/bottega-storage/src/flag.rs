//! Booleans that read the same from both engines. PostgreSQL has a real BOOLEAN; SQLite stores
//! 0/1 in an INTEGER column, and sqlx's `Any` driver refuses SQLite's boolean type, so flags are
//! declared INTEGER there and decoded through [`Flag`], which accepts either form. Row structs
//! keep a plain `bool` with `#[sqlx(try_from = "Flag")]`.

use sqlx::any::{Any, AnyTypeInfo, AnyTypeInfoKind, AnyValueRef};
use sqlx::error::BoxDynError;
use sqlx::{Decode, Type, ValueRef};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flag(pub bool);

impl Type<Any> for Flag {
    fn type_info() -> AnyTypeInfo {
        <bool as Type<Any>>::type_info()
    }

    fn compatible(ty: &AnyTypeInfo) -> bool {
        matches!(
            ty.kind,
            AnyTypeInfoKind::Bool
                | AnyTypeInfoKind::SmallInt
                | AnyTypeInfoKind::Integer
                | AnyTypeInfoKind::BigInt
        )
    }
}

impl<'r> Decode<'r, Any> for Flag {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
        // The value's kind decides, rather than trying `bool` first: a failed decode builds an
        // error with a formatted message, which cost more than the rest of the row on lists of
        // flagged rows read from SQLite.
        if ValueRef::type_info(&value).kind == AnyTypeInfoKind::Bool {
            Ok(Flag(<bool as Decode<Any>>::decode(value)?))
        } else {
            Ok(Flag(<i64 as Decode<Any>>::decode(value)? != 0))
        }
    }
}

impl From<Flag> for bool {
    fn from(f: Flag) -> bool {
        f.0
    }
}
