"""Server-rendered pages with the NHS.UK design system's Jinja macros; autoescaped everywhere."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import ChainableUndefined, ChoiceLoader, Environment, FileSystemLoader, PackageLoader, select_autoescape

TEMPLATES = Path(__file__).parent / "templates"


def choices(options: dict, current: str | None) -> list[dict]:
    return [{"value": str(value), "text": label, "checked": str(value) == (current or None)}
            for value, label in options.items()]


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(TEMPLATES)), PackageLoader("nhsuk_frontend_jinja", "templates")]),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True, lstrip_blocks=True,
        undefined=ChainableUndefined,  # the NHS.UK macros read optional params.a.b freely
    )
    env.globals["choices"] = choices
    return env


def render_page(template: str, **context) -> str:
    return environment().get_template(template).render(**context)
