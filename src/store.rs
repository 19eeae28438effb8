//! The session cache: where a conversation's place is kept between messages, and nothing else.
//!
//! Sessions are found by a [`SessionKey`]: an HMAC-SHA256 of channel and user id under a key
//! that is made at start and lives only in this process's memory. The store never sees a user
//! id, and a copy of the data directory cannot be linked to anyone. A consequence, on purpose:
//! after a restart the old keys can no longer be computed, so [`SledStore::open`] clears what
//! an earlier process left behind.
//!
//! Session values on disk are sealed as well ([`Sealer`], AES-256-GCM with another key
//! that exists only in memory): a copy of the data directory does not reveal even which path
//! someone was on.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use crate::engine::Session;

/// Default idle time after which a session is forgotten.
pub const DEFAULT_TTL_SECS: u64 = 30 * 60;
/// The longest idle time an operator may configure.
pub const MAX_TTL_SECS: u64 = 24 * 60 * 60;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("session store: {0}")]
    Sled(#[from] sled::Error),
    #[error("session store: cannot prepare {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// Another process (a running `baken serve`, a `baken chat`) holds the database. Nothing
    /// was moved: the data is that process's, live (D1).
    #[error(
        "{path} is in use by another baken process (is `baken serve` running on this data directory?)"
    )]
    Locked { path: String },
    /// The disk cannot be written: full, read-only, or not ours. Moving the database aside
    /// would not help (D5, D14); the caller runs without it.
    #[error("cannot write in {path}: {kind}")]
    Unusable { path: String, kind: String },
}

impl StoreError {
    /// A sled error, told apart: a lock held by another process, a disk that cannot be
    /// written, or anything else (a database that is really unreadable).
    fn classify(e: sled::Error, path: &Path) -> StoreError {
        let path_text = path.display().to_string();
        if let sled::Error::Io(io) = &e {
            if io.to_string().starts_with("could not acquire lock") {
                return StoreError::Locked { path: path_text };
            }
            if let Some(kind) = unusable(io) {
                return StoreError::Unusable {
                    path: path_text,
                    kind: kind.into(),
                };
            }
        }
        StoreError::Sled(e)
    }
}

/// Why a disk cannot be written, for the errors that moving a database aside cannot mend.
fn unusable(e: &std::io::Error) -> Option<&'static str> {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::StorageFull => Some("the disk is full"),
        ErrorKind::ReadOnlyFilesystem => Some("the file system is read-only"),
        ErrorKind::PermissionDenied => Some("permission denied"),
        _ => None,
    }
}

/// Make a path private to this user: directories 0700, files 0600, recursively (D13: the
/// data directory followed the umask and was world-readable). Best effort.
pub fn make_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let Ok(meta) = std::fs::symlink_metadata(path) else {
            return;
        };
        if meta.is_dir() {
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700));
            for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
                make_private(&entry.path());
            }
        } else if meta.is_file() {
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
        }
    }
}

/// The key a session is stored under: a keyed hash, never an id.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionKey([u8; 32]);

impl SessionKey {
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl std::fmt::Debug for SessionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Even a keyed hash is not printed in full.
        write!(f, "SessionKey({:02x}{:02x}…)", self.0[0], self.0[1])
    }
}

/// Makes [`SessionKey`]s from channel and user id with a key held only in memory.
pub struct KeyedHasher {
    key: [u8; 32],
}

impl KeyedHasher {
    /// A fresh random key.
    pub fn random() -> Self {
        let mut key = [0u8; 32];
        rand::rng().fill_bytes(&mut key);
        KeyedHasher { key }
    }

    /// A fixed key, for tests and benchmarks only.
    pub fn with_key(key: [u8; 32]) -> Self {
        KeyedHasher { key }
    }

    pub fn key(&self, channel: &str, user: &str) -> SessionKey {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.key).expect("any key length");
        mac.update(channel.as_bytes());
        mac.update(&[0]);
        mac.update(user.as_bytes());
        SessionKey(mac.finalize().into_bytes().into())
    }
}

