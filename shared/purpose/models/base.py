"""The base of every model: its validation schema is built on first use, not at import.

A function only validates the few models its request needs, so building all of them at cold start
(tens of milliseconds for the admin API) would be wasted.
"""

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    model_config = ConfigDict(defer_build=True)
