"""Password policy and hashing (argon2id through argon2-cffi's ``PasswordHasher``).

Policy: at least :data:`MIN_LENGTH` characters, and not one of the shipped common passwords
(``domain/data/common-passwords.txt``), compared case-insensitively, also once the digits and
symbols added before or after a common word are taken away (``Soleil2026!`` is refused).

Hashes carry their own parameters, so :func:`needs_rehash` tells at login whether a stored
hash was made with other parameters than the current ones; the login then re-hashes it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from cabinet_desktop.domain.errors import ValidationError
from cabinet_desktop.i18n import translate

MIN_LENGTH = 12
MAX_LENGTH = 256
COMMON_PASSWORDS_RESOURCE = "common-passwords.txt"

#: The hasher in force: argon2-cffi's defaults (argon2id, t=3, m=64 MiB, p=4, RFC 9106 low
#: memory profile). Tests switch to cheaper parameters with :func:`configure_hasher`.
_hasher = PasswordHasher()

_AFFIXES = re.compile(r"^[\W\d_]+|[\W\d_]+$")


def configure_hasher(time_cost: int | None = None, memory_cost: int | None = None,
                     parallelism: int | None = None) -> PasswordHasher:
    """Replace the hasher's parameters (``None`` keeps argon2-cffi's default); returns it."""
    global _hasher
    default = PasswordHasher()
    _hasher = PasswordHasher(time_cost=time_cost or default.time_cost,
                             memory_cost=memory_cost or default.memory_cost,
                             parallelism=parallelism or default.parallelism)
    return _hasher


def hash_password(password: str) -> str:
    """The argon2id hash (PHC string, salt included) of ``password``."""
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """Whether ``password`` matches ``stored_hash`` (``False`` for an empty or broken hash)."""
    if not stored_hash:
        return False
    try:
        return bool(_hasher.verify(stored_hash, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """Whether ``stored_hash`` was made with other parameters than the current ones."""
    try:
        return bool(_hasher.check_needs_rehash(stored_hash))
    except (InvalidHashError, ValueError):
        return True


#: A hash of nothing anyone can type, verified when the login is unknown so that a wrong login
#: takes as long as a wrong password.
_DUMMY_HASH: dict[str, str] = {}


def spend_verification_time(password: str) -> None:
    """Do the work of one verification for nothing (unknown login: same time as a known one)."""
    key = f"{_hasher.time_cost}/{_hasher.memory_cost}/{_hasher.parallelism}"
    if key not in _DUMMY_HASH:
        _DUMMY_HASH[key] = _hasher.hash("\x00cabinet-desktop-no-such-user\x00")
    verify_password(_DUMMY_HASH[key], password)


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The shipped list of common passwords, lower case."""
    text = (resources.files("cabinet_desktop.domain") / "data" / COMMON_PASSWORDS_RESOURCE
            ).read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def is_common(password: str) -> bool:
    """Whether ``password`` is a common password, or one with digits/symbols around it."""
    lowered = password.strip().lower()
    words = common_passwords()
    if lowered in words:
        return True
    core = _AFFIXES.sub("", lowered)
    return bool(core) and core in words


def policy_problem(password: str, login: str = "") -> str | None:
    """The French reason why ``password`` is refused, or ``None`` when it is acceptable."""
    if len(password) < MIN_LENGTH:
        return translate("Passwords", "Le mot de passe doit compter au moins {minimum} caractères "
                                      "(il en compte "
                                      "{count}).").format(minimum=MIN_LENGTH, count=len(password))
    if len(password) > MAX_LENGTH:
        return translate("Passwords", "Le mot de passe ne peut pas dépasser {maximum} "
                                      "caractères.").format(maximum=MAX_LENGTH)
    if len(login.strip()) >= 4 and login.strip().lower() in password.lower():
        return translate("Passwords", "Le mot de passe ne doit pas contenir l'identifiant.")
    if is_common(password):
        return translate("Passwords", "Ce mot de passe figure parmi les mots de passe les plus "
                                      "courants : choisissez-en un autre, par exemple une phrase "
                                      "de plusieurs mots.")
    if len(set(password)) < 4:
        return translate("Passwords", "Le mot de passe doit comporter au moins 4 caractères "
                                      "différents.")
    return None


def check_policy(password: str, login: str = "", field: str = "password") -> None:
    """Raise :class:`ValidationError` (naming ``field``) unless ``password`` is acceptable."""
    problem = policy_problem(password, login)
    if problem is not None:
        raise ValidationError(problem, field=field)
