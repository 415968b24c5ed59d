"""One root error, caught once at the CLI edge; each says what the user can do."""
from __future__ import annotations


class MailbotError(Exception):
    """Root of every error mailbot reports to the user."""

    exit_code = 1


class ConfigError(MailbotError):
    """The configuration is wrong; `problems` holds one line per problem."""

    exit_code = 2

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class MailboxUnavailable(MailbotError):
    """Transient: the server cannot be reached or dropped the link; retrying may help."""


class MailboxProtocolError(MailbotError):
    """Permanent: the server refused what we asked, or lacks a capability we need."""


class StateError(MailbotError):
    """The state database is unusable (corrupt, newer schema, locked)."""
