//! The Sharing section: the resource toolbox (resources, their files and versions, ratings,
//! comments, reuse reports) and collections of resources.
//!
//! Who may see a resource is decided by [`visible_sql`], included in every query that lists or
//! loads resources, as [`crate::communication::Reader::visible_sql`] does for communities.

pub mod collections;
pub mod feedback;
pub mod files;
pub mod resources;

use crate::communication::Reader;

/// Search-outbox kind of a resource.
pub const OUTBOX_KIND: &str = "resource";

/// An SQL condition on the table alias `alias` (a resource or a collection: both have
/// `visibility`, `org_id` and `owner_id`) that holds when `reader` may see the row. `$n` is
/// bound to [`Reader::bind_id`].
pub fn visible_sql(reader: &Reader, alias: &str, n: usize) -> String {
    if reader.staff {
        return "TRUE".to_string();
    }
    match reader.user_id {
        None => format!("{alias}.visibility = 'public'"),
        Some(_) => format!(
            "({alias}.visibility IN ('public', 'members') OR {alias}.owner_id = ${n} OR \
             ({alias}.visibility = 'organisation' AND EXISTS (SELECT 1 FROM memberships vm \
             WHERE vm.org_id = {alias}.org_id AND vm.user_id = ${n})))"
        ),
    }
}

/// Whether `user_id` may change something kept by `owner_id` on behalf of `org_id`: its owner,
/// or an administrator of that organisation. (Site staff are allowed by the caller.)
pub(crate) async fn may_change(
    db: &crate::Db,
    owner_id: Option<i64>,
    org_id: Option<i64>,
    user_id: i64,
) -> crate::StorageResult<bool> {
    if owner_id == Some(user_id) {
        return Ok(true);
    }
    let Some(org) = org_id else {
        return Ok(false);
    };
    Ok(crate::directory::role_of(db, org, user_id).await? == Some(bottega_domain::OrgRole::Admin))
}

/// [`may_change`] for a member whose organisations were already read (with their roles), as a
/// page that lists them anyway has them: no query.
pub fn may_change_among(
    owner_id: Option<i64>,
    org_id: Option<i64>,
    user_id: i64,
    orgs: &[crate::directory::MyOrg],
) -> bool {
    owner_id == Some(user_id)
        || org_id.is_some_and(|org| {
            orgs.iter().any(|o| {
                o.id == org
                    && bottega_domain::OrgRole::parse(&o.role)
                        == Some(bottega_domain::OrgRole::Admin)
            })
        })
}
