//! The Communication section: communities (themed forums), threads and posts (discussions and
//! questions with answers), votes, follows, read positions, flags, notifications, and the
//! scenario workshop.
//!
//! Who may read what is decided in one place, [`Reader::visible_sql`], and every query that
//! lists or loads content includes it, so a private community's threads never reach outsiders
//! through a list, a feed, a notification or a search.

pub mod communities;
pub mod moderation;
pub mod notifications;
pub mod posts;
pub mod threads;
pub mod workshops;

use bottega_domain::Millis;

/// The person reading, as far as visibility is concerned.
#[derive(Debug, Clone, Copy, Default)]
pub struct Reader {
    pub user_id: Option<i64>,
    /// Site administrators and moderators see everything, so they can moderate it.
    pub staff: bool,
}

impl Reader {
    pub fn anonymous() -> Reader {
        Reader::default()
    }

    pub fn member(user_id: i64, staff: bool) -> Reader {
        Reader {
            user_id: Some(user_id),
            staff,
        }
    }

    /// An SQL condition on the community alias `c` that holds when this reader may see it.
    /// `$n` is the placeholder bound to [`Reader::bind_id`].
    pub fn visible_sql(&self, n: usize) -> String {
        if self.staff {
            return "TRUE".to_string();
        }
        match self.user_id {
            None => "c.visibility = 'public'".to_string(),
            Some(_) => member_sees(&format!("${n}")),
        }
    }

    /// The value for the placeholder of [`Reader::visible_sql`] (0 for nobody).
    pub fn bind_id(&self) -> i64 {
        self.user_id.unwrap_or(0)
    }
}

/// The condition that the signed-in member whose id is the SQL expression `uid` may see the
/// community alias `c`: open communities, their organisations' private ones, and the discussions
/// of the working groups they belong to.
pub(crate) fn member_sees(uid: &str) -> String {
    format!(
        "(c.visibility IN ('public', 'members') OR (c.visibility = 'private' AND EXISTS \
         (SELECT 1 FROM memberships vm WHERE vm.org_id = c.org_id AND vm.user_id = {uid})) \
         OR (c.visibility = 'group' AND EXISTS (SELECT 1 FROM wg_members vg \
         WHERE vg.group_id = c.group_id AND vg.user_id = {uid} AND vg.state = 'member')))"
    )
}

/// Keyset paging for lists that change while people read them: the next page starts after the
/// last item seen, so nothing is shown twice or skipped when new posts arrive.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    pub at: Millis,
    pub id: i64,
}

impl Cursor {
    /// `"<millis>-<id>"`, as it travels in links.
    pub fn encode(&self) -> String {
        format!("{}-{}", self.at, self.id)
    }

    pub fn decode(s: &str) -> Option<Cursor> {
        let (at, id) = s.split_once('-')?;
        Some(Cursor {
            at: at.parse().ok()?,
            id: id.parse().ok()?,
        })
    }
}

/// Queues a change of searchable content for every node's index.
pub async fn outbox(conn: &mut crate::Conn, kind: &str, doc_id: i64) -> crate::StorageResult<()> {
    sqlx::query("INSERT INTO search_outbox (kind, doc_id, created_at) VALUES ($1, $2, $3)")
        .bind(kind)
        .bind(doc_id)
        .bind(crate::now())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_reject_garbage() {
        let c = Cursor {
            at: 1_795_424_700_000,
            id: 42,
        };
        assert_eq!(Cursor::decode(&c.encode()), Some(c));
        for bad in ["", "x-1", "1-", "-", "1-2-3", "99999999999999999999999-1"] {
            assert_eq!(Cursor::decode(bad), None, "{bad}");
        }
    }
}
