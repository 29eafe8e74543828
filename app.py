#!/usr/bin/env python3
"""CDK app: one Shared Purpose stack per configured trust, checked by the cdk-nag packs.

`cdk synth -c trust=CODE` synthesizes one trust; without it, every trust in infra/trusts/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "shared"))

from infra.app import build_app  # noqa: E402
from infra.config import TrustConfigError  # noqa: E402

if __name__ == "__main__":
    only = sys.argv[sys.argv.index("--trust") + 1] if "--trust" in sys.argv else None
    try:
        build_app(trust=only).synth()
    except TrustConfigError as error:
        sys.exit(f"Trust configuration error: {error}")
