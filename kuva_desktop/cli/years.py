"""A year's rounds and rules: ``check`` (list every broken rule) and ``round`` (open, close or
lock a round). SQLAlchemy and the rules are imported inside the commands, so that the report
commands start without them."""

from __future__ import annotations

import argparse
import sys

from kuva_desktop.cli.common import EXIT_FAILED, EXIT_OK, AddCommand, open_database, year
from kuva_desktop.domain.fields import CLOSED, LOCKED, OPEN, ROUND_KEYS
from kuva_desktop.errors import InputError

# The verbs of the round command and the states they set.
ROUND_ACTIONS = {"open": OPEN, "close": CLOSED, "lock": LOCKED}


def add_commands(command: AddCommand) -> None:
    """Add the commands of this module to the parser."""
    sub = command("check", cmd_check, "list every broken rule")
    sub.add_argument("--year", type=year)
    sub.add_argument("--round", choices=ROUND_KEYS)

    sub = command("round", cmd_round, "open, close or lock a round")
    sub.add_argument("--year", type=year, required=True)
    sub.add_argument("--round", choices=ROUND_KEYS, required=True)
    sub.add_argument("action", choices=tuple(ROUND_ACTIONS))


def cmd_check(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from kuva_desktop.domain.rules import check_year
    from kuva_desktop.storage import models as m
    from kuva_desktop.storage.queries import load_year

    database = open_database(args, read_only=True)
    broken = 0
    with database.reader() as session:
        years = [args.year] if args.year else list(session.scalars(select(m.Year.year)))
        for number in sorted(years):
            loaded = load_year(session, number)
            if loaded is None:
                raise InputError("year.missing", year=number)
            for violation in check_year(loaded, args.round):
                print(violation.describe("en"))
                broken += 1
    print(f"{broken} broken rules" if broken else "no broken rules", file=sys.stderr)
    return EXIT_OK if broken == 0 else EXIT_FAILED


def cmd_round(args: argparse.Namespace) -> int:
    from kuva_desktop.storage.queries import load_year

    state = ROUND_ACTIONS[args.action]
    database = open_database(args)
    with database.session(source="round command") as session:
        loaded = load_year(session, args.year)
        if loaded is None:
            raise InputError("year.missing", year=args.year)
        round_ = loaded.round(args.round)
        if round_ is None:
            raise InputError("year.no_round", year=args.year, round=args.round)
        round_.state = state
    print(f"{args.year} round {args.round}: {state}")
    return EXIT_OK
