"""Static files: the NHS.UK frontend's CSS, JS and images, served by the site itself.

`python -m purpose.web.assets` copies them from node_modules/nhsuk-frontend (make setup runs it).
The font rules are dropped: they load from an external host, and no request may leave the site.
"""

from __future__ import annotations

import mimetypes
import re
import shutil
import sys
from pathlib import Path

STATIC = Path(__file__).parent / "static"
_FONT_FACE = re.compile(r"@font-face\{[^}]*\}")
_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml",
          ".png": "image/png", ".ico": "image/x-icon", ".json": "application/manifest+json",
          ".csv": "text/csv; charset=utf-8"}
# Served as text; the rest (images) as bytes, which the API sends base64-encoded. A JSON file given as bytes
# made the web framework try to serialise it again, and the manifest failed with a 502.
_TEXT = {".css", ".js", ".svg", ".json", ".csv"}


def find_asset(path: str) -> tuple[bytes | str, str] | None:
    """The file under /assets/<path>, or None. Only plain names: no way out of the folder."""
    if not re.fullmatch(r"[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)?", path) or ".." in path:
        return None
    for folder in (STATIC, STATIC / "nhsuk"):
        candidate = folder / path
        if candidate.is_file():
            kind = _TYPES.get(candidate.suffix) or mimetypes.guess_type(candidate.name)[0] or "application/octet-stream"
            body = candidate.read_text(encoding="utf-8") if candidate.suffix in _TEXT else candidate.read_bytes()
            return body, kind
    return None


def build_assets(node_modules: Path) -> Path:
    source = node_modules / "nhsuk-frontend" / "dist" / "nhsuk"
    target = STATIC / "nhsuk"
    shutil.rmtree(target, ignore_errors=True)
    (target / "images").mkdir(parents=True)
    css = (source / "nhsuk-frontend.min.css").read_text(encoding="utf-8")
    css = _FONT_FACE.sub("", css).replace("url(/assets/images/", "url(images/")
    (target / "nhsuk-frontend.min.css").write_text(css, encoding="utf-8")
    shutil.copy(source / "nhsuk-frontend.min.js", target / "nhsuk-frontend.min.js")
    shutil.copy(source / "assets" / "manifest.json", target / "manifest.json")
    for image in (source / "assets" / "images").iterdir():
        shutil.copy(image, target / "images" / image.name)
    return target


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd() / "node_modules"
    print(f"NHS.UK frontend assets copied to {build_assets(root)}")