impl std::fmt::Debug for KeyedHasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeyedHasher(…)")
    }
}

/// Seals session values with AES-256-GCM under a key held only in memory (AES-GCM, not
/// AES-256-GCM: with the CPU's AES instructions it costs a quarter as much, 0.9 µs
/// against 4.2 µs for a session, which kept sealing under 10% of a message; BENCHMARKS.md). Each value gets
/// a fresh random nonce and is bound to its session key (as associated data), so a value cannot
/// be moved to another key.
pub struct Sealer {
    cipher: Aes256Gcm,
}

impl Sealer {
    /// A fresh random key.
    pub fn random() -> Self {
        let mut key = [0u8; 32];
        rand::rng().fill_bytes(&mut key);
        Sealer {
            cipher: Aes256Gcm::new(&key.into()),
        }
    }

    /// `nonce || ciphertext+tag`.
    pub fn seal(&self, key: &SessionKey, plain: &[u8]) -> Vec<u8> {
        let mut nonce = [0u8; 12];
        rand::rng().fill_bytes(&mut nonce);
        let sealed = self
            .cipher
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: plain,
                    aad: key.as_bytes(),
                },
            )
            .expect("encryption of a small value cannot fail");
        let mut out = Vec::with_capacity(12 + sealed.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        out
    }

    /// The plain value, or `None` if it was not sealed by this key for this session key.
    pub fn open(&self, key: &SessionKey, sealed: &[u8]) -> Option<Vec<u8>> {
        if sealed.len() < 12 {
            return None;
        }
        let (nonce, body) = sealed.split_at(12);
        self.cipher
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: body,
                    aad: key.as_bytes(),
                },
            )
            .ok()
    }
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sealer(…)")
    }
}

/// Where sessions live between messages. Implementations expire sessions idle for longer than
/// their TTL: `load` never returns one, and `sweep` deletes them.
pub trait SessionStore: Send + Sync {
    /// The session under `key`, unless it is missing or expired at `now` (unix seconds).
    fn load(&self, key: &SessionKey, now: u64) -> Result<Option<Session>, StoreError>;
    fn save(&self, key: &SessionKey, session: &Session) -> Result<(), StoreError>;
    fn remove(&self, key: &SessionKey) -> Result<(), StoreError>;
    /// Delete every session idle for longer than the TTL; returns how many.
    fn sweep(&self, now: u64) -> Result<usize, StoreError>;
    /// Write everything out (at shutdown).
    fn flush(&self) -> Result<(), StoreError>;
    /// How many sessions are stored.
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn expired(session: &Session, now: u64, ttl: u64) -> bool {
    now.saturating_sub(session.updated) > ttl
}

/// Sessions in memory: for tests and for a console chat that should leave nothing on disk.
#[derive(Debug)]
pub struct MemoryStore {
    ttl: u64,
    map: Mutex<HashMap<SessionKey, Session>>,
}

impl MemoryStore {
    pub fn new(ttl_secs: u64) -> Self {
        MemoryStore {
            ttl: ttl_secs.min(MAX_TTL_SECS),
            map: Mutex::new(HashMap::new()),
        }
    }
}

impl SessionStore for MemoryStore {
    fn load(&self, key: &SessionKey, now: u64) -> Result<Option<Session>, StoreError> {
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        match map.get(key) {
            Some(s) if expired(s, now, self.ttl) => {
                map.remove(key);
                Ok(None)
            }
            other => Ok(other.cloned()),
        }
    }
    fn save(&self, key: &SessionKey, session: &Session) -> Result<(), StoreError> {
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        map.insert(*key, session.clone());
        Ok(())
    }
    fn remove(&self, key: &SessionKey) -> Result<(), StoreError> {
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        map.remove(key);
        Ok(())
    }
    fn sweep(&self, now: u64) -> Result<usize, StoreError> {
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        let before = map.len();
        map.retain(|_, s| !expired(s, now, self.ttl));
        Ok(before - map.len())
    }
    fn flush(&self) -> Result<(), StoreError> {
        Ok(())
    }
    fn len(&self) -> usize {
        self.map.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}

/// Sessions on disk in sled. The data is a disposable cache: if the database cannot be opened
/// it is moved aside and a fresh one is started, with one log line.
pub struct SledStore {
    ttl: u64,
    db: sled::Db,
    path: PathBuf,
    sealer: Sealer,
    /// Set when the disk refused a write while serving (full, read-only, gone: D5): from then
    /// on sessions live in `fallback`, and the log said so once.
    degraded: std::sync::atomic::AtomicBool,
    fallback: MemoryStore,
}

impl std::fmt::Debug for SledStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SledStore")
            .field("path", &self.path)
            .finish()
    }
}

