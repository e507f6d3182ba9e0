//! An upper bound of the size of a value's JSON, found without writing it.
//!
//! The host holds every plugin's claims to `max_output_bytes`, measured as their JSON.
//! Writing the claims only to count the bytes was a sixth of what the host spends on
//! quote-dense news (a quote's content is escaped byte by byte, once to be counted and
//! once more to be written), while almost every article is thousands of times under the
//! limit. This bound settles those articles without escaping or formatting anything;
//! only an article whose bound passes the limit is measured exactly.

use std::fmt;

use serde::Serialize;
use serde::ser::{self, Serializer};

/// At least as many bytes as serde_json's compact form of `value` takes: a string counts
/// six bytes a byte (the longest escape, `\u00XX`) and its quotes, a number the length
/// of its longest form, and every bracket, colon and comma is counted. `u64::MAX` when
/// the value refuses to serialize.
pub(crate) fn json_size_bound<T: Serialize + ?Sized>(value: &T) -> u64 {
    let mut bound = Bound(0);
    match value.serialize(&mut bound) {
        Ok(()) => bound.0,
        Err(Refused) => u64::MAX,
    }
}

/// The running bound.
struct Bound(u64);

impl Bound {
    fn add(&mut self, n: u64) {
        self.0 = self.0.saturating_add(n);
    }

    /// A JSON string of `len` bytes of text: its quotes and every byte escaped.
    fn string(&mut self, len: usize) {
        self.add(2u64.saturating_add((len as u64).saturating_mul(6)));
    }
}

/// The longest integer serde_json writes (an `i128`, sign and 39 digits), quoted as a
/// map key may be.
const INTEGER: u64 = 42;
/// The longest float serde_json writes (`-1.7976931348623157e308`, or `null`), quoted.
const FLOAT: u64 = 26;

/// The error of a value that refused to serialize.
#[derive(Debug)]
struct Refused;

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the value refused to serialize")
    }
}

impl std::error::Error for Refused {}

impl ser::Error for Refused {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Refused
    }
}

/// Methods of [`Serializer`] whose value has a fixed longest form.
macro_rules! fixed {
    ($($method:ident: $ty:ty = $len:expr,)*) => {
        $(fn $method(self, _: $ty) -> Result<(), Refused> {
            self.add($len);
            Ok(())
        })*
    };
}

/// The compound serializers of values in a row.
macro_rules! elements {
    ($($tr:path: $method:ident,)*) => {
        $(impl $tr for &mut Bound {
            type Ok = ();
            type Error = Refused;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Refused> {
                self.add(1);
                value.serialize(&mut **self)
            }
            fn end(self) -> Result<(), Refused> {
                Ok(())
            }
        })*
    };
}

/// The compound serializers of named fields.
macro_rules! fields {
    ($($tr:path),*) => {
        $(impl $tr for &mut Bound {
            type Ok = ();
            type Error = Refused;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Refused> {
                self.string(key.len());
                self.add(2);
                value.serialize(&mut **self)
            }
            fn end(self) -> Result<(), Refused> {
                Ok(())
            }
        })*
    };
}

impl Serializer for &mut Bound {
    type Ok = ();
    type Error = Refused;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, _: bool) -> Result<(), Refused> {
        self.add(7);
        Ok(())
    }
    fixed! {
        serialize_i8: i8 = INTEGER,
        serialize_i16: i16 = INTEGER,
        serialize_i32: i32 = INTEGER,
        serialize_i64: i64 = INTEGER,
        serialize_i128: i128 = INTEGER,
        serialize_u8: u8 = INTEGER,
        serialize_u16: u16 = INTEGER,
        serialize_u32: u32 = INTEGER,
        serialize_u64: u64 = INTEGER,
        serialize_u128: u128 = INTEGER,
        serialize_f32: f32 = FLOAT,
        serialize_f64: f64 = FLOAT,
    }
    fn serialize_char(self, c: char) -> Result<(), Refused> {
        self.string(c.len_utf8());
        Ok(())
    }
    fn serialize_str(self, s: &str) -> Result<(), Refused> {
        self.string(s.len());
        Ok(())
    }
    fn serialize_bytes(self, b: &[u8]) -> Result<(), Refused> {
        // An array of numbers: at most `255,` a byte, and the brackets.
        self.add(2u64.saturating_add((b.len() as u64).saturating_mul(4)));
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Refused> {
        self.add(4);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Refused> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Refused> {
        self.add(4);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Refused> {
        self.add(4);
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Refused> {
        self.string(variant.len());
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Refused> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Refused> {
        // `{"variant":value}`
        self.string(variant.len());
        self.add(3);
        value.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Refused> {
        self.add(2);
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self, Refused> {
        self.add(2);
        Ok(self)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self, Refused> {
        self.add(2);
        Ok(self)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self, Refused> {
        // `{"variant":[…]}`
        self.string(variant.len());
        self.add(5);
        Ok(self)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, Refused> {
        self.add(2);
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, Refused> {
        self.add(2);
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self, Refused> {
        // `{"variant":{…}}`
        self.string(variant.len());
        self.add(5);
        Ok(self)
    }
}

// A sequence's elements and a tuple's fields: each value and the comma before the next.
elements! {
    ser::SerializeSeq: serialize_element,
    ser::SerializeTuple: serialize_element,
    ser::SerializeTupleStruct: serialize_field,
    ser::SerializeTupleVariant: serialize_field,
}

impl ser::SerializeMap for &mut Bound {
    type Ok = ();
    type Error = Refused;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Refused> {
        // The key (a number key is quoted; INTEGER counts the quotes), its colon and the
        // comma before the next entry.
        self.add(2);
        key.serialize(&mut **self)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Refused> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Refused> {
        Ok(())
    }
}

// A struct's fields: `"key":value,`.
fields!(ser::SerializeStruct, ser::SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::{Value, json};

    fn holds(value: &Value) {
        let exact = serde_json::to_vec(value).unwrap().len() as u64;
        let bound = json_size_bound(value);
        assert!(bound >= exact, "bound {bound} < {exact} for {value}");
    }

    #[test]
    fn the_bound_is_never_below_the_json() {
        for value in [
            json!(null),
            json!(true),
            json!(-1.797_693_134_862_315_7e308),
            json!(f64::MIN_POSITIVE),
            json!(i64::MIN),
            json!(u64::MAX),
            json!("\u{0}\u{1f}\"\\\n é – \u{2028}"),
            json!([[], {}, [null, [1, 2, {"a": [3]}]]]),
            json!({"k": {"": "", "\u{1}": [false]}}),
        ] {
            holds(&value);
        }
    }

    fn values() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            "(?s).{0,24}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map("(?s).{0,8}", inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_value_is_bounded(value in values()) {
            let exact = serde_json::to_vec(&value).unwrap().len() as u64;
            prop_assert!(json_size_bound(&value) >= exact);
        }
    }
}
