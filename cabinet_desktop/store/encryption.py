"""Encryption at rest of the SQLite database with SQLCipher (``sqlcipher3``).

An encrypted database is chosen when it is created, with a passphrase asked at every start.
The file then starts with a random 16-byte salt instead of ``SQLite format 3``, and every page
is AES-256 encrypted and HMAC-authenticated by SQLCipher: a stolen laptop yields nothing
readable.

The passphrase never reaches SQL text. The key is derived from it here with argon2id
(memory-hard, so guessing passphrases on a GPU is slow) and the file's salt, and handed to
SQLCipher as raw key material through ``Connection.set_key`` (``sqlite3_key``), in SQLCipher's
raw-key form ``x'<64 hex key><32 hex salt>'``: only hexadecimal digits, whatever quotes,
semicolons or accents the passphrase holds. The derivation parameters below are part of the
file format: changing them would make existing databases unreadable.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from cabinet_desktop.domain.errors import StorageError
from cabinet_desktop.i18n import translate

SALT_BYTES = 16
KEY_BYTES = 32
#: argon2id parameters of the key derivation (fixed: part of the file format).
KDF_TIME_COST = 3
KDF_MEMORY_KIB = 64 * 1024
KDF_PARALLELISM = 4
MIN_PASSPHRASE_LENGTH = 12
ENV_PASSPHRASE = "CABINET_PASSPHRASE"
SQLITE_HEADER = b"SQLite format 3\x00"


class PassphraseRequired(StorageError):
    """The file is not plain SQLite: it is encrypted (or not a database at all)."""


class WrongPassphrase(StorageError):
    """The passphrase does not open the encrypted database."""

    exit_code = 77


def sqlcipher() -> ModuleType:
    """The ``sqlcipher3`` DB-API module, or a French :class:`StorageError` if missing."""
    try:
        import sqlcipher3
    except ImportError:
        raise StorageError(translate(
            "Store", "Le chiffrement des bases n'est pas disponible sur ce poste : le module « "
                     "sqlcipher3 » (paquet sqlcipher3-wheels) n'est pas installé.")) from None
    return sqlcipher3


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """The 32-byte database key derived from ``passphrase`` and the file's ``salt``."""
    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=KDF_TIME_COST,
                           memory_cost=KDF_MEMORY_KIB, parallelism=KDF_PARALLELISM,
                           hash_len=KEY_BYTES, type=Type.ID)


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect a database."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise StorageError(translate(
            "Store", "Phrase secrète : {minimum} caractères au moins (elle en compte {count}).")
            .format(minimum=MIN_PASSPHRASE_LENGTH, count=len(passphrase)))


@dataclass(frozen=True)
class Cipher:
    """The raw key material of one encrypted database file (kept in memory while it is open)."""

    salt: bytes
    key: bytes = field(repr=False)

    @property
    def raw_key(self) -> bytes:
        """SQLCipher's raw-key form with explicit salt: ``x'<key hex><salt hex>'``."""
        return f"x'{self.key.hex()}{self.salt.hex()}'".encode("ascii")

    def apply(self, dbapi_connection: Any) -> None:
        """Key a fresh ``sqlcipher3`` connection (first thing done on it)."""
        dbapi_connection.execute("PRAGMA cipher_log_level = NONE")
        dbapi_connection.set_key(self.raw_key)


def file_header(path: Path) -> bytes:
    """The first 16 bytes of ``path`` (empty for a missing or empty file)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return b""


def is_encrypted_file(path: Path) -> bool:
    """Whether ``path`` holds data that is not plain SQLite (an encrypted database, or else)."""
    header = file_header(path)
    return bool(header) and header != SQLITE_HEADER


def cipher_for(path: Path, passphrase: str) -> Cipher:
    """The key of the database at ``path``: its own salt if it exists, a new random one if not."""
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        header = file_header(path)
        if header == SQLITE_HEADER:
            raise StorageError(translate(
                "Store", "La base « {path} » n'est pas chiffrée : ouvrez-la sans phrase "
                         "secrète.").format(path=path))
        if len(header) < SALT_BYTES:
            raise StorageError(translate("Store",
                                         "La base « {path} » est tronquée : elle ne peut pas être "
                                         "ouverte.").format(path=path))
        salt = header[:SALT_BYTES]
    else:
        check_new_passphrase(passphrase)
        salt = secrets.token_bytes(SALT_BYTES)
    return Cipher(salt=salt, key=derive_key(passphrase, salt))


def passphrase_from_environment() -> str | None:
    """The passphrase given in ``CABINET_PASSPHRASE``, if any."""
    return os.environ.get(ENV_PASSPHRASE) or None


def wrong_passphrase(where: str) -> WrongPassphrase:
    return WrongPassphrase(translate(
        "Store", "Phrase secrète incorrecte : la base chiffrée « {where} » ne s'ouvre pas avec "
                 "elle (ou le fichier est endommagé). Rien n'a été modifié.").format(where=where))


def passphrase_required(path: Path) -> PassphraseRequired:
    return PassphraseRequired(translate(
        "Store", "Le fichier « {path} » n'est pas une base de données SQLite en clair : s'il "
                 "s'agit d'une base Cabinet Desktop chiffrée, indiquez sa phrase secrète "
                 "(variable {env}) ; sinon ce n'est pas une base Cabinet Desktop. Il "
                 "n'a pas été modifié.").format(path=path, env=ENV_PASSPHRASE))