impl SledStore {
    /// Open (or create) the store in `data_dir/sessions`, clearing sessions an earlier process
    /// left (their keys died with it).
    pub fn open(data_dir: &Path, ttl_secs: u64) -> Result<Self, StoreError> {
        // Copies an earlier process moved aside are sealed under keys that died with it:
        // nothing in them can be read again, so they go too.
        if let Ok(entries) = std::fs::read_dir(data_dir) {
            for entry in entries.flatten() {
                if entry
                    .file_name()
                    .to_string_lossy()
                    .starts_with("sessions.unreadable-")
                {
                    let p = entry.path();
                    let _ = if p.is_dir() {
                        std::fs::remove_dir_all(&p)
                    } else {
                        std::fs::remove_file(&p)
                    };
                }
            }
        }
        let db = open_disposable(data_dir, "sessions", Self::open_db)?;
        let stale = db.len();
        db.clear()?;
        if stale > 0 {
            tracing::info!(stale, "cleared sessions left by an earlier process");
        }
        Ok(SledStore {
            ttl: ttl_secs.min(MAX_TTL_SECS),
            db,
            path: data_dir.join("sessions"),
            sealer: Sealer::random(),
            degraded: Default::default(),
            fallback: MemoryStore::new(ttl_secs),
        })
    }

    fn open_db(path: &Path) -> Result<sled::Db, sled::Error> {
        sled::Config::new()
            .path(path)
            .cache_capacity(16 * 1024 * 1024)
            .flush_every_ms(Some(1000))
            .open()
    }

    /// Where the database lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn is_degraded(&self) -> bool {
        self.degraded.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The disk refused a write while serving. The cache is disposable, and a bot that answers
    /// matters more than one that remembers across a restart: run on in memory, say so once
    /// (D5). Before this, a disk that filled while serving showed nothing until the shutdown
    /// failed with exit 2.
    fn degrade(&self, e: &sled::Error) {
        if !self
            .degraded
            .swap(true, std::sync::atomic::Ordering::Relaxed)
        {
            let why = match e {
                sled::Error::Io(io) => unusable(io).unwrap_or("write failed").to_string(),
                other => other.to_string(),
            };
            tracing::error!(
                path = %self.path.display(),
                error = %e,
                "session store: the disk cannot be written ({why}); running on in memory \
                 (sessions now end with this process)"
            );
        }
    }
}

