//! A real Synapse homeserver for tests, on 127.0.0.1.
//!
//! On first use Synapse is installed from PyPI into a virtualenv in the target directory
//! (`$CARGO_TARGET_TMPDIR/synapse-venv-<version>`, reused afterwards; a file lock keeps
//! parallel test binaries from installing twice). Each [`Synapse`] gets its own directory,
//! config and free port: no federation, shared-secret registration, rate limits raised so fast
//! tests do not get HTTP 429. It is stopped by its pid when dropped, also when a test panics.

#![allow(dead_code)]

use std::fs::{self, File};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const SYNAPSE_VERSION: &str = "1.163.2";
pub const SERVER_NAME: &str = "localhost";

/// The virtualenv with Synapse, installed on first use.
pub fn venv() -> PathBuf {
    let dir =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("synapse-venv-{SYNAPSE_VERSION}"));
    let marker = dir.join(".installed");
    if marker.exists() {
        return dir;
    }
    fs::create_dir_all(dir.parent().unwrap()).unwrap();
    let lock = File::create(dir.with_extension("lock")).unwrap();
    lock.lock().unwrap();
    if !marker.exists() {
        let _ = fs::remove_dir_all(&dir);
        run(Command::new("python3").args(["-m", "venv"]).arg(&dir));
        run(Command::new(dir.join("bin/pip"))
            .args(["install", "--quiet", "--disable-pip-version-check"])
            .arg(format!("matrix-synapse=={SYNAPSE_VERSION}")));
        fs::write(&marker, SYNAPSE_VERSION).unwrap();
    }
    lock.unlock().unwrap();
    dir
}

