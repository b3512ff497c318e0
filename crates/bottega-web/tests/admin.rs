//! Site administration over HTTP, on both engines: who may open it, what administrators may
//! not do (act on themselves, remove the last active administrator), and the audit log.

use bottega_domain::SiteRole;
use bottega_web::testing::{Browser, TestApp};

bottega_web::web_tests!(
    only_administrators_open_administration,
    moderators_read_the_audit_log_only,
    administrators_cannot_act_on_themselves,
    role_and_status_changes_are_recorded_in_the_audit_log,
    unknown_actions_and_people_change_nothing,
    two_administrators_removing_each_other_at_once_leave_one,
    a_suspended_administrator_can_be_stepped_down,
    administrators_find_people_by_name_or_address,
);

async fn role_of(app: &TestApp, id: i64) -> (String, String) {
    let role = app
        .opt_text(&format!("SELECT site_role FROM users WHERE id = {id}"))
        .await
        .expect("user");
    let status = app
        .opt_text(&format!("SELECT status FROM users WHERE id = {id}"))
        .await
        .expect("user");
    (role, status)
}

async fn audit_entries(app: &TestApp) -> i64 {
    app.count("SELECT COUNT(*) FROM audit_log").await
}

/// The actions listed on the audit log page, newest first.
async fn audit_actions(b: &Browser) -> Vec<String> {
    let page = b.get("/admin/audit").await;
    page.expect(200);
    page.body
        .split("<td><code>")
        .skip(1)
        .map(|s| s.split('<').next().unwrap_or_default().to_string())
        .collect()
}

async fn only_administrators_open_administration(app: TestApp) {
    let target = app
        .create_user("target@example.org", "Target", SiteRole::Member)
        .await;
    let anon = app.browser();
    let page = anon.get("/admin").await;
    page.expect(303);
    assert_eq!(page.location(), "/login?next=%2Fadmin");
    let page = anon
        .post(&format!("/admin/users/{target}"), &[("action", "suspend")])
        .await;
    page.expect(401);
    assert_eq!(page.error_code(), "login_required");

    let (member, _) = app
        .signed_in("member@example.org", "Member", SiteRole::Member)
        .await;
    let (moderator, _) = app
        .signed_in("moderator@example.org", "Moderator", SiteRole::Moderator)
        .await;
    for b in [&member, &moderator] {
        let page = b.get("/admin").await;
        page.expect(403);
        assert_eq!(page.error_code(), "forbidden");
        assert!(page.shows(&app.text("en", "error-forbidden")));
        assert!(!page.contains("href=\"/admin\""), "no link to it either");
        for action in ["suspend", "role-admin", "role-moderator"] {
            let page = b
                .post(&format!("/admin/users/{target}"), &[("action", action)])
                .await;
            page.expect(403);
            assert_eq!(page.error_code(), "forbidden");
        }
    }
    // Not even for themselves.
    let member_id = app
        .count("SELECT id FROM users WHERE email = 'member@example.org'")
        .await;
    member
        .post(
            &format!("/admin/users/{member_id}"),
            &[("action", "role-admin")],
        )
        .await
        .expect(403);
    assert_eq!(role_of(&app, member_id).await.0, "member");
    assert_eq!(
        role_of(&app, target).await,
        ("member".to_string(), "active".to_string())
    );
    assert_eq!(audit_entries(&app).await, 0);
    assert_eq!(member.get("/admin/audit").await.status, 403);

    let (admin, _) = app
        .signed_in("admin@example.org", "Admin", SiteRole::Admin)
        .await;
    let page = admin.get("/admin").await;
    page.expect(200);
    assert!(page.contains(&format!("action=\"/admin/users/{target}\"")));
    assert!(admin.get("/").await.contains("href=\"/admin\""));
}

