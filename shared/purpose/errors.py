"""Domain errors: each says what went wrong in words a person can act on."""

from __future__ import annotations


class PurposeError(Exception):
    """Base for errors the service expects and explains."""


class NotFoundError(PurposeError):
    pass


class InvalidInputError(PurposeError):
    """Input failed validation; `problems` maps a field id to what to fix."""

    def __init__(self, problems: dict[str, str], message: str = "Check the answers you gave") -> None:
        super().__init__(message)
        self.problems = problems


class CampaignClosedError(PurposeError):
    pass


class StoreError(PurposeError):
    """A call to AWS failed. `retryable` says whether trying again may help."""

    def __init__(self, message: str, *, retryable: bool) -> None:
        super().__init__(message)
        self.retryable = retryable


class UploadRejectedError(PurposeError):
    """The whole file cannot be read as the kind it claims to be."""


class ConflictError(StoreError):
    """A conditional write found the item already there (or not there): trying again will not help."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retryable=False)
