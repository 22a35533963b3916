"""The example nginx configuration in deploy/ is one nginx accepts (`nginx -t`)."""

import shutil
import subprocess
from pathlib import Path

import pytest

CONFIG = Path(__file__).resolve().parents[2] / "deploy" / "nginx.conf"


def test_the_example_nginx_config_passes_nginx_t(tmp_path):
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        pytest.fail("nginx is missing: install the Debian package nginx (.ci/run does).")
    (tmp_path / "logs").mkdir()
    # nginx -t reads the certificate: a throwaway one stands in for the site's.
    subprocess.run(  # noqa: S603
        [
            shutil.which("openssl") or "/usr/bin/openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=hub.example.org",
            "-keyout",
            str(tmp_path / "key.pem"),
            "-out",
            str(tmp_path / "cert.pem"),
        ],
        check=True,
        capture_output=True,
    )
    config = CONFIG.read_text()
    config = config.replace("/etc/ssl/certs/hub.example.org.pem", str(tmp_path / "cert.pem"))
    config = config.replace("/etc/ssl/private/hub.example.org.key", str(tmp_path / "key.pem"))
    config = config.replace("/var/log/nginx/", str(tmp_path / "logs") + "/")
    (tmp_path / "nginx.conf").write_text(config)
    check = subprocess.run(  # noqa: S603 - nginx, our own config
        [nginx, "-t", "-p", str(tmp_path), "-e", "stderr", "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
    )

    assert check.returncode == 0, check.stderr
    assert "syntax is ok" in check.stderr