async fn moderators_read_the_audit_log_only(app: TestApp) {
    let (admin, _) = app
        .signed_in("admin@example.org", "Admin", SiteRole::Admin)
        .await;
    let target = app
        .create_user("target@example.org", "Target", SiteRole::Member)
        .await;
    admin
        .post(
            &format!("/admin/users/{target}"),
            &[("action", "role-moderator")],
        )
        .await
        .expect(303);
    let moderator = app.browser();
    moderator
        .login("target@example.org", bottega_web::testing::TEST_PASSWORD)
        .await;
    assert_eq!(audit_actions(&moderator).await, vec!["user.role.moderator"]);
    moderator.get("/admin").await.expect(403);
}

async fn administrators_cannot_act_on_themselves(app: TestApp) {
    let (admin, admin_id) = app
        .signed_in("admin@example.org", "Admin", SiteRole::Admin)
        .await;
    for action in ["suspend", "role-member", "role-moderator"] {
        let page = admin
            .post(&format!("/admin/users/{admin_id}"), &[("action", action)])
            .await;
        page.expect(303);
        assert_eq!(page.location(), "/admin");
        assert!(admin
            .visit("/admin")
            .await
            .shows(&app.text("en", "flash-admin-not-self")));
    }
    assert_eq!(
        role_of(&app, admin_id).await,
        ("admin".to_string(), "active".to_string())
    );
    assert!(admin.is_signed_in().await);
    assert_eq!(audit_entries(&app).await, 0);
}

async fn role_and_status_changes_are_recorded_in_the_audit_log(app: TestApp) {
    let (admin, _) = app
        .signed_in("admin@example.org", "Alba Admin", SiteRole::Admin)
        .await;
    let (target_browser, target) = app
        .signed_in("target@example.org", "Tomás Target", SiteRole::Member)
        .await;

    let steps = [
        (
            "role-moderator",
            "user.role.moderator",
            ("moderator", "active"),
        ),
        ("role-admin", "user.role.admin", ("admin", "active")),
        ("role-member", "user.role.member", ("member", "active")),
        ("suspend", "user.suspend", ("member", "suspended")),
        ("reactivate", "user.reactivate", ("member", "active")),
    ];
    for (action, _, (role, status)) in steps {
        let page = admin
            .post(&format!("/admin/users/{target}"), &[("action", action)])
            .await;
        page.expect(303);
        assert_eq!(page.location(), "/admin");
        assert_eq!(
            role_of(&app, target).await,
            (role.to_string(), status.to_string()),
            "{action}"
        );
    }
    let expected: Vec<String> = steps.iter().rev().map(|s| s.1.to_string()).collect();
    assert_eq!(audit_actions(&admin).await, expected);
    let page = admin.get("/admin/audit").await;
    assert!(page.shows("Alba Admin"));
    assert!(page.shows("Tomás Target"));
    assert!(page.shows("target@example.org"));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE target_type = 'user' AND target_id = {target}"
        ))
        .await,
        5
    );

    // The suspension ended the target's session; reactivation does not bring it back.
    assert!(!target_browser.is_signed_in().await);
    // The list shows the current state in words.
    let page = admin.get("/admin").await;
    assert!(page.shows(&app.text("en", "account-status-active")));
}

async fn unknown_actions_and_people_change_nothing(app: TestApp) {
    let (admin, _) = app
        .signed_in("admin@example.org", "Admin", SiteRole::Admin)
        .await;
    let target = app
        .create_user("target@example.org", "Target", SiteRole::Member)
        .await;
    let page = admin
        .post(
            &format!("/admin/users/{target}"),
            &[("action", "delete-everything")],
        )
        .await;
    page.expect(400);
    assert_eq!(page.error_code(), "bad_request");
    let page = admin
        .post("/admin/users/999999", &[("action", "suspend")])
        .await;
    page.expect(404);
    assert_eq!(page.error_code(), "not_found");
    let page = admin
        .post("/admin/users/not-a-number", &[("action", "suspend")])
        .await;
    page.expect(400);
    assert!(page.shows(&app.text("en", "error-bad-request")));
    assert!(!page.contains("Cannot parse"), "no framework details");
    assert_eq!(
        role_of(&app, target).await,
        ("member".to_string(), "active".to_string())
    );
    assert_eq!(audit_entries(&app).await, 0);
}