impl SessionStore for SledStore {
    fn load(&self, key: &SessionKey, now: u64) -> Result<Option<Session>, StoreError> {
        if self.is_degraded() {
            // Saved since the disk failed: in memory. Saved before: sled still reads it.
            if let Some(s) = self.fallback.load(key, now)? {
                return Ok(Some(s));
            }
        }
        let sealed = match self.db.get(key.as_bytes()) {
            Ok(Some(sealed)) => sealed,
            Ok(None) => return Ok(None),
            Err(_) if self.is_degraded() => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        let plain = self.sealer.open(key, &sealed);
        match plain.and_then(|p| serde_json::from_slice::<Session>(&p).ok()) {
            Some(s) if !expired(&s, now, self.ttl) => Ok(Some(s)),
            // Expired, or unreadable (not sealed by this process, or garbled): forget it.
            _ => {
                let _ = self.remove(key);
                Ok(None)
            }
        }
    }
    fn save(&self, key: &SessionKey, session: &Session) -> Result<(), StoreError> {
        if self.is_degraded() {
            return self.fallback.save(key, session);
        }
        let plain = serde_json::to_vec(session).expect("a session always serialises");
        if let Err(e) = self
            .db
            .insert(key.as_bytes(), self.sealer.seal(key, &plain))
        {
            self.degrade(&e);
            return self.fallback.save(key, session);
        }
        Ok(())
    }
    fn remove(&self, key: &SessionKey) -> Result<(), StoreError> {
        self.fallback.remove(key)?;
        match self.db.remove(key.as_bytes()) {
            Ok(_) => Ok(()),
            // The old copy stays sealed under a key that dies with this process.
            Err(e) => {
                self.degrade(&e);
                Ok(())
            }
        }
    }
    fn sweep(&self, now: u64) -> Result<usize, StoreError> {
        // Writes are buffered: a disk that filled shows when they are written out. Once a
        // minute (the sweeper) is soon enough to say so and switch to memory.
        if !self.is_degraded()
            && let Err(e) = self.db.flush()
        {
            self.degrade(&e);
        }
        if self.is_degraded() {
            return self.fallback.sweep(now);
        }
        let mut removed = 0;
        for item in self.db.iter() {
            let (k, v) = item?;
            let gone = match <[u8; 32]>::try_from(k.as_ref()) {
                Ok(key) => match self
                    .sealer
                    .open(&SessionKey(key), &v)
                    .and_then(|p| serde_json::from_slice::<Session>(&p).ok())
                {
                    Some(s) => expired(&s, now, self.ttl),
                    None => true,
                },
                Err(_) => true,
            };
            if gone {
                self.db.remove(k)?;
                removed += 1;
            }
        }
        Ok(removed)
    }
    fn flush(&self) -> Result<(), StoreError> {
        if self.is_degraded() {
            // Already said; what was in memory ends with the process, as sessions do.
            return Ok(());
        }
        if let Err(e) = self.db.flush() {
            self.degrade(&e);
        }
        Ok(())
    }
    fn len(&self) -> usize {
        if self.is_degraded() {
            // Counting sled's entries after the disk refused a write spun for minutes and grew
            // to gigabytes (seen in CI); what is on the disk is left behind anyway.
            return self.fallback.len();
        }
        self.db.len() + self.fallback.len()
    }
}

/// Open the sled database `data_dir/name`. Its data is a disposable cache: if it cannot be
/// opened (corrupt after a crash, written by another version), it is moved aside as
/// `name.unreadable-TIME` (see [`move_aside`]), a fresh one is started, and one log line says
/// so. Two cases are not corruption and move nothing: another process holds the lock
/// ([`StoreError::Locked`]) and a disk that cannot be written ([`StoreError::Unusable`]).
/// The data directory and the database are made private to this user.
pub(crate) fn open_disposable(
    data_dir: &Path,
    name: &str,
    open: impl Fn(&Path) -> Result<sled::Db, sled::Error>,
) -> Result<sled::Db, StoreError> {
    std::fs::create_dir_all(data_dir).map_err(|source| match unusable(&source) {
        Some(kind) => StoreError::Unusable {
            path: data_dir.display().to_string(),
            kind: kind.into(),
        },
        None => StoreError::Io {
            path: data_dir.display().to_string(),
            source,
        },
    })?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(data_dir, std::fs::Permissions::from_mode(0o700));
    }
    let path = data_dir.join(name);
    let db = match open(&path).map_err(|e| StoreError::classify(e, &path)) {
        Ok(db) => db,
        Err(StoreError::Sled(e)) => {
            tracing::warn!(database = name, error = %e, "unreadable; moved aside, starting empty");
            move_aside(data_dir, name)?;
            open(&path).map_err(|e| StoreError::classify(e, &path))?
        }
        Err(e) => return Err(e),
    };
    make_private(&path);
    Ok(db)
}

