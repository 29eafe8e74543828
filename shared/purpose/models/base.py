"""The base of every model: its validation schema is built on first use, not at import.

A function only validates the few models its request needs, so building all of them at cold start
(tens of milliseconds for the admin API) would be wasted.
"""

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    model_config = ConfigDict(defer_build=True)


# Ids people type, each with how to write one: a 422 says this instead of quoting the pattern
WORK_ITEM_ID = r"^[A-Za-z0-9_.-]{1,40}$"
PRIORITY_ID = r"^[A-Za-z0-9_-]{1,20}$"
PROMPT_ID = r"^q[0-9]{1,2}$"
PATTERN_HELP = {
    WORK_ITEM_ID: "use 1 to 40 letters, digits, dots, dashes or underscores, with no spaces",
    PRIORITY_ID: "use 1 to 20 letters, digits, dashes or underscores, with no spaces",
    PROMPT_ID: "use q and a number, such as q1",
}
