"""Every email SES (moto) accepted, written to .local/outbox/ as .eml with an index.html."""

from __future__ import annotations

import email
import html
import os
import tempfile
from email import policy
from email.message import EmailMessage
from pathlib import Path


def write_message(folder: Path, message) -> Path:
    """`message` is moto's RawMessage (raw MIME) or Message (simple content)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{message.id}.eml"
    if path.exists():
        return path
    raw = getattr(message, "raw_data", None)
    if raw is None:
        built = EmailMessage()
        built["From"] = message.source
        built["To"] = ", ".join(message.destinations.get("ToAddresses", []))
        built["Subject"] = message.subject
        built.set_content(message.body)
        raw = built.as_string()
    _replace(path, raw if isinstance(raw, str) else raw.decode("utf-8", "replace"))
    write_index(folder)
    return path


def _replace(path: Path, text: str) -> None:
    """Write a whole file at once (a temporary file renamed over it), so a reader never sees it half written."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, suffix=".tmp", delete=False) as handle:
        handle.write(text)
    os.replace(handle.name, path)


def write_index(folder: Path) -> None:
    rows = []
    for path in sorted(folder.glob("*.eml"), key=lambda p: p.stat().st_mtime, reverse=True):
        parsed = email.message_from_string(path.read_text(encoding="utf-8"), policy=policy.default)
        rows.append(f"<tr><td>{html.escape(str(parsed.get('Date', '')))}</td>"
                    f"<td>{html.escape(str(parsed.get('To', '')))}</td>"
                    f"<td><a href=\"{html.escape(path.name)}\">{html.escape(str(parsed.get('Subject', '(no subject)')))}</a></td></tr>")
    _replace(
        folder / "index.html",
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Local outbox</title></head><body>"
        "<h1>Emails sent by the local Shared Purpose</h1><p>Open an .eml file in your email program or a text editor.</p>"
        "<table><thead><tr><th>Date</th><th>To</th><th>Subject</th></tr></thead><tbody>"
        + "".join(rows) + "</tbody></table></body></html>")
