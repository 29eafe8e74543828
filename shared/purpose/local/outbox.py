"""Every email SES (moto) accepted, written to .local/outbox/ as .eml with an index.html."""

from __future__ import annotations

import email
import html
import os
import tempfile
from email import policy
from email.message import EmailMessage
from pathlib import Path


class Outbox:
    """The folder of .eml files and its index. Each message is read once, for its index row, and the index is
    written once for each batch of new messages: a bulletin to thousands of subscribers stays linear."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._rows: dict[str, tuple[float, str]] = {}  # file name: (modified time, index row)

    def add(self, messages) -> list[Path]:
        """Write each message (moto's RawMessage, raw MIME, or Message, simple content) not already here, then
        the index once."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if not self._rows:  # messages kept from an earlier run are listed too
            for path in self.folder.glob("*.eml"):
                self._remember(path)
        written = []
        for message in messages:
            path = self.folder / f"{message.id}.eml"
            if not path.exists():
                _replace(path, _raw(message))
                written.append(path)
            if path.name not in self._rows:
                self._remember(path)
        if written or not (self.folder / "index.html").exists():
            self._write_index()
        return written

    def _remember(self, path: Path) -> None:
        parsed = email.message_from_string(path.read_text(encoding="utf-8"), policy=policy.default)
        self._rows[path.name] = (path.stat().st_mtime, (
            f"<tr><td>{html.escape(str(parsed.get('Date', '')))}</td>"
            f"<td>{html.escape(str(parsed.get('To', '')))}</td>"
            f"<td><a href=\"{html.escape(path.name)}\">{html.escape(str(parsed.get('Subject', '(no subject)')))}"
            "</a></td></tr>"))

    def _write_index(self) -> None:
        rows = [row for _, row in sorted(self._rows.values(), key=lambda entry: entry[0], reverse=True)]
        _replace(
            self.folder / "index.html",
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Local outbox</title></head><body>"
            "<h1>Emails sent by the local Shared Purpose</h1><p>Open an .eml file in your email program or a text "
            "editor.</p><table><thead><tr><th>Date</th><th>To</th><th>Subject</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table></body></html>")


def _raw(message) -> str:
    raw = getattr(message, "raw_data", None)
    if raw is None:
        built = EmailMessage()
        built["From"] = message.source
        built["To"] = ", ".join(message.destinations.get("ToAddresses", []))
        built["Subject"] = message.subject
        built.set_content(message.body)
        raw = built.as_string()
    return raw if isinstance(raw, str) else raw.decode("utf-8", "replace")


def _replace(path: Path, text: str) -> None:
    """Write a whole file at once (a temporary file renamed over it), so a reader never sees it half written."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, suffix=".tmp", delete=False) as handle:
        handle.write(text)
    os.replace(handle.name, path)