/// Move the unreadable database `data_dir/name` out of the way, to
/// `name.unreadable-<unix seconds>` (with `-2`, `-3`, … when a copy from the same second is
/// already there: a bot restarted in a loop must not fail on its own earlier copy). If it
/// cannot be moved it is deleted: it is a cache, and a bot that answers matters more.
fn move_aside(data_dir: &Path, name: &str) -> Result<(), StoreError> {
    let path = data_dir.join(name);
    let stamp = now();
    let mut aside = data_dir.join(format!("{name}.unreadable-{stamp}"));
    let mut n = 1;
    while aside.exists() && n < 100 {
        n += 1;
        aside = data_dir.join(format!("{name}.unreadable-{stamp}-{n}"));
    }
    if std::fs::rename(&path, &aside).is_ok() {
        return Ok(());
    }
    let removed = if path.is_dir() {
        std::fs::remove_dir_all(&path)
    } else {
        std::fs::remove_file(&path)
    };
    removed.map_err(|source| StoreError::Io {
        path: path.display().to_string(),
        source,
    })
}

/// The current time in unix seconds: the only clock the engine's callers read.
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[cfg(test)]
mod reliability_tests {
    use super::*;

    fn aside(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().to_string())
            .filter(|n| n.contains("unreadable"))
            .collect()
    }

    /// D1: a database another process holds is refused as "in use", and nothing is moved
    /// aside (the live data stays where its owner writes it).
    #[test]
    fn d1_locked_database_is_refused_and_not_moved() {
        let dir = tempfile::tempdir().unwrap();
        let first = crate::stats::Stats::open(dir.path()).unwrap();
        let second = crate::stats::Stats::open(dir.path());
        assert!(
            matches!(second, Err(StoreError::Locked { .. })),
            "{:?}",
            second.err()
        );
        assert!(aside(dir.path()).is_empty(), "{:?}", aside(dir.path()));
        drop(first);
        let sessions = SledStore::open(dir.path(), 60).unwrap();
        assert!(matches!(
            SledStore::open(dir.path(), 60),
            Err(StoreError::Locked { .. })
        ));
        drop(sessions);
        assert!(aside(dir.path()).is_empty());
    }

    /// D5, D14: a disk that is full (or read-only, or not ours) is not taken for corruption:
    /// nothing is moved aside, and the caller learns the disk is unusable (and runs from
    /// memory).
    #[test]
    fn d5_d14_full_disk_is_unusable_not_corrupt() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sessions")).unwrap();
        let full = open_disposable(dir.path(), "sessions", |_| {
            Err(sled::Error::Io(std::io::Error::from(
                std::io::ErrorKind::StorageFull,
            )))
        });
        assert!(
            matches!(&full, Err(StoreError::Unusable { kind, .. }) if kind.contains("full")),
            "{:?}",
            full.err()
        );
        assert!(dir.path().join("sessions").exists());
        assert!(aside(dir.path()).is_empty());
    }

    /// D13: the data directory is private to the bot's user, and so is each database.
    #[cfg(unix)]
    #[test]
    fn d13_data_dir_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let _store = SledStore::open(&data, 60).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&data), 0o700);
        assert_eq!(mode(&data.join("sessions")), 0o700);
        for e in std::fs::read_dir(data.join("sessions")).unwrap().flatten() {
            if e.file_type().unwrap().is_file() {
                assert_eq!(mode(&e.path()), 0o600, "{}", e.path().display());
            }
        }
    }
}
