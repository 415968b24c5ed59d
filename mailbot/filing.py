"""Decide where each message goes: a plan of moves, which is data (dry-run prints it).

Pure. All of a person's mail sits in the folder of that person's verdict; mail about
nobody (alerts, digests) and spoofs go by their own disposition.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import groupby

from .model import Disposition, MessageRef


@dataclass(frozen=True)
class Move:
    message_id: str
    src: MessageRef
    dest: str
    why: str = ""


@dataclass(frozen=True)
class Placed:
    """A message as the plan sees it: where it is, and what it is, for describe()."""

    message_id: str
    ref: MessageRef
    label: str


def plan(placed: Iterable[Placed], dest_of: Callable[[str], Disposition | None],
         folders: Mapping[Disposition, str], why: str = "") -> list[Move]:
    """A move for each message not yet in the folder its disposition names.

    `dest_of(message_id)` gives the disposition, or None to leave the message where it is.
    """
    moves = []
    for item in placed:
        disposition = dest_of(item.message_id)
        if disposition is None:
            continue
        dest = folders[disposition]
        if item.ref.folder != dest:
            moves.append(Move(item.message_id, item.ref, dest, why or item.label))
    return moves


def batches(moves: Sequence[Move]) -> list[tuple[str, str, list[Move]]]:
    """Moves grouped by (source folder, destination): one MOVE command each, as servers prefer."""
    ordered = sorted(moves, key=lambda m: (m.src.folder, m.dest, m.src.uid))
    return [(src, dest, list(group))
            for (src, dest), group in groupby(ordered, key=lambda m: (m.src.folder, m.dest))]


def describe(move: Move) -> str:
    """One line for logs and for dry-run output."""
    why = f" ({move.why})" if move.why else ""
    return f"{move.src.folder} uid {move.src.uid} -> {move.dest}{why}"
