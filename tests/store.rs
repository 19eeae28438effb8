//! The session cache: keyed hashes, expiry, erase, and recovery from a broken database.

use baken::Session;
use baken::store::{DEFAULT_TTL_SECS, KeyedHasher, MemoryStore, SessionStore, SledStore};

fn session(now: u64) -> Session {
    let mut s = Session::new("nl", now);
    s.node = "menu".into();
    s.campaign = Some("test".into());
    s
}

fn stores(dir: &std::path::Path) -> Vec<Box<dyn SessionStore>> {
    vec![
        Box::new(MemoryStore::new(60)),
        Box::new(SledStore::open(dir, 60).unwrap()),
    ]
}

#[test]
fn keys_depend_on_channel_user_and_the_process_key() {
    let h = KeyedHasher::with_key([7; 32]);
    assert_eq!(h.key("telegram", "42"), h.key("telegram", "42"));
    assert_ne!(h.key("telegram", "42"), h.key("matrix", "42"));
    assert_ne!(h.key("telegram", "42"), h.key("telegram", "43"));
    // channel/user boundaries cannot be shifted to collide
    assert_ne!(h.key("a", "bc"), h.key("ab", "c"));
    // another process, another key: old sessions cannot be found
    assert_ne!(
        h.key("telegram", "42"),
        KeyedHasher::random().key("telegram", "42")
    );
    assert!(!format!("{:?}", h.key("telegram", "42")).contains("42"));
}

#[test]
fn save_load_expire_and_remove() {
    let dir = tempfile::tempdir().unwrap();
    let h = KeyedHasher::random();
    for store in stores(dir.path()) {
        let k = h.key("console", "x");
        let s = session(1000);
        store.save(&k, &s).unwrap();
        assert_eq!(store.load(&k, 1030).unwrap(), Some(s.clone()));
        // idle for longer than the TTL: gone
        assert_eq!(store.load(&k, 1061).unwrap(), None);
        assert_eq!(store.len(), 0);

        store.save(&k, &s).unwrap();
        store.remove(&k).unwrap();
        assert_eq!(store.load(&k, 1001).unwrap(), None);
    }
}

#[test]
fn the_sweeper_deletes_only_idle_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let h = KeyedHasher::random();
    for store in stores(dir.path()) {
        for i in 0..10u64 {
            store
                .save(&h.key("t", &i.to_string()), &session(1000 + i * 10))
                .unwrap();
        }
        // at 1115, sessions updated before 1055 are idle for more than 60 s
        assert_eq!(store.sweep(1115).unwrap(), 6);
        assert_eq!(store.len(), 4);
        assert!(store.load(&h.key("t", "9"), 1115).unwrap().is_some());
    }
}

#[test]
fn default_ttl_is_thirty_minutes() {
    assert_eq!(DEFAULT_TTL_SECS, 1800);
}

#[test]
fn a_new_process_starts_with_an_empty_cache() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = SledStore::open(dir.path(), 60).unwrap();
        store
            .save(&KeyedHasher::random().key("t", "1"), &session(1))
            .unwrap();
        store.flush().unwrap();
    }
    let store = SledStore::open(dir.path(), 60).unwrap();
    assert_eq!(
        store.len(),
        0,
        "leftovers of an earlier process are removed"
    );
}

#[test]
fn an_unreadable_database_is_moved_aside_and_started_fresh() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = SledStore::open(dir.path(), 60).unwrap();
        store.flush().unwrap();
    }
    // Wreck every file of the database.
    let db = dir.path().join("sessions");
    for entry in walk(&db) {
        std::fs::write(&entry, b"\xde\xad\xbe\xef not a sled file").unwrap();
    }
    let store = SledStore::open(dir.path(), 60).expect("opens despite corruption");
    let h = KeyedHasher::random();
    store.save(&h.key("t", "1"), &session(1)).unwrap();
    assert!(store.load(&h.key("t", "1"), 2).unwrap().is_some());
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("sessions.unreadable-"))
        .collect();
    assert_eq!(
        aside.len(),
        1,
        "the broken database is kept aside, not deleted silently"
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn values_on_disk_are_sealed() {
    let dir = tempfile::tempdir().unwrap();
    let store = SledStore::open(dir.path(), 60).unwrap();
    let h = KeyedHasher::random();
    let mut s = session(1);
    s.node = "honour-danger".into();
    s.campaign = Some("zomer".into());
    store.save(&h.key("t", "1"), &s).unwrap();
    store.flush().unwrap();
    let mut disk = Vec::new();
    for p in walk(dir.path()) {
        disk.extend(std::fs::read(p).unwrap());
    }
    for clue in ["honour-danger", "zomer", "\"locale\"", "\"nl\""] {
        assert!(
            !disk.windows(clue.len()).any(|w| w == clue.as_bytes()),
            "{clue} readable on disk"
        );
    }
    assert_eq!(store.load(&h.key("t", "1"), 2).unwrap(), Some(s));
}

#[test]
fn a_sealed_value_only_opens_under_its_own_key() {
    let sealer = baken::store::Sealer::random();
    let h = KeyedHasher::random();
    let (a, b) = (h.key("t", "a"), h.key("t", "b"));
    let sealed = sealer.seal(&a, b"{}");
    assert_eq!(sealer.open(&a, &sealed).as_deref(), Some(&b"{}"[..]));
    assert_eq!(sealer.open(&b, &sealed), None, "moved to another session");
    assert_eq!(
        baken::store::Sealer::random().open(&a, &sealed),
        None,
        "another process"
    );
    let mut tampered = sealed.clone();
    *tampered.last_mut().unwrap() ^= 1;
    assert_eq!(sealer.open(&a, &tampered), None);
}

#[test]
fn copies_moved_aside_by_an_earlier_process_are_removed_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("sessions.unreadable-123");
    std::fs::create_dir_all(&old).unwrap();
    std::fs::write(old.join("db"), b"sealed leftovers").unwrap();
    let _store = SledStore::open(dir.path(), 60).unwrap();
    assert!(!old.exists());
}
