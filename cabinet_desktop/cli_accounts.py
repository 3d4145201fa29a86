"""Command line: signing in, the first administrator, ``users`` and ``password`` commands.

Every command but ``init`` runs as a named user: ``--user LOGIN`` (or ``CABINET_USER``), the
password read from ``CABINET_PASSWORD`` or asked without echo. The same services as the window
check what the user may do and see.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import account_records, accounts, authentication, sign_in_reads
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store.database import Database

ENV_USER = "CABINET_USER"
ENV_PASSWORD = "CABINET_PASSWORD"
ENV_NEW_PASSWORD = "CABINET_NEW_PASSWORD"
ENV_ADMIN_PASSWORD = "CABINET_ADMIN_PASSWORD"


class SignInRequired(CabinetError):
    exit_code = 77


class UserMissing(CabinetError):
    """No ``--user`` nor ``CABINET_USER``: a usage error (the command line lacks an argument)."""

    exit_code = 2


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask_secret(prompt: str, env: str, confirm: bool = False) -> str | None:
    """A secret from ``env``, else asked on the terminal (twice when ``confirm``); else ``None``."""
    value = os.environ.get(env)
    if value:
        return value
    if not _interactive():
        return None
    first = getpass.getpass(prompt)
    if confirm:
        again = getpass.getpass(translate("Cli", "Confirmez : "))
        if again != first:
            raise CabinetError(translate("Cli", "Les deux saisies ne sont pas identiques."))
    return first


def credentials(args: argparse.Namespace) -> tuple[str, str]:
    """The login (``--user``/``CABINET_USER``) and password (``CABINET_PASSWORD`` or asked)."""
    login = getattr(args, "user", None) or os.environ.get(ENV_USER)
    if not login:
        raise UserMissing(translate(
            "Cli", "cette commande s'exécute au nom d'un utilisateur : indiquez --user "
                   "IDENTIFIANT (le mot de passe est demandé, ou lu dans la variable {env}).")
            .format(env=ENV_PASSWORD))
    password = ask_secret(translate("Cli", "Mot de passe de {login} : ")
                          .format(login=login), ENV_PASSWORD)
    if password is None:
        raise SignInRequired(translate("Cli", "mot de passe de « {login} » manquant : "
                                              "saisissez-le dans un terminal ou fournissez la "
                                              "variable {env}.")
                                       .format(login=login, env=ENV_PASSWORD))
    return login, password


def sign_in(args: argparse.Namespace, database: Database,
            given: tuple[str, str] | None = None) -> Actor:
    """The user named by ``--user``/``CABINET_USER``, signed in with their password."""
    login, password = given or credentials(args)
    signed = authentication.authenticate(database, login, password)
    if signed.must_change_password and getattr(args, "command", None) != "password":
        raise SignInRequired(translate(
            "Cli", "vous devez d'abord changer votre mot de passe : cabinet-desktop --user "
                   "{login} password").format(login=signed.actor.login))
    return signed.actor


def create_first_admin_if_needed(args: argparse.Namespace, database: Database) -> str:
    """On a database without accounts, create the administrator; returns a line to print."""
    if sign_in_reads.has_accounts(database):
        return ""
    login = getattr(args, "admin_login", None) or "admin"
    password = ask_secret(translate("Cli", "Mot de passe du nouvel administrateur « {login} » (12 "
                                           "caractères au moins) : ").format(login=login),
                          ENV_ADMIN_PASSWORD, confirm=True)
    if password is None:
        return translate("Cli", "Aucun compte encore : l'administrateur sera créé au premier "
                                "démarrage de la fenêtre, ou par "
                                "« init » avec la variable {env}.").format(env=ENV_ADMIN_PASSWORD)
    actor = accounts.create_first_admin(database, login, password)
    return translate("Cli", "Compte administrateur « {login} » créé.").format(login=actor.login)


# --------------------------------------------------------------------------- opening


def open_database_for(args: argparse.Namespace, create: bool = True) -> Database:
    """Open ``--database``; an encrypted file asks for its passphrase.

    ``init --encrypt`` creates a new SQLite database encrypted with the passphrase (asked
    twice, or ``CABINET_PASSPHRASE``); other files are opened in clear unless they turn out to
    be encrypted, in which case the passphrase is read from ``CABINET_PASSPHRASE`` or asked.
    """
    from cabinet_desktop.store.database import open_database
    from cabinet_desktop.store.encryption import ENV_PASSPHRASE, PassphraseRequired

    demo = bool(getattr(args, "demo", False))
    if getattr(args, "encrypt", False):
        passphrase = ask_secret(translate("Cli",
                                          "Phrase secrète de la nouvelle base (12 caractères au "
                                          "moins) : "), ENV_PASSPHRASE, confirm=True)
        if passphrase is None:
            raise SignInRequired(translate("Cli", "phrase secrète manquante : saisissez-la dans "
                                                  "un terminal ou fournissez la variable {env}.")
                                           .format(env=ENV_PASSPHRASE))
        return open_database(args.database, demo=demo, create=create, passphrase=passphrase)
    try:
        return open_database(args.database, demo=demo, create=create)
    except PassphraseRequired as error:
        passphrase = ask_secret(translate("Cli", "Phrase secrète de la base : "), ENV_PASSPHRASE)
        if passphrase is None:
            raise error from None
        return open_database(args.database, demo=demo, create=create, passphrase=passphrase)


# --------------------------------------------------------------------------- parsers


def add_parsers(commands: argparse._SubParsersAction,
                parser_class: type[argparse.ArgumentParser]) -> None:
    """Add the ``users``, ``password`` and ``permissions`` commands."""
    users = commands.add_parser("users", help=translate("Cli", "comptes utilisateurs "
                                                               "(administrateur)"))
    actions = users.add_subparsers(dest="users_command", metavar=translate("Cli", "ACTION"),
                                   parser_class=parser_class, required=True)
    actions.add_parser("list", help=translate("Cli", "lister les comptes"))
    create = actions.add_parser("create", help=translate("Cli", "créer un compte (mot de passe lu "
                                                                "dans CABINET_NEW_PASSWORD ou "
                                                                "demandé)"))
    create.add_argument("login", metavar=translate("Cli", "IDENTIFIANT"))
    create.add_argument("--role", required=True, choices=[r.value for r in Role],
                        help=translate("Cli", "rôle du compte"))
    create.add_argument("--clearance", type=int, default=0, choices=range(4),
                        help=translate("Cli", "habilitation : 0 non classifié, 1 diffusion "
                                              "restreinte, 2 confidentiel, 3 secret"))
    create.add_argument("--name", default="", help=translate("Cli", "prénom et nom"))
    reset = actions.add_parser("reset-password", help=translate(
        "Cli", "réinitialiser un mot de passe (changement imposé à la connexion suivante)"))
    reset.add_argument("login", metavar=translate("Cli", "IDENTIFIANT"))
    for name, text in (("deactivate", "désactiver un compte (jamais supprimé)"),
                       ("activate", "réactiver un compte")):
        sub = actions.add_parser(name, help=translate("Cli", text))
        sub.add_argument("login", metavar=translate("Cli", "IDENTIFIANT"))
    commands.add_parser("password", help=translate("Cli",
                                                   "changer son propre mot de passe (nouveau mot "
                                                   "de passe lu dans CABINET_NEW_PASSWORD ou "
                                                   "demandé)"))
    perms = commands.add_parser("permissions", help=translate("Cli", "tableau des permissions par "
                                                                     "rôle"))
    perms.add_argument("--markdown", action="store_true",
                       help=translate("Cli", "au format Markdown (docs/permissions.md)"))


# --------------------------------------------------------------------------- commands


def _user_by_login(database: Database, actor: Actor, login: str) -> account_records.UserRow:
    wanted = login.strip().lower()
    for row in accounts.list_users(database, actor):
        if row.login == wanted:
            return row
    raise CabinetError(translate("Cli", "Aucun compte « {login} ».").format(login=login))


def _new_password(prompt: str) -> str:
    password = ask_secret(prompt, ENV_NEW_PASSWORD, confirm=True)
    if password is None:
        raise SignInRequired(translate("Cli",
                                       "nouveau mot de passe manquant : saisissez-le dans un "
                                       "terminal ou fournissez la variable {env}.")
                                       .format(env=ENV_NEW_PASSWORD))
    return password


def cmd_users(args: argparse.Namespace, database: Database) -> int:
    actor = sign_in(args, database)
    command = args.users_command
    if command == "list":
        rows = accounts.list_users(database, actor)
        login, role = translate("Cli", "Identifiant"), translate("Cli", "Rôle")
        clearance, state = translate("Cli", "Habilitation"), translate("Cli", "État")
        print(f"{login:<20} {role:<30} {clearance:<22} {state}")
        for row in rows:
            state = translate("Cli", "actif") if row.active else translate("Cli", "désactivé")
            if row.must_change_password:
                state += translate("Cli", ", mot de passe à changer")
            print(f"{row.login:<20} {row.role.label:<30} {row.clearance.label:<22} {state}")
        return 0
    if command == "create":
        password = _new_password(translate("Cli", "Mot de passe initial : "))
        made = accounts.create_user(database, actor, args.login, password, Role(args.role),
                                    Classification(args.clearance), args.name).account
        assert made is not None  # an account write always returns the account
        print(translate("Cli", "Compte « {login} » créé ({role}, {clearance}) : le mot de passe "
                               "devra être changé à la première connexion.").format(
                        login=made.login, role=made.role.label, clearance=made.clearance.label))
        return 0
    target = _user_by_login(database, actor, args.login)
    if command == "reset-password":
        password = _new_password(translate("Cli", "Nouveau mot de passe de {login} : ")
                                 .format(login=target.login))
        accounts.reset_password(database, actor, target.id, password)
        print(translate("Cli", "Mot de passe de « {login} » réinitialisé : il devra être changé à "
                               "la prochaine connexion.").format(login=target.login))
        return 0
    active = command == "activate"
    accounts.set_active(database, actor, target.id, target.version, active)
    print(translate("Cli", "Compte « {login} » {state}.").format(login=target.login,
                    state=translate("Cli", "réactivé") if active else translate("Cli",
                                                                                "désactivé")))
    return 0


def cmd_password(args: argparse.Namespace, database: Database) -> int:
    given = credentials(args)
    actor = sign_in(args, database, given)
    current = given[1]
    new = _new_password(translate("Cli", "Nouveau mot de passe : "))
    authentication.change_password(database, actor, current, new)
    print(translate("Cli", "Mot de passe changé."))
    return 0


def cmd_permissions(args: argparse.Namespace) -> int:
    from cabinet_desktop.services.permissions import markdown

    sys.stdout.write(markdown())
    return 0


Command = Callable[[argparse.Namespace, Database], int]
