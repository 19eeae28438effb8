//! `deploy/baken.service`: the systemd unit the README installs. `systemd-analyze verify`
//! reads it as systemd would (unknown or misspelt directives, a wrong binary path); on a
//! machine without systemd the check is skipped with a message.

use std::process::Command;

const UNIT: &str = include_str!("../deploy/baken.service");

#[test]
fn the_unit_is_hardened_as_the_readme_says() {
    let directives: Vec<&str> = UNIT
        .lines()
        .filter(|l| !l.starts_with('#') && l.contains('='))
        .collect();
    for want in [
        "DynamicUser=yes",
        "StateDirectoryMode=0700",
        "ProtectSystem=strict",
        "NoNewPrivileges=yes",
        "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
        "Restart=on-failure",
        "CapabilityBoundingSet=",
        "Environment=NO_COLOR=1",
    ] {
        assert!(directives.contains(&want), "{want} missing");
    }
    assert!(directives.iter().any(|d| d.starts_with("LoadCredential=")));
}

#[test]
fn systemd_analyze_verify_accepts_the_unit() {
    if Command::new("systemd-analyze")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("systemd-analyze not found: the unit was not verified on this machine");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // verify checks that ExecStart's binary exists: point it at the one this test built.
    let unit = UNIT.replace("/usr/local/bin/baken", env!("CARGO_BIN_EXE_baken"));
    let path = dir.path().join("baken.service");
    std::fs::write(&path, unit).unwrap();
    let out = Command::new("systemd-analyze")
        .args(["verify", "--man=no"])
        .arg(&path)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    // Unknown directives are only warnings for systemd: none allowed here.
    assert!(err.trim().is_empty(), "systemd-analyze: {err}");
}