fn run(cmd: &mut Command) {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A running Synapse. Stopped (by pid) on drop.
pub struct Synapse {
    venv: PathBuf,
    dir: tempfile::TempDir,
    pub port: u16,
    secret: String,
    child: Option<Child>,
}

impl Synapse {
    /// Install if needed, configure, start, and wait until healthy.
    pub fn start() -> Synapse {
        Synapse::start_with_message_rate(RAISED)
    }

    /// The same, with messages rate-limited to `rate` (Synapse's `rc_message`, e.g.
    /// `{per_second: 0.5, burst_count: 2}`); the access log (with status codes) goes to
    /// [`Synapse::log`].
    pub fn start_with_message_rate(rate: &str) -> Synapse {
        let venv = venv();
        let dir = tempfile::Builder::new()
            .prefix("synapse-")
            .tempdir()
            .unwrap();
        let port = free_port();
        let secret = format!("secret-{}", rand_hex());
        write_config(dir.path(), port, &secret, &venv, rate);
        let mut s = Synapse {
            venv,
            dir,
            port,
            secret,
            child: None,
        };
        s.spawn();
        s
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// What Synapse logged so far (warnings, and the access log with status codes).
    pub fn log(&self) -> String {
        fs::read_to_string(self.dir.path().join("stdout.log")).unwrap_or_default()
    }

    fn spawn(&mut self) {
        let log = File::create(self.dir.path().join("stdout.log")).unwrap();
        let child = Command::new(self.venv.join("bin/python"))
            .args(["-m", "synapse.app.homeserver", "-c"])
            .arg(self.dir.path().join("homeserver.yaml"))
            .current_dir(self.dir.path())
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("start synapse");
        self.child = Some(child);
        self.wait_healthy();
    }

    fn wait_healthy(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(90);
        let addr = format!("127.0.0.1:{}", self.port);
        loop {
            if let Some(child) = self.child.as_mut()
                && let Ok(Some(status)) = child.try_wait()
            {
                panic!(
                    "synapse exited with {status}:\n{}",
                    fs::read_to_string(self.dir.path().join("stdout.log")).unwrap_or_default()
                );
            }
            if http_get_ok(&addr, "/health") {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "synapse did not become healthy:\n{}",
                fs::read_to_string(self.dir.path().join("stdout.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Stop by pid: SIGTERM, then SIGKILL after a grace period.
    pub fn stop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        let _ = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = child.kill();
        let _ = child.wait();
    }

    /// Stop and start again on the same port with the same database.
    pub fn restart(&mut self) {
        self.stop();
        self.spawn();
    }

    /// Register a fresh user with the shared secret; returns the full user id.
    pub fn register(&self, localpart: &str, password: &str) -> String {
        self.register_as(localpart, password, "--no-admin")
    }

    /// Register a fresh server admin (for the admin API, e.g. rate-limit overrides).
    pub fn register_admin(&self, localpart: &str, password: &str) -> String {
        self.register_as(localpart, password, "--admin")
    }

    fn register_as(&self, localpart: &str, password: &str, admin: &str) -> String {
        run(Command::new(self.venv.join("bin/register_new_matrix_user"))
            .args(["-k", &self.secret, "-u", localpart, "-p", password, admin])
            .arg(self.url()));
        format!("@{localpart}:{SERVER_NAME}")
    }
}

impl Drop for Synapse {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A unique-enough suffix for user names and secrets.
pub fn rand_hex() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    format!(
        "{:x}{:x}{:x}",
        t & 0xffff_ffff,
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

fn http_get_ok(addr: &str, path: &str) -> bool {
    use std::io::{Read, Write};
    let Ok(mut s) = std::net::TcpStream::connect(addr) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
    if write!(s, "GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n").is_err() {
        return false;
    }
    let mut buf = String::new();
    let _ = s.read_to_string(&mut buf);
    buf.starts_with("HTTP/1.0 200") || buf.starts_with("HTTP/1.1 200")
}

/// Rate limits raised so that fast tests are never limited.
const RAISED: &str = "{per_second: 1000, burst_count: 1000}";

fn write_config(dir: &Path, port: u16, secret: &str, venv: &Path, message_rate: &str) {
    let d = dir.display();
    let rate = RAISED;
    let yaml = format!(
        r#"server_name: "{SERVER_NAME}"
pid_file: "{d}/homeserver.pid"
listeners:
  - port: {port}
    bind_addresses: ["127.0.0.1"]
    type: http
    tls: false
    x_forwarded: false
    resources:
      - names: [client]
        compress: false
database:
  name: sqlite3
  args:
    database: "{d}/homeserver.db"
log_config: "{d}/log.yaml"
media_store_path: "{d}/media_store"
signing_key_path: "{d}/signing.key"
registration_shared_secret: "{secret}"
enable_registration: false
report_stats: false
macaroon_secret_key: "{secret}-macaroon"
form_secret: "{secret}-form"
trusted_key_servers: []
suppress_key_server_warning: true
federation_domain_whitelist: []
presence:
  enabled: false
rc_message: {message_rate}
rc_registration: {rate}
rc_login:
  address: {rate}
  account: {rate}
  failed_attempts: {rate}
rc_joins:
  local: {rate}
  remote: {rate}
rc_joins_per_room: {rate}
rc_invites:
  per_room: {rate}
  per_user: {rate}
  per_issuer: {rate}
rc_room_creation: {rate}
rc_key_requests: {rate}
"#
    );
    fs::write(dir.join("homeserver.yaml"), yaml).unwrap();
    fs::write(
        dir.join("log.yaml"),
        r#"version: 1
formatters:
  precise:
    format: '%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - %(request)s - %(message)s'
handlers:
  console:
    class: logging.StreamHandler
    formatter: precise
loggers:
  synapse.access.http:
    level: INFO
root:
  level: WARNING
  handlers: [console]
disable_existing_loggers: false
"#,
    )
    .unwrap();
    // Generate the signing key for this config.
    run(Command::new(venv.join("bin/python"))
        .args(["-m", "synapse.app.homeserver", "--generate-keys", "-c"])
        .arg(dir.join("homeserver.yaml"))
        .current_dir(dir)
        .stdin(Stdio::null()));
}