async fn two_administrators_removing_each_other_at_once_leave_one(app: TestApp) {
    // Each of two administrators suspends the other at the same moment: Bottega must keep an
    // active administrator whichever request lands first.
    for round in 0..4 {
        let (a, a_id) = app
            .signed_in(&format!("a{round}@example.org"), "A", SiteRole::Admin)
            .await;
        let (b, b_id) = app
            .signed_in(&format!("b{round}@example.org"), "B", SiteRole::Admin)
            .await;
        let (ta, tb) = (a.csrf().await, b.csrf().await);
        let (path_a, path_b) = (
            format!("/admin/users/{b_id}"),
            format!("/admin/users/{a_id}"),
        );
        let (fa, fb) = (
            [("csrf", ta.as_str()), ("action", "suspend")],
            [("csrf", tb.as_str()), ("action", "suspend")],
        );
        let (ra, rb) = tokio::join!(a.post_raw(&path_a, &fa), b.post_raw(&path_b, &fb));
        for r in [&ra, &rb] {
            // Done, refused as the last administrator, or signed out by the other's action
            // (its session ended, so its form token no longer matches either).
            assert!(
                matches!(r.status.as_u16(), 303 | 401 | 403),
                "round {round}: {} {}",
                r.status,
                r.error_code()
            );
        }
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM users WHERE site_role = 'admin' AND status = 'active' \
                 AND id IN ({a_id}, {b_id})"
            ))
            .await,
            1,
            "round {round}"
        );
        // Back to a clean slate for the next round: these two step aside.
        app.exec(&format!(
            "UPDATE users SET site_role = 'member' WHERE id IN ({a_id}, {b_id})"
        ))
        .await;
    }
}

async fn administrators_find_people_by_name_or_address(app: TestApp) {
    let (admin, _) = app
        .signed_in("admin@example.org", "Admin", SiteRole::Admin)
        .await;
    app.create_user("ana@school.hr", "Ana Kovač", SiteRole::Member)
        .await;
    app.create_user("luca@scuola.it", "Luca Bianchi", SiteRole::Member)
        .await;
    for (q, shown, hidden) in [
        ("KOVA%C4%8C", "Ana Kovač", "Luca Bianchi"),
        ("scuola.it", "Luca Bianchi", "Ana Kovač"),
        ("%25", "", "Ana Kovač"),
    ] {
        let page = admin.get(&format!("/admin?q={q}")).await;
        page.expect(200);
        if !shown.is_empty() {
            assert!(page.shows(shown), "{q}");
        }
        assert!(!page.shows(hidden), "{q}");
    }
}

async fn a_suspended_administrator_can_be_stepped_down(app: TestApp) {
    let (admin, admin_id) = app
        .signed_in("admin@example.org", "Admin", SiteRole::Admin)
        .await;
    let other = app
        .create_user("other@example.org", "Other Admin", SiteRole::Admin)
        .await;
    admin
        .post(&format!("/admin/users/{other}"), &[("action", "suspend")])
        .await
        .expect(303);
    // The only active administrator is the one acting; the suspended one is not counted, so
    // taking away their role removes no active administrator.
    let page = admin
        .post(
            &format!("/admin/users/{other}"),
            &[("action", "role-member")],
        )
        .await;
    page.expect(303);
    assert!(!admin
        .visit("/admin")
        .await
        .shows(&app.text("en", "flash-last-site-admin")));
    assert_eq!(
        role_of(&app, other).await,
        ("member".to_string(), "suspended".to_string())
    );
    assert_eq!(
        role_of(&app, admin_id).await,
        ("admin".to_string(), "active".to_string())
    );
    assert_eq!(
        audit_actions(&admin).await,
        vec!["user.role.member", "user.suspend"]
    );
}
