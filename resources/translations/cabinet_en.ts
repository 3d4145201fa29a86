<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../cabinet_desktop/services/authentication.py" line="+53"/>
        <source>Identifiant ou mot de passe incorrect.</source>
        <translation>Incorrect login or password.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} secondes</source>
        <translation>{count} seconds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} minutes</source>
        <translation>{count} minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant ou mot de passe incorrect. Trop de tentatives infructueuses : nouvel essai possible dans {wait}.</source>
        <translation>Incorrect login or password. Too many failed attempts: you can try again in {wait}.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/accounts.py" line="+46"/>
        <source>La base a déjà des comptes : l&apos;administrateur initial ne peut plus être créé.</source>
        <translation>The database already has accounts: the initial administrator can no longer be created.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/account_records.py" line="+83"/>
        <source>Identifiant : ce champ est obligatoire.</source>
        <translation>Login: this field is required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identifiant : {max} caractères au plus, lettres, chiffres, point, tiret et tiret bas seulement.</source>
        <translation>Login: at most {max} characters, letters, digits, dot, hyphen and underscore only.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identifiant : « {login} » est déjà pris.</source>
        <translation>Login: “{login}” is already taken.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Personne : aucun enregistrement n° {id}.</source>
        <translation>Person: no record no. {id}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personne : {name} a déjà un compte (« {login} »).</source>
        <translation>Person: {name} already has an account (“{login}”).</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/authentication.py" line="+72"/>
        <source>Ce compte est désactivé : adressez-vous à l&apos;administrateur.</source>
        <translation>This account is deactivated: contact the administrator.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/accounts.py" line="+13"/>
        <location filename="../../cabinet_desktop/services/authentication.py" line="+63"/>
        <source>Aucun utilisateur connecté.</source>
        <translation>No user signed in.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/authentication.py" line="+4"/>
        <source>Mot de passe actuel : incorrect.</source>
        <translation>Current password: incorrect.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouveau mot de passe : il doit être différent de l&apos;actuel.</source>
        <translation>New password: it must differ from the current one.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/account_records.py" line="+8"/>
        <location filename="../../cabinet_desktop/services/accounts.py" line="+71"/>
        <source>Compte n° {id} introuvable.</source>
        <translation>Account no. {id} not found.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/accounts.py" line="-19"/>
        <source>Rôle : « {value} » n&apos;existe pas (valeurs possibles : {choices}).</source>
        <translation>Role: “{value}” does not exist (possible values: {choices}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Habilitation : « {value} » n&apos;existe pas (0 à 3).</source>
        <translation>Clearance: “{value}” does not exist (0 to 3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le compte « {login} » a été modifié entre-temps : rechargez la liste des comptes.</source>
        <translation>The account “{login}” was changed meanwhile: reload the list of accounts.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Le compte « {login} » est le dernier administrateur actif : il doit le rester.</source>
        <translation>The account “{login}” is the last active administrator: it must remain one.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/demo/accounts.py" line="+33"/>
        <source>Cette base a des comptes réels : les comptes de démonstration n&apos;y sont pas créés.</source>
        <translation>This database has real accounts: demo accounts are not created in it.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../cabinet_desktop/ui/app.py" line="+56"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une erreur inattendue s&apos;est produite : {summary}

Votre travail enregistré n&apos;est pas perdu. Les détails ont été consignés dans {log}.</source>
        <translation>An unexpected error occurred: {summary}

Your saved work is not lost. The details were written to {log}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copier les détails</source>
        <translation>Copy the details</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Préparation des données de démonstration…</source>
        <translation>Preparing the demo data…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Démonstration</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Les données de démonstration n&apos;ont pas pu être créées : {error}</source>
        <translation>The demo data could not be created: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bienvenue dans Cabinet Desktop</source>
        <translation>Welcome to Cabinet Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&apos;est le premier démarrage de Cabinet Desktop sur ce poste.</source>
        <translation>This is Cabinet Desktop&apos;s first start on this computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voulez-vous commencer avec une base vide, ou découvrir l&apos;application sur une base de démonstration (fictive, séparée de la vraie) ?</source>
        <translation>Do you want to start with an empty database, or discover the application on a demo database (fictitious, separate from the real one)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commencer avec une base vide</source>
        <translation>Start with an empty database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explorer la démonstration</source>
        <translation>Explore the demo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Base de données indisponible</source>
        <extracomment>Delay after the sign-in dialog opens before the window&apos;s code loads behind it. What signing in and :func:`open_window` import, loaded ahead by :func:`load_window_code`: the accounts service first (it brings SQLAlchemy&apos;s ORM and the mappings, about 0.15 s, which the sign-in dialog does not wait for). The window opened by « Changer d&apos;utilisateur… » (the first one is held by run_gui). Delay after the window opens before the list panes&apos; code loads behind it. What the first list pane needs, loaded ahead by :func:`load_pane_code`.</extracomment>
        <translation>Database unavailable</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../cabinet_desktop/services/attachment_store.py" line="+57"/>
        <source>Pièce jointe « {name} » : {size}, au-delà de la limite de {limit} Mo fixée dans les paramètres.</source>
        <translation>Attachment “{name}”: {size}, above the {limit} MB limit set in the settings.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/dossiers.py" line="+101"/>
        <source>La pièce jointe « {name} » est altérée : son empreinte ne correspond plus.</source>
        <translation>The attachment “{name}” has been altered: its fingerprint no longer matches.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/dialogs/circuit_dialogs.py" line="+186"/>
        <location filename="../../cabinet_desktop/ui/shell/attachments.py" line="+67"/>
        <source>Joindre des fichiers au dossier</source>
        <translation>Attach files to the dossier</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/shell/attachments.py" line="+15"/>
        <source>Pièce {n} sur {total} : {name}</source>
        <translation>File {n} of {total}: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>« {name} » ne peut pas être lu : {reason}.</source>
        <translation>“{name}” cannot be read: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ajout de pièces jointes…</source>
        <translation>Adding attachments…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+34"/>
        <source>Pièce jointe</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Lecture de la pièce jointe…</source>
        <translation>Reading the attachment…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enregistrer la pièce jointe sous</source>
        <translation>Save the attachment as</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>« {path} » ne peut pas être écrit : {reason}.</source>
        <translation>“{path}” cannot be written: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Retirer la pièce jointe</source>
        <translation>Remove the attachment</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Retirer cette pièce jointe du dossier ? Le journal garde son nom et son empreinte.</source>
        <translation>Remove this attachment from the dossier? The journal keeps its name and fingerprint.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/file_names.py" line="+36"/>
        <source>Pièce jointe — Nom du fichier : {problem}</source>
        <translation>Attachment — File name: {problem}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>il contient un caractère nul (NUL) : le fichier est refusé.</source>
        <translation>it contains a null character (NUL): the file is refused.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nom vide.</source>
        <translation>empty name.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../cabinet_desktop/services/audit.py" line="+74"/>
        <source>Vérification du journal</source>
        <translation>Verifying the journal</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/store/audit_chain.py" line="+31"/>
        <source>Le journal d&apos;audit est endommagé ({problem}) : aucune opération n&apos;est enregistrée tant qu&apos;il n&apos;est pas réparé. Vérifiez-le avec « cabinet-desktop audit verify » et restaurez la dernière sauvegarde.</source>
        <translation>The audit journal is damaged ({problem}): no operation is recorded until it is repaired. Check it with “cabinet-desktop audit verify” and restore the latest backup.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>sa tête est absente</source>
        <translation>its head is missing</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>le n° {id} a déjà servi</source>
        <translation>no. {id} has already been used</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>son empreinte précédente n&apos;est pas celle de l&apos;entrée d&apos;avant</source>
        <translation>its previous hash is not the one of the entry before</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>son contenu ne correspond plus à son empreinte</source>
        <translation>its content no longer matches its hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la tête du journal ne désigne pas la dernière entrée</source>
        <translation>the journal&apos;s head does not name the last entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la tête du journal est absente</source>
        <translation>the journal&apos;s head is missing</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../cabinet_desktop/services/backups.py" line="+117"/>
        <source>Conservation des sauvegardes : un nombre entre 0 et 1000 (ici {value}).</source>
        <extracomment>Settings of the automatic backups (rows of the shared settings table), with their defaults.</extracomment>
        <translation>Backup retention: a number between 0 and 1000 (here {value}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conservation des sauvegardes : au moins une sauvegarde doit être gardée.</source>
        <translation>Backup retention: at least one backup must be kept.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>sauvegarde automatique (connexion de {login})</source>
        <translation>automatic backup (sign-in of {login})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>restauration</source>
        <translation>restore</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>La base « {where} » existe déjà : confirmez son remplacement (--yes). Rien n&apos;a été modifié.</source>
        <translation>The database “{where}” already exists: confirm its replacement (--yes). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remplacer la base « {where} » demande un administrateur de celle-ci.</source>
        <translation>Replacing the database “{where}” requires one of its administrators.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/store/backup.py" line="+172"/>
        <source>Le fichier « {path} » n&apos;est pas une sauvegarde Cabinet Desktop.</source>
        <extracomment>File name ending of backups (a SQLite file, not meant to be opened as a base). Pages copied per step of SQLite&apos;s backup API (progress is reported between steps).</extracomment>
        <translation>The file “{path}” is not a Cabinet Desktop backup.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La sauvegarde « {path} » est endommagée ({reason}) : elle ne peut pas servir à une restauration.</source>
        <translation>The backup “{path}” is damaged ({reason}): it cannot be used for a restore.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+27"/>
        <source>Le fichier « {path} » existe déjà : choisissez un autre nom.</source>
        <translation>The file “{path}” already exists: choose another name.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Le dossier des sauvegardes « {path} » est inaccessible ({reason}) : branchez la clé USB ou le partage, ou choisissez un autre dossier.</source>
        <translation>The backup folder “{path}” cannot be reached ({reason}): connect the USB drive or the share, or choose another folder.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Vérification de la sauvegarde</source>
        <translation>Checking the backup</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>manifeste relu différent</source>
        <translation>manifest read back differs</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+29"/>
        <source>Copie de la base</source>
        <translation>Copying the database</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>références brisées</source>
        <translation>broken references</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>journal altéré : {problem}</source>
        <translation>journal altered: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>le journal ne finit pas sur l&apos;empreinte du manifeste</source>
        <translation>the journal does not end on the manifest&apos;s hash</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>La sauvegarde « {path} » n&apos;existe pas.</source>
        <translation>The backup “{path}” does not exist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phrase secrète incorrecte pour la sauvegarde « {path} » (ou fichier endommagé).</source>
        <translation>Incorrect passphrase for the backup “{path}” (or damaged file).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>La sauvegarde « {path} » vient d&apos;une version plus récente de Cabinet Desktop (schéma {revision}) : mettez l&apos;application à jour pour la restaurer.</source>
        <translation>The backup “{path}” comes from a newer version of Cabinet Desktop (schema {revision}): update the application to restore it.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>La base « {path} » est ouverte sur un autre poste ou dans une autre fenêtre : fermez-les avant de restaurer. Rien n&apos;a été modifié.</source>
        <translation>The database “{path}” is open on another computer or in another window: close them before restoring. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Copie dans la base du serveur</source>
        <translation>Copying into the server database</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>La base « {where} » n&apos;est pas vide : confirmez son remplacement (--yes). Rien n&apos;a été modifié.</source>
        <translation>The database “{where}” is not empty: confirm its replacement (--yes). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Le journal de la base restaurée ne se vérifie pas ({problem}) : rien n&apos;a été modifié.</source>
        <translation>The restored database&apos;s journal does not verify ({problem}): nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../cabinet_desktop/ui/backups/controller.py" line="+45"/>
        <source>{file} : {reason}</source>
        <extracomment>Delay after the window opens before the automatic backup starts behind it.</extracomment>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Sauvegarder…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sauve&amp;gardes…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Opération annulée : rien n&apos;a été écrit.</source>
        <translation>Operation cancelled: nothing was written.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sauvegarder la base</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+47"/>
        <source>Sauvegardes Cabinet Desktop (*.cabinet-backup)</source>
        <translation>Cabinet Desktop backups (*.cabinet-backup)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Sauvegarde en cours…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sauvegarde faite et vérifiée.

Fichier : {file}
Taille : {size}
Empreinte du journal (entrée n° {id}) :
{hash}

Cette empreinte permet de prouver plus tard que le journal n&apos;a été ni coupé ni réécrit (Outils › Vérifier le journal d&apos;audit). Rangez le fichier hors de ce poste.</source>
        <translation>Backup made and checked.

File: {file}
Size: {size}
Journal hash (entry no. {id}):
{hash}

This hash lets you prove later that the journal was neither cut nor rewritten (Tools › Verify the audit journal). Keep the file away from this computer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../cabinet_desktop/ui/backups/journal_check.py" line="+71"/>
        <source>Sauvegarde</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sauvegarde écrite : {file}</source>
        <translation>Backup written: {file}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../cabinet_desktop/ui/backups/restore_dialog.py" line="+33"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phrase secrète de la base chiffrée :</source>
        <translation>Passphrase of the encrypted database:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lecture de la sauvegarde…</source>
        <translation>Reading the backup…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restauration en cours…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>L&apos;ancienne base est gardée de côté : {path}.</source>
        <translation>The former database is kept aside: {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;ancienne base a été sauvegardée avant d&apos;être remplacée.</source>
        <translation>The former database was backed up before being replaced.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La sauvegarde du {date} a été restaurée dans « {target} ».

{aside}

Cabinet Desktop doit redémarrer : la fenêtre va se fermer. Rouvrez-la pour travailler sur la base restaurée.</source>
        <translation>The backup of {date} was restored into “{target}”.

{aside}

Cabinet Desktop must restart: the window will close. Open it again to work on the restored database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restauration</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paramètres des sauvegardes enregistrés.</source>
        <translation>Backup settings saved.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Vérification du journal d&apos;audit…</source>
        <translation>Verifying the audit journal…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal d&apos;audit</source>
        <translation>Audit journal</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sauvegarde automatique du jour faite : {file} ({size}).</source>
        <translation>Today&apos;s automatic backup made: {file} ({size}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La sauvegarde automatique du jour n&apos;a pas pu être faite.

{reason}

Faites-en une à la main dès que possible (Fichier › Sauvegarder…). Le dossier des sauvegardes se choisit dans Outils › Sauvegardes…</source>
        <translation>Today&apos;s automatic backup could not be made.

{reason}

Make one by hand as soon as possible (File › Back up…). The backup folder is chosen in Tools › Backups…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sauvegarde automatique du jour : ÉCHEC (voir le message).</source>
        <translation>Today&apos;s automatic backup: FAILED (see the message).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sauvegarde automatique</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/backups/journal_check.py" line="-44"/>
        <source>à l&apos;entrée n° {id}</source>
        <translation>at entry no. {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal altéré {where} : {problem}. Restaurez la dernière sauvegarde saine et prévenez le responsable de la sécurité.</source>
        <translation>Journal altered {where}: {problem}. Restore the latest sound backup and warn the security officer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Journal intègre : {count} entrées vérifiées. Aucune sauvegarde dans le dossier des sauvegardes : aucune empreinte extérieure à comparer (une coupure du journal ne peut pas être prouvée).</source>
        <translation>Journal intact: {count} entries checked. No backup in the backup folder: no outside hash to compare with (a cut of the journal cannot be proven).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Journal coupé ou réécrit.&lt;/b&gt; Ses {count} entrées s&apos;enchaînent, mais {missing} des {total} empreintes de sauvegarde n&apos;y sont plus : des entrées ont été supprimées ou réécrites après ces sauvegardes. Restaurez la dernière sauvegarde dont l&apos;empreinte est présente et prévenez le responsable de la sécurité.</source>
        <translation>&lt;b&gt;Journal cut or rewritten.&lt;/b&gt; Its {count} entries chain together, but {missing} of the {total} backup hashes are no longer in it: entries were deleted or rewritten after those backups. Restore the latest backup whose hash is present and warn the security officer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Journal intègre : {count} entrées vérifiées, et les {total} empreintes des sauvegardes y sont toutes.</source>
        <translation>Journal intact: {count} entries checked, and all {total} backup hashes are in it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vérification du journal d&apos;audit</source>
        <translation>Audit journal verification</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../cabinet_desktop/ui/backups/restore_dialog.py" line="+10"/>
        <source>Faite le</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cabinet_desktop/ui/backups/restore_dialog.py" line="+10"/>
        <source>Empreinte du journal</source>
        <translation>Journal hash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dans le journal</source>
        <translation>In the journal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>présente (entrée n° {id})</source>
        <translation>present (entry no. {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABSENTE</source>
        <translation>MISSING</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/backups/restore_dialog.py" line="-18"/>
        <source>Voici ce que contient la sauvegarde. Rien n&apos;a encore été modifié.</source>
        <translation>Here is what the backup holds. Nothing has been changed yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source} ({backend}, schéma {revision}, version {version})</source>
        <translation>{source} ({backend}, schema {revision}, version {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entrées, dernière n° {id} du {date}</source>
        <translation>{count} entries, last no. {id} of {date}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enregistrements</source>
        <translation>Records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nombre</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;La base « {target} » sera remplacée par cette sauvegarde.&lt;/b&gt; La base actuelle est gardée de côté. Cabinet Desktop se fermera ensuite : rouvrez-le pour travailler sur la base restaurée.</source>
        <translation>&lt;b&gt;The database “{target}” will be replaced by this backup.&lt;/b&gt; The current database is kept aside. Cabinet Desktop will then close: open it again to work on the restored database.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Restaurer</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/backups/settings_dialog.py" line="+34"/>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chaque jour, la première connexion fait une sauvegarde automatique dans ce dossier (une clé USB ou un partage réseau de préférence). Les sauvegardes faites à la main ne sont jamais effacées.</source>
        <translation>Every day, the first sign-in makes an automatic backup into this folder (preferably a USB drive or a network share). Backups made by hand are never deleted.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>Dossier des sauvegardes</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Jours gardés (une par jour)</source>
        <translation>Days kept (one per day)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semaines gardées (une par semaine)</source>
        <translation>Weeks kept (one per week)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mois gardés (une par mois)</source>
        <translation>Months kept (one per month)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dossier des sauvegardes : « {folder} » n&apos;existe pas ou n&apos;est pas accessible (clé USB débranchée, partage absent ?).</source>
        <translation>Backup folder: “{folder}” does not exist or cannot be reached (USB drive unplugged, share missing?).</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <location filename="../../cabinet_desktop/services/batch.py" line="+43"/>
        <source>Enregistrement</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importé d&apos;un classeur Excel</source>
        <translation>Imported from an Excel workbook</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <location filename="../../cabinet_desktop/exchange/briefing/document.py" line="+65"/>
        <source>Page {page} sur {total}</source>
        <extracomment>Draws on one page once the total is known: ``(canvas, page number, total)``.</extracomment>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empreinte du journal d&apos;audit à l&apos;émission : {hash}</source>
        <translation>Audit journal hash at issue: {hash}</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/exchange/briefing/letterhead.py" line="+59"/>
        <source>{city}, le {date}</source>
        <translation>{city}, {date}</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/exchange/briefing/note.py" line="+19"/>
        <source>NOTE À L&apos;ATTENTION DE {recipient}</source>
        <translation>NOTE FOR THE ATTENTION OF {recipient}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ampliations</source>
        <translation>Copies to</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../cabinet_desktop/exchange/briefing/sections.py" line="+110"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../cabinet_desktop/exchange/briefing/sections.py" line="+71"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>du {start} au {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/exchange/briefing/pack.py" line="+74"/>
        <source>Fiche {reference}</source>
        <translation>Record sheet {reference}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rubrique</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cabinet_desktop/exchange/briefing/sections.py" line="+0"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DOSSIER DE BRIEFING</source>
        <translation>BRIEFING PACK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>à l&apos;attention de {recipient}</source>
        <translation>for the attention of {recipient}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} pièces</source>
        <translation>{count} documents</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>BORDEREAU D&apos;ENVOI</source>
        <translation>TRANSMITTAL SLIP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../cabinet_desktop/exchange/briefing/sections.py" line="-22"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désignation des pièces</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nombre</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cabinet_desktop/exchange/briefing/sections.py" line="+3"/>
        <source>Observations</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Note {reference} : {object}</source>
        <translation>Note {reference}: {object}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note : {object}</source>
        <translation>Note: {object}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pour décision</source>
        <translation>For decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pour information</source>
        <translation>For information</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SOMMAIRE</source>
        <translation>CONTENTS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bordereau d&apos;envoi</source>
        <translation>Transmittal slip</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/exchange/briefing/sections.py" line="-70"/>
        <source>Aucun dossier en attente de décision.</source>
        <translation>No dossier awaiting decision.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reçu le {date}</source>
        <translation>received {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>Réf.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avis du Cabinet</source>
        <translation>Cabinet&apos;s opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <location line="+21"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+107"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+37"/>
        <source>Responsable</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>Échéance</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Achevée le</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missions en retard</source>
        <translation>Overdue missions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions à échéance dans les deux semaines</source>
        <translation>Missions due within two weeks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missions achevées dans la période</source>
        <translation>Missions completed in the period</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+77"/>
        <location line="+6"/>
        <source>Néant.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Instructions exécutées dans les délais : {done} sur {due} ({rate}).</source>
        <translation>Instructions carried out on time: {done} of {due} ({rate}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aucune instruction en cours.</source>
        <translation>No instruction in progress.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Aucun indicateur mesuré.</source>
        <translation>No indicator measured.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tendance</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(p) valeur provisoire, non encore validée. Tendance : dernières mesures, la cible en pointillé.</source>
        <translation>(p) provisional value, not yet validated. Trend: latest measurements, target dotted.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Échanges de la période</source>
        <translation>Exchanges in the period</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compte rendu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accords arrivant à échéance</source>
        <translation>Agreements ending soon</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Engagé</source>
        <translation>Committed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Décaissé</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/briefing_content.py" line="+71"/>
        <source>Dossiers en attente de décision</source>
        <extracomment>Dossiers whose avis is ready for the minister&apos;s decision.</extracomment>
        <translation>Dossiers awaiting decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suivi des missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiche de suivi des instructions du Ministre</source>
        <translation>Follow-up of the Minister&apos;s instructions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tableau de bord des indicateurs</source>
        <translation>Indicator scorecard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partenariats</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+187"/>
        <source>Rubrique « {section} » : votre rôle ({role}) ne permet pas d&apos;en lire les données.</source>
        <extracomment>The fields of a dossier&apos;s sheet in a pack, in reading order.</extracomment>
        <translation>Section “{section}”: your role ({role}) may not read its data.</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Exécutée le {date}</source>
        <translation>Carried out on {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exécutée</source>
        <translation>Carried out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avancement {progress}</source>
        <translation>Progress {progress}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ; en retard de {days} j</source>
        <translation>; {days} days late</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>{before} › {after}</source>
        <translation>{before} › {after}</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/briefings.py" line="+110"/>
        <source>émise</source>
        <extracomment>what a write of this note changed, for the window to broadcast (empty when only read)</extracomment>
        <translation>issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Classification relevée de « {requested} » à « {level} » : la note contient un dossier classé « {level} ».</source>
        <translation>Classification raised from “{requested}” to “{level}”: the note holds a dossier classified “{level}”.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Note au Ministre — Objet : ce champ est obligatoire.</source>
        <translation>Note to the Minister — Subject: this field is required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note au Ministre — Objet : {limit} caractères au plus.</source>
        <translation>Note to the Minister — Subject: at most {limit} characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note au Ministre — Période : le début ({start}) est après la fin ({end}).</source>
        <translation>Note to the Minister — Period: the start ({start}) is after the end ({end}).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>N° {reference}</source>
        <translation>No. {reference}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>La note {reference} a été émise : elle ne peut plus être modifiée. Dupliquez-la pour en préparer une nouvelle version.</source>
        <translation>Note {reference} has been issued: it can no longer be changed. Duplicate it to prepare a new version.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+170"/>
        <source>La note {reference} a été modifiée par quelqu&apos;un d&apos;autre : rouvrez-la.</source>
        <translation>Note {reference} was changed by someone else: open it again.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Secrétariat général</source>
        <translation>General Secretariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabinet</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>L&apos;{function}</source>
        <translation>The {function}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La {function}</source>
        <translation>The {function}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le {function}</source>
        <translation>The {function}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Monsieur le Ministre</source>
        <translation>the Minister</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>La note {reference} n&apos;a pas encore été émise.</source>
        <translation>Note {reference} has not been issued yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le PDF enregistré de la note {reference} ne correspond plus à son empreinte.</source>
        <translation>The stored PDF of note {reference} no longer matches its hash.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rubrique inconnue : « {name} » (rubriques possibles : {choices}).</source>
        <translation>Unknown section: “{name}” (possible sections: {choices}).</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/exchange/briefing_issue.py" line="+69"/>
        <source>Le titre du dossier de briefing est obligatoire.</source>
        <translation>The briefing pack needs a title.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choisissez au moins une note pour le dossier de briefing.</source>
        <translation>Choose at least one note for the briefing pack.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Composition des notes</source>
        <translation>Composing the notes</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../cabinet_desktop/ui/panes/chart.py" line="+64"/>
        <source>Aucune mesure à représenter</source>
        <extracomment>room kept around a period label on the time axis, and for the value axis&apos; labels, in pixels</extracomment>
        <translation>No measurement to plot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valeurs mesurées, référence et cibles</source>
        <translation>Measured values, baseline and targets</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Valeur validée</source>
        <translation>Validated value</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valeur provisoire</source>
        <translation>Provisional value</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Valeur de référence</source>
        <translation>Baseline value</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cible de l&apos;année</source>
        <translation>Target for the year</translation>
    </message>
</context>
<context>
    <name>Circuit</name>
    <message>
        <location filename="../../cabinet_desktop/services/circuit.py" line="+98"/>
        <source>Le rôle « {role} » ne permet pas d&apos;enregistrer un dossier entrant (secrétariat, directeur ou directeur adjoint de cabinet).</source>
        <extracomment>A file joined at registration: its name and its bytes (classification: the dossier&apos;s).</extracomment>
        <translation>The role “{role}” may not register an incoming dossier (secretariat, chief of staff or deputy chief of staff).</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Dossier {reference} — Décision du Ministre : enregistrez la décision du Ministre avant de clore le dossier.</source>
        <translation>Dossier {reference} — Minister&apos;s decision: record the Minister&apos;s decision before closing the dossier.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Le dossier {reference} est « {state} » : l&apos;étape « {step} » n&apos;est pas possible à ce stade du circuit.</source>
        <translation>Dossier {reference} is “{state}”: the step “{step}” is not possible at this stage of the circuit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Le rôle « {role} » ne permet pas l&apos;étape « {step} » sur le dossier {reference} (« {state} »).</source>
        <translation>The role “{role}” may not take the step “{step}” on dossier {reference} (“{state}”).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le dossier {reference} n&apos;est pas imputé à vous : seul le conseiller imputé, le directeur ou le directeur adjoint de cabinet propose son avis.</source>
        <translation>Dossier {reference} is not assigned to you: only the assigned adviser, the chief of staff or the deputy chief of staff proposes its opinion.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Imputation du dossier {reference}</source>
        <translation>Assignment of dossier {reference}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>choisissez le conseiller qui instruit le dossier.</source>
        <translation>choose the adviser who examines the dossier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cette personne n&apos;est pas (ou plus) active au cabinet.</source>
        <translation>this person is not (or no longer) active in the cabinet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>choisissez la décision ({choices}).</source>
        <translation>choose the decision ({choices}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>la date de la décision ne peut pas être dans le futur.</source>
        <translation>the date of the decision cannot be in the future.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>la décision ne peut pas précéder la réception du dossier ({date}).</source>
        <translation>the decision cannot precede the receipt of the dossier ({date}).</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/circuit_forms.py" line="+34"/>
        <source>Enregistrer un dossier entrant</source>
        <extracomment>the dossier fields asked when registering an incoming dossier, in this order (menu text with its mnemonic, dialog title, button, short explanation) of each action</extracomment>
        <translation>Register an incoming dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Le dossier reçoit sa référence à l&apos;enregistrement ; les pièces jointes prennent sa classification.</source>
        <translation>The dossier gets its reference when registered; its attachments take its classification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imputer le dossier</source>
        <translation>Assign the dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Imputer</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le conseiller instruit le dossier et propose l&apos;avis du cabinet avant l&apos;échéance.</source>
        <translation>The adviser examines the dossier and proposes the cabinet&apos;s opinion before the due date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proposer l&apos;avis</source>
        <translation>Propose the opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proposer</source>
        <translation>&amp;Propose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;avis proposé va au directeur de cabinet ou à son adjoint pour validation.</source>
        <translation>The proposed opinion goes to the chief of staff or the deputy for validation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renvoyer pour reprise</source>
        <translation>Send back for rework</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Renvoyer</source>
        <translation>Send &amp;back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;avis retourne au conseiller ; dites-lui ce qu&apos;il faut reprendre.</source>
        <translation>The opinion goes back to the adviser; tell them what to rework.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valider l&apos;avis</source>
        <translation>Validate the opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valider</source>
        <translation>&amp;Validate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous pouvez amender l&apos;avis : la version proposée reste dans l&apos;historique avec son auteur.</source>
        <translation>You may amend the opinion: the proposed version stays in the history with its author.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transmettre au Ministre</source>
        <translation>Send to the Minister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transmettre</source>
        <translation>Sen&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le dossier et son avis validé partent au Ministre.</source>
        <translation>The dossier and its validated opinion go to the Minister.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer la décision du Ministre</source>
        <translation>Record the Minister&apos;s decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le dossier pourra ensuite être clos.</source>
        <translation>The dossier can then be closed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clore le dossier</source>
        <translation>Close the dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lore</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le dossier est clos avec la décision du Ministre enregistrée.</source>
        <translation>The dossier is closed with the Minister&apos;s recorded decision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classer sans suite</source>
        <translation>Close without action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Classer sans suite</source>
        <translation>&amp;Close without action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le dossier sort du circuit ; le motif reste dans son historique.</source>
        <translation>The dossier leaves the circuit; the reason stays in its history.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sens de l&apos;avis</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Texte de l&apos;avis</source>
        <translation>Opinion text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conseiller</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Échéance de l&apos;avis</source>
        <translation>Opinion due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date de la décision</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>À reprendre</source>
        <translation>To rework</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/dialogs/circuit_dialogs.py" line="-118"/>
        <source>{action} — {reference}</source>
        <extracomment>Builds the service write from the dialog&apos;s values (and the files joined, when asked).</extracomment>
        <translation>{action} — {reference}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>État : {state}</source>
        <translation>State: {state}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>décision du Ministre : {decision}, le {date}</source>
        <translation>Minister&apos;s decision: {decision}, on {date}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Ajouter des fichiers…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pièces jointes :</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/shell/circuit.py" line="+63"/>
        <source>&amp;Enregistrer un dossier entrant…</source>
        <extracomment>Shortcut and icon of each action, in the menu&apos;s order. the step the button row shows first (as the default button) when several are offered</extracomment>
        <translation>&amp;Register an incoming dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Imputer…</source>
        <translation>&amp;Assign…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proposer l&apos;avis…</source>
        <translation>&amp;Propose the opinion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Renvoyer pour reprise…</source>
        <translation>Send &amp;back for rework…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valider l&apos;avis…</source>
        <translation>&amp;Validate the opinion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transmettre au Ministre…</source>
        <translation>Sen&amp;d to the Minister…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer la &amp;décision du Ministre…</source>
        <translation>Record the Minister&apos;s d&amp;ecision…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lore le dossier…</source>
        <translation>C&amp;lose the dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classer &amp;sans suite…</source>
        <translation>Close &amp;without action…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imputer…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposer l&apos;avis…</source>
        <translation>Propose the opinion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renvoyer…</source>
        <translation>Send back…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valider l&apos;avis…</source>
        <translation>Validate the opinion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transmettre…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Décision…</source>
        <translation>Decision…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clore…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classer sans suite…</source>
        <translation>Close without action…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>D&amp;ossier</source>
        <translation>D&amp;ossier</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>{reference} : {step} enregistré(e).</source>
        <translation>{reference}: {step} recorded.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../cabinet_desktop/cli.py" line="+48"/>
        <source>arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afficher cette aide</source>
        <translation>show this help</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>utilisation :</source>
        <translation>usage:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{prog} : {message} (voir « {prog} --help »)</source>
        <translation>{prog}: {message} (see “{prog} --help”)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cabinet Desktop : missions, dossiers, partenaires et indicateurs du cabinet du ministre.</source>
        <translation>Cabinet Desktop: missions, files, partners and indicators of the minister&apos;s cabinet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>afficher la version</source>
        <translation>show the version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base à ouvrir : chemin d&apos;un fichier SQLite ou adresse postgresql://utilisateur@serveur/base (par défaut : variable CABINET_DATABASE_URL, sinon la base locale)</source>
        <translation>database to open: path of an SQLite file or address postgresql://user@server/database (default: variable CABINET_DATABASE_URL, otherwise the local database)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>utiliser la base de démonstration (remplie à sa création)</source>
        <translation>use the demo database (filled when created)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <location filename="../../cabinet_desktop/cli_accounts.py" line="+150"/>
        <location line="+9"/>
        <location line="+4"/>
        <source>IDENTIFIANT</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>utilisateur au nom duquel la commande s&apos;exécute (par défaut : variable CABINET_USER) ; mot de passe demandé, ou lu dans la variable CABINET_PASSWORD</source>
        <translation>user on whose behalf the command runs (default: variable CABINET_USER); password prompted for, or read from the variable CABINET_PASSWORD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>COMMANDE</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>créer la base et la mettre à jour ; sur une base neuve, créer l&apos;administrateur (mot de passe demandé, ou variable CABINET_ADMIN_PASSWORD)</source>
        <translation>create the database and upgrade it; on a new database, create the administrator (password prompted for, or variable CABINET_ADMIN_PASSWORD)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>identifiant de l&apos;administrateur créé (défaut : admin)</source>
        <translation>login of the administrator created (default: admin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>créer la base SQLite chiffrée (SQLCipher) ; phrase secrète demandée, ou lue dans la variable CABINET_PASSPHRASE</source>
        <translation>create the SQLite database encrypted (SQLCipher); passphrase prompted for, or read from the variable CABINET_PASSPHRASE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remplir la base avec des données de démonstration</source>
        <translation>fill the database with demo data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>small : un cabinet vivant ; large : 100 000 dossiers pour les mesures de performance</source>
        <translation>small: a lively cabinet; large: 100,000 files for performance measurements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emplacement, version du schéma et nombre d&apos;enregistrements</source>
        <translation>location, schema version and number of records</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journal d&apos;audit</source>
        <translation>audit journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cabinet_desktop/cli_accounts.py" line="-19"/>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Base prête : {where} (schéma {revision}).</source>
        <extracomment>Bases opened by the running command, closed when it ends (its connections released, so a base is not left open by a command run in-process, as tests and scripts do).</extracomment>
        <translation>Database ready: {where} (schema {revision}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base de démonstration sans compte : {count} comptes de démonstration créés.</source>
        <translation>Demo database without accounts: {count} demo accounts created.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Données de démonstration ({size}) créées en {seconds:.1f} s dans {where} :</source>
        <translation>Demo data ({size}) created in {seconds:.1f} s in {where}:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  Compte de démonstration : {login} / {password} ({role})</source>
        <translation>  Demo account: {login} / {password} ({role})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moteur</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schéma</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Démonstration</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrements :</source>
        <translation>Records:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--expect : « {value} » n&apos;est pas une empreinte (64 chiffres hexadécimaux).</source>
        <translation>--expect: “{value}” is not a hash (64 hexadecimal digits).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Journal intègre : {count} entrées vérifiées. Dernière empreinte : {hash}</source>
        <translation>Journal intact: {count} entries verified. Latest hash: {hash}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Journal altéré : l&apos;entrée n° {id} ne correspond pas à la chaîne ({problem}) ; {count} entrées vérifiées avant elle.</source>
        <translation>Journal altered: entry no. {id} does not match the chain ({problem}); {count} entries verified before it.</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>vérifier le chaînage du journal (code 0 intègre, 3 altéré, 4 ancre absente)</source>
        <translation>verify the journal&apos;s chain (code 0 intact, 3 altered, 4 anchor missing)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EMPREINTE</source>
        <translation>HASH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empreinte gardée hors de la base (sauvegarde, note au Ministre) qui doit figurer dans la chaîne ; répétable</source>
        <translation>hash kept outside the database (backup, note to the Minister) that must be in the chain; repeatable</translation>
    </message>
    <message>
        <location line="+124"/>
        <location line="+75"/>
        <source>Erreur : {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Ancre {hash} : ABSENTE de la chaîne : le journal a été coupé ou réécrit après elle.</source>
        <translation>Anchor {hash}: MISSING from the chain: the journal was cut or rewritten after it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ancre {hash} : présente (entrée n° {id}).</source>
        <translation>Anchor {hash}: present (entry no. {id}).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Interrompu.</source>
        <translation>Interrupted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erreur interne inattendue : les détails sont dans {path}.</source>
        <translation>Unexpected internal error: the details are in {path}.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/cli_accounts.py" line="-92"/>
        <source>Confirmez : </source>
        <translation>Confirm: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les deux saisies ne sont pas identiques.</source>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cette commande s&apos;exécute au nom d&apos;un utilisateur : indiquez --user IDENTIFIANT (le mot de passe est demandé, ou lu dans la variable {env}).</source>
        <translation>this command runs on behalf of a user: give --user LOGIN (the password is prompted for, or read from the variable {env}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mot de passe de {login} : </source>
        <translation>Password of {login}: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mot de passe de « {login} » manquant : saisissez-le dans un terminal ou fournissez la variable {env}.</source>
        <translation>password of “{login}” missing: type it in a terminal or set the variable {env}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>vous devez d&apos;abord changer votre mot de passe : cabinet-desktop --user {login} password</source>
        <translation>you must change your password first: cabinet-desktop --user {login} password</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mot de passe du nouvel administrateur « {login} » (12 caractères au moins) : </source>
        <translation>Password of the new administrator “{login}” (at least 12 characters): </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aucun compte encore : l&apos;administrateur sera créé au premier démarrage de la fenêtre, ou par « init » avec la variable {env}.</source>
        <translation>No account yet: the administrator will be created when the window first starts, or by “init” with the variable {env}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compte administrateur « {login} » créé.</source>
        <translation>Administrator account “{login}” created.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Phrase secrète de la nouvelle base (12 caractères au moins) : </source>
        <translation>Passphrase of the new database (at least 12 characters): </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>phrase secrète manquante : saisissez-la dans un terminal ou fournissez la variable {env}.</source>
        <translation>passphrase missing: type it in a terminal or set the variable {env}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phrase secrète de la base : </source>
        <translation>Database passphrase: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>comptes utilisateurs (administrateur)</source>
        <translation>user accounts (administrator)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lister les comptes</source>
        <translation>list the accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>créer un compte (mot de passe lu dans CABINET_NEW_PASSWORD ou demandé)</source>
        <translation>create an account (password read from CABINET_NEW_PASSWORD or prompted for)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rôle du compte</source>
        <translation>role of the account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>habilitation : 0 non classifié, 1 diffusion restreinte, 2 confidentiel, 3 secret</source>
        <translation>clearance: 0 unclassified, 1 restricted, 2 confidential, 3 secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prénom et nom</source>
        <translation>first and last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>réinitialiser un mot de passe (changement imposé à la connexion suivante)</source>
        <translation>reset a password (change required at the next sign-in)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>changer son propre mot de passe (nouveau mot de passe lu dans CABINET_NEW_PASSWORD ou demandé)</source>
        <translation>change one&apos;s own password (new password read from CABINET_NEW_PASSWORD or prompted for)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tableau des permissions par rôle</source>
        <translation>table of permissions by role</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>au format Markdown (docs/permissions.md)</source>
        <translation>in Markdown format (docs/permissions.md)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Aucun compte « {login} ».</source>
        <translation>No account “{login}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nouveau mot de passe manquant : saisissez-le dans un terminal ou fournissez la variable {env}.</source>
        <translation>new password missing: type it in a terminal or set the variable {env}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Habilitation</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>actif</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>désactivé</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>, mot de passe à changer</source>
        <translation>, password to change</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mot de passe initial : </source>
        <translation>Initial password: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compte « {login} » créé ({role}, {clearance}) : le mot de passe devra être changé à la première connexion.</source>
        <translation>Account “{login}” created ({role}, {clearance}): the password must be changed at the first sign-in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nouveau mot de passe de {login} : </source>
        <translation>New password of {login}: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mot de passe de « {login} » réinitialisé : il devra être changé à la prochaine connexion.</source>
        <translation>Password of “{login}” reset: it must be changed at the next sign-in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compte « {login} » {state}.</source>
        <translation>Account “{login}” {state}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>réactivé</source>
        <translation>reactivated</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nouveau mot de passe : </source>
        <translation>New password: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mot de passe changé.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/cli_briefing.py" line="+42"/>
        <source>note au Ministre en PDF (aperçu, ou émise avec --issue), au nom de l&apos;utilisateur --user</source>
        <translation>note to the Minister as PDF (preview, or issued with --issue), as the --user user</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/cli_backups.py" line="+29"/>
        <source>sauvegarder la base dans un fichier vérifié (administrateur)</source>
        <translation>back up the database to a checked file (administrator)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <location filename="../../cabinet_desktop/cli_briefing.py" line="+2"/>
        <location filename="../../cabinet_desktop/cli_workbook.py" line="+35"/>
        <location line="+14"/>
        <location line="+4"/>
        <source>FICHIER</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>fichier de sauvegarde à écrire (par défaut : dans le dossier des sauvegardes)</source>
        <translation>backup file to write (default: in the backup folder)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restaurer une sauvegarde dans la base (SQLite ou PostgreSQL) ; l&apos;ancienne base est gardée de côté</source>
        <translation>restore a backup into the database (SQLite or PostgreSQL); the old database is kept aside</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ne pas demander de confirmation</source>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sauvegarde du {date}, faite depuis {source} ({backend}, schéma {revision}).</source>
        <translation>Backup of {date}, made from {source} ({backend}, schema {revision}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Journal : {count} entrées, dernière n° {id} du {date}, empreinte {hash}</source>
        <translation>Journal: {count} entries, last no. {id} of {date}, hash {hash}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Phrase secrète de la sauvegarde : </source>
        <translation>Passphrase of the backup: </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sauvegarde écrite et vérifiée : {path}</source>
        <translation>Backup written and checked: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empreinte du journal : {hash} (entrée n° {id}) : gardez-la, « audit verify --expect » la recherchera.</source>
        <translation>Journal hash: {hash} (entry no. {id}): keep it, “audit verify --expect” will look for it.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>restauration non confirmée : relancez avec --yes pour remplacer le contenu de « {where} ».</source>
        <translation>restore not confirmed: run again with --yes to replace the content of “{where}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restaurer cette sauvegarde dans « {where} » ? L&apos;ancienne base sera gardée de côté. [oui/non] </source>
        <translation>Restore this backup into “{where}”? The old database will be kept aside. [yes/no] </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restauration abandonnée : rien n&apos;a été modifié.</source>
        <translation>Restore abandoned: nothing was changed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sauvegarde restaurée dans « {where} ».</source>
        <translation>Backup restored into “{where}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;ancienne base est gardée : {path}</source>
        <translation>The old database is kept: {path}</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/cli_briefing.py" line="+1"/>
        <source>fichier PDF à écrire</source>
        <translation>PDF file to write</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DÉBUT:FIN</source>
        <translation>START:END</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>période couverte, par exemple 2026-11-01:2026-11-30 ou 01/11/2026:30/11/2026 (défaut : les 30 jours avant la date)</source>
        <translation>period covered, e.g. 2026-11-01:2026-11-30 or 01/11/2026:30/11/2026 (default: the 30 days before the date)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RUBRIQUES</source>
        <translation>SECTIONS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rubriques séparées par des virgules : dossiers, missions, instructions, indicators, partners (défaut : toutes)</source>
        <translation>comma-separated sections: dossiers, missions, instructions, indicators, partners (default: all)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>classification demandée (relevée si le contenu l&apos;exige)</source>
        <translation>requested classification (raised if the content requires it)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../cabinet_desktop/cli_workbook.py" line="-9"/>
        <source>TEXTE</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objet de la note</source>
        <translation>subject of the note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date de la note (défaut : aujourd&apos;hui)</source>
        <translation>date of the note (default: today)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DESTINATAIRE</source>
        <translation>RECIPIENT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ampliation (répétable), par exemple SG</source>
        <translation>copy to (repeatable), e.g. SG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enregistrer et émettre la note (PDF et empreinte conservés au registre)</source>
        <translation>save and issue the note (PDF and hash kept in the register)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{option} : « {value} » n&apos;est pas une date (attendu 2026-11-30 ou 30/11/2026).</source>
        <translation>{option}: “{value}” is not a date (expected 2026-11-30 or 30/11/2026).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--period : « {value} » : attendu DÉBUT:FIN, par exemple 2026-11-01:2026-11-30.</source>
        <translation>--period: “{value}”: expected START:END, e.g. 2026-11-01:2026-11-30.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--period : le début ({start}) est après la fin ({end}).</source>
        <translation>--period: the start ({start}) is after the end ({end}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--out : impossible d&apos;écrire « {path} » ({error}).</source>
        <translation>--out: cannot write “{path}” ({error}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--out : « {path} » est un dossier ; donnez un nom de fichier PDF.</source>
        <translation>--out: “{path}” is a folder; give a PDF file name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Point de situation du Cabinet</source>
        <translation>Cabinet&apos;s situation report</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note {reference} émise : {path} (SHA-256 {sha}).</source>
        <translation>Note {reference} issued: {path} (SHA-256 {sha}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aperçu de la note écrit dans {path} (non enregistré ; --issue pour l&apos;émettre).</source>
        <translation>Preview of the note written to {path} (not saved; --issue to issue it).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attention : {warning}</source>
        <translation>Warning: {warning}</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/cli_workbook.py" line="-11"/>
        <source>exporter vers un classeur Excel d&apos;échange avec le Secrétariat général</source>
        <extracomment>``--kind`` names (English plurals, as scripts write them) → kinds of the services.</extracomment>
        <translation>export to an Excel exchange workbook for the General Secretariat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>classeur à écrire (.xlsx)</source>
        <translation>workbook to write (.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>modèle vide, dans le même format</source>
        <translation>empty template, in the same format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TYPE</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ne garder que ce type d&apos;enregistrement (répétable) : {kinds}</source>
        <translation>keep only this kind of record (repeatable): {kinds}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>avec un seul --kind : les lignes que ce filtre texte du volet retient</source>
        <translation>with a single --kind: the rows this pane text filter keeps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>importer un classeur Excel d&apos;échange (aperçu avec --dry-run)</source>
        <translation>import an Excel exchange workbook (preview with --dry-run)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>classeur reçu (.xlsx)</source>
        <translation>received workbook (.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>afficher l&apos;aperçu sans rien enregistrer</source>
        <translation>show the preview without saving anything</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>écrire le classeur d&apos;erreurs (cellules fautives surlignées et commentées)</source>
        <translation>write the error workbook (faulty cells highlighted and commented)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--filter s&apos;emploie avec un seul --kind parmi : missions, dossiers, partners, indicators, consultations.</source>
        <translation>--filter goes with a single --kind among: missions, dossiers, partners, indicators, consultations.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Classeur écrit : {path} ({count} lignes).</source>
        <translation>Workbook written: {path} ({count} rows).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Classeur d&apos;erreurs écrit : {path} ({count} cellule(s) marquée(s)).</source>
        <translation>Error workbook written: {path} ({count} cell(s) marked).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rien n&apos;a été enregistré.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import enregistré : {new} création(s), {changed} modification(s).</source>
        <translation>Import saved: {new} creation(s), {changed} change(s).</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/cli_selftest.py" line="+47"/>
        <source>vérifier l&apos;installation de bout en bout sur une base temporaire (base, journal, note PDF, classeur, fenêtre de connexion)</source>
        <extracomment>the line ``--sign-in-only`` prints once the dialog is on screen (the bench waits for it)</extracomment>
        <translation>check the installation end to end on a temporary database (database, journal, PDF note, workbook, sign-in window)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seulement afficher la fenêtre de connexion sur la base --database, puis quitter (mesure du démarrage)</source>
        <translation>only show the sign-in window on the --database database, then quit (start-up measurement)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../cabinet_desktop/ui/panes/columns.py" line="+117"/>
        <source>En retard de {n} jour(s)</source>
        <extracomment>the journal list&apos;s summary of changes is cut there (the detail panel shows every change) the column that takes the table&apos;s remaining width (``width`` is then its least width) the least width the column gives way to in a narrow table (0: a fifth less than ``width``); never below its header&apos;s text 0: always shown (unless ``hidden``); 1, 2, …: the order in which the column is left out of a table too narrow for every column (1 first) a shorter text, shown instead of the whole one when the cell is too narrow for it (the icon and the tooltip still say the rest), rather than the whole text cut by « … »</extracomment>
        <translation>{n} day(s) late</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{date} · en retard</source>
        <translation>{date} · overdue</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Mission en retard</source>
        <translation>Overdue mission</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priorité haute</source>
        <translation>High priority</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>DIFF. RESTREINTE</source>
        <translation>RESTRICTED</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{value} (provisoire)</source>
        <translation>{value} (provisional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Émise</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note émise : son PDF est conservé, elle est figée.</source>
        <translation>Issued note: its PDF is kept and it is frozen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brouillon : modifiable jusqu&apos;à son émission.</source>
        <translation>Draft: can be changed until it is issued.</translation>
    </message>
    <message>
        <location filename="../../tools/generated/data_messages.py" line="+5"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avis</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conseiller</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conventions</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernière valeur</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empreinte SHA-256</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifications</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Méthode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portée</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reçu le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sigle</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure responsable</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure émettrice</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Émise le</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../cabinet_desktop/ui/dialogs/compare_dialog.py" line="+33"/>
        <source>Comparer les versions</source>
        <translation>Compare the versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistré par {who} le {when}.</source>
        <translation>Saved by {who} on {when}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>un autre utilisateur</source>
        <translation>another user</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ma saisie</source>
        <translation>What I typed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leur version</source>
        <translation>Their version</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reprendre la saisie avec ces choix</source>
        <translation>Go back to the form with these choices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../cabinet_desktop/ui/notes/composer.py" line="+69"/>
        <source>Monsieur le Ministre</source>
        <extracomment>the pause after the last keystroke before the preview is rendered again</extracomment>
        <translation>the Minister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madame la Ministre</source>
        <translation>the Minister (Madam)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dossiers choisis</source>
        <extracomment>the lists whose records can be picked, the draft&apos;s field and the section they feed</extracomment>
        <translation>Chosen files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missions choisies</source>
        <translation>Chosen missions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicateurs choisis</source>
        <translation>Chosen indicators</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partenaires choisis</source>
        <translation>Chosen partners</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Titre de la rubrique</source>
        <translation>Section title</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Texte (une ligne vide sépare deux paragraphes)</source>
        <translation>Text (a blank line separates two paragraphs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Objet *</source>
        <translation>&amp;Subject *</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ou une autre autorité</source>
        <translation>or another authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez, ou tapez une autre autorité (« Monsieur le Secrétaire général »).</source>
        <translation>Choose, or type another authority (“the Secretary General”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Destinataire</source>
        <translation>&amp;Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+219"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>D&amp;ate *</source>
        <translation>D&amp;ate *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Période du</source>
        <translation>&amp;Period from</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Classification</source>
        <translation>&amp;Classification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vous-même si vide ; tapez pour chercher…</source>
        <translation>Yourself if empty; type to search…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Signataire</source>
        <translation>&amp;Signatory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;mpliations
(une par ligne)</source>
        <translation>Co&amp;pies
(one per line)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rubriques</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enregistrements choisis un par un (vide : ceux que la rubrique retient)</source>
        <translation>Records chosen one by one (empty: those the section selects)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Introduction, avant les rubriques (facultative)</source>
        <translation>Introduction, before the sections (optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ajouter une rubrique libre</source>
        <translation>Add a free-text section</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Enregistrer le brouillon</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>É&amp;mettre…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer le PDF définitif et son empreinte au registre ; la note est ensuite figée.</source>
        <translation>Store the final PDF and its fingerprint in the register; the note is then frozen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Nouvelle note au Ministre</source>
        <translation>New note to the Minister</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note {reference} — {state}</source>
        <translation>Note {reference} — {state}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note au Ministre — {field} : « {text} » n&apos;est pas une date (JJ/MM/AAAA).</source>
        <translation>Note to the Minister — {field}: “{text}” is not a date (DD/MM/YYYY).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Début de période</source>
        <translation>Period start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fin de période</source>
        <translation>Period end</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Aperçu en cours…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aperçu : {pages} page(s) — non enregistré</source>
        <translation>Preview: {pages} page(s) — not saved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aperçu : {pages} page(s)</source>
        <translation>Preview: {pages} page(s)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Brouillon {reference} enregistré.</source>
        <translation>Draft {reference} saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enregistrer la note</source>
        <translation>Save the note</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+27"/>
        <source>Émettre la note</source>
        <translation>Issue the note</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Émettre cette note ?

Une note émise est figée : son PDF et son empreinte SHA-256 sont conservés au registre et elle ne peut plus être modifiée (dupliquez-la pour en préparer une nouvelle version).</source>
        <translation>Issue this note?

An issued note is frozen: its PDF and SHA-256 fingerprint are kept in the register and it can no longer be changed (duplicate it to prepare a new version).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Émise le {date} — SHA-256 {sha}</source>
        <translation>Issued on {date} — SHA-256 {sha}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF émis, conservé au registre (lecture seule).</source>
        <translation>Issued PDF, kept in the register (read-only).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Note non enregistrée</source>
        <translation>Unsaved note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer le brouillon avant de fermer ?</source>
        <translation>Save the draft before closing?</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../cabinet_desktop/ui/panes/dashboard.py" line="+90"/>
        <source>{n} j</source>
        <extracomment>The dashboard&apos;s width (pixels) from which its cards sit two by two: narrower, a title would keep a dozen characters Widest a name column may grow in a card (pixels); the text column takes the rest.</extracomment>
        <translation>{n} d</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{total} (les {shown} premiers)</source>
        <translation>{total} (first {shown})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>À traiter</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>dont {n} en retard</source>
        <translation>{n} of them late</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rien à traiter.</source>
        <translation>Nothing to do.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir la fiche</source>
        <translation>Open the record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir la liste filtrée</source>
        <translation>Open the filtered list</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ouvrir le registre des instructions du Ministre</source>
        <translation>Open the register of the Minister&apos;s instructions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exécution des instructions du Ministre</source>
        <translation>Implementation of the Minister&apos;s instructions</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Aucune instruction échue ni achevée pour l&apos;instant.</source>
        <translation>No instruction due or completed yet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exécutées dans les délais : {done} sur {due} (instructions échues ou déjà achevées).</source>
        <translation>Carried out on time: {done} of {due} (instructions past due or already completed).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Tableau de bord</source>
        <extracomment>Kinds whose changes make the dashboard stale.</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Missions en retard</source>
        <translation>Overdue missions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+9"/>
        <source>Réf.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+7"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Retard</source>
        <translation>Late by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucune mission en retard.</source>
        <translation>No overdue mission.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions à échéance sous {n} jours</source>
        <translation>Missions due within {n} days</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>Reste</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Aucune échéance cette semaine.</source>
        <translation>Nothing due this week.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers en attente d&apos;avis</source>
        <translation>Files awaiting an opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Instructeur</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reçu le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Attente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Aucun dossier en attente d&apos;avis.</source>
        <translation>No file awaiting an opinion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avis à valider</source>
        <translation>Opinions to validate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposé le</source>
        <translation>Proposed on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucun avis en attente de validation.</source>
        <translation>No opinion awaiting validation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicateurs hors cible</source>
        <translation>Indicators off target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valeur / cible</source>
        <translation>Value / target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tous les indicateurs mesurés sont dans la cible.</source>
        <translation>All measured indicators are on target.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conventions échéant sous {n} jours</source>
        <translation>Agreements ending within {n} days</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Convention</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucune convention n&apos;arrive à échéance.</source>
        <translation>No agreement is ending.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Échanges avec les partenaires ({n} derniers jours)</source>
        <translation>Exchanges with partners (last {n} days)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte rendu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun échange récent.</source>
        <translation>No recent exchange.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Avis attendu le {date}</source>
        <translation>Opinion due on {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(provisoire)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>atteinte : {p}</source>
        <translation>achievement: {p}</translation>
    </message>
    <message>
        <location filename="../../tools/generated/data_messages.py" line="+1"/>
        <source>août</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dimanche</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>décembre</source>
        <translation>December</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>janvier</source>
        <translation>January</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jeudi</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juin</source>
        <translation>June</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lundi</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mardi</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mercredi</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>samedi</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vendredi</source>
        <translation>Friday</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../cabinet_desktop/demo/__init__.py" line="+63"/>
        <source>Taille de démonstration inconnue « {size} » : choisissez « small » (un cabinet vivant) ou « large » (100 000 dossiers, pour les mesures de performance).</source>
        <extracomment>The sizes ``generate`` accepts. Records whose presence means the database is in use: demo data never goes beside them.</extracomment>
        <translation>Unknown demo size “{size}”: choose “small” (a lively cabinet) or “large” (100,000 files, for performance measurements).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>La base « {where} » contient déjà des données ({found}) : les données de démonstration ne se chargent que dans une base vide, pour ne jamais se mêler à des données réelles ni se doubler.</source>
        <translation>The database “{where}” already holds data ({found}): demo data only loads into an empty database, so that it never mixes with real data nor doubles up.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Index de recherche</source>
        <translation>Search index</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Finalisation</source>
        <translation>Finishing</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/demo/builder.py" line="+336"/>
        <source>Personnes</source>
        <extracomment>« la » before a vowel, as a structure&apos;s name put after « de la {structure} » may give office minutes in an average calendar day (ten hours, five days out of seven) The open steps each demo account has work at: to impute (DC, DCA), avis to give (each conseiller), avis to validate (DC, DCA), to transmit (secretariat). structures a dossier may concern (never its sender): directions of the ministry (phrase, acronym) of the partners a title may name, once the partners are made</extracomment>
        <translation>People</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conventions</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Échanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Indicateur de niveau « {level} », suivi à une périodicité {periodicity} ; unité : {unit}.</source>
        <translation>Indicator of level “{level}”, followed with a {periodicity} periodicity; unit: {unit}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cibles</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mesures</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Missions</source>
        <extracomment>the partner (acronym) a mission&apos;s title names, by mission id</extracomment>
        <translation>Missions</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Dossiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Étapes de circuit</source>
        <translation>Workflow steps</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Liens entre enregistrements</source>
        <translation>Links between records</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../cabinet_desktop/ui/panes/details.py" line="+160"/>
        <source>sur la valeur provisoire de {period}</source>
        <extracomment>list tables take 99 %, not 100 %: Qt rounds 100 % one pixel wider than the viewport, which put a horizontal scrollbar under most detail panels how many characters of a long text a list cell shows (the whole text is its tooltip) the detail panel wraps at word boundaries only (a name is never cut in two): words longer than this get break opportunities (file names, identifiers, digests)</extracomment>
        <translation>on the provisional value of {period}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>en retard de {n} jour(s)</source>
        <translation>{n} day(s) late</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>n° {n}</source>
        <translation>no. {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Aucun avis proposé pour le moment.</source>
        <translation>No opinion proposed yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+128"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>joindre des fichiers (ou déposez-les sur la liste)</source>
        <translation>attach files (or drop them on the list)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{decision}, le {date}</source>
        <translation>{decision}, on {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>enregistrer sous</source>
        <translation>save as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retirer</source>
        <translation>remove</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>fin le {date}</source>
        <translation>ends on {date}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ajouter un contact</source>
        <translation>add a contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ajouter une convention</source>
        <translation>add an agreement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ajouter un échange</source>
        <translation>add an exchange</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Provisoire</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>saisir une mesure</source>
        <translation>enter a measurement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fixer une cible annuelle</source>
        <translation>set a yearly target</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Le registre des notes est vide.</source>
        <translation>The register of notes is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour écrire la première note au Ministre : « Nouvelle note » (Ctrl+Maj+N, menu Fichier), ou, dans la liste des dossiers, des missions, des indicateurs ou des partenaires, clic droit › « Envoyer vers une note ».</source>
        <translation>To write the first note to the Minister: “New note” (Ctrl+Shift+N, File menu), or, in the list of files, missions, indicators or partners, right-click › “Send to a note”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un brouillon s&apos;enregistre et se reprend ; une note émise est figée, son PDF et son empreinte conservés ici.</source>
        <translation>A draft is saved and taken up again; an issued note is frozen, its PDF and fingerprint kept here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nouvelle note…</source>
        <translation>New note…</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/journal_changes.py" line="+54"/>
        <source>Étape du circuit</source>
        <translation>Circuit step</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Graine</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base de démonstration</source>
        <translation>Demo database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrements créés</source>
        <translation>Records created</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/panes/details.py" line="-63"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entrée n° {n}</source>
        <translation>Entry no. {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aucune.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>La liste est vide. « Nouveau » (Ctrl+N) pour ajouter {kind}, ou changez les filtres.</source>
        <translation>The list is empty. “New” (Ctrl+N) to add {kind}, or change the filters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sélectionnez {kind} dans la liste pour en voir le détail.</source>
        <translation>Select {kind} in the list to see its details.</translation>
    </message>
    <message>
        <location filename="../../tools/generated/data_messages.py" line="+1"/>
        <source>Achevée le</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun contact enregistré.</source>
        <translation>No contact recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun dossier lié.</source>
        <translation>No linked file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun indicateur lié.</source>
        <translation>No linked indicator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun partenaire lié.</source>
        <translation>No linked partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun échange enregistré.</source>
        <translation>No exchange recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucune cible fixée.</source>
        <translation>No target set.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucune convention.</source>
        <translation>No agreement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucune mesure saisie.</source>
        <translation>No measurement entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucune mission liée.</source>
        <translation>No linked mission.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucune pièce jointe.</source>
        <translation>No attachment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucune version de l&apos;avis.</source>
        <translation>No version of the opinion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucune étape enregistrée.</source>
        <translation>No step recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autorité</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avis</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avis du cabinet</source>
        <translation>Cabinet&apos;s opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cibles</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/journal_changes.py" line="-7"/>
        <location filename="../../tools/generated/data_messages.py" line="+1"/>
        <source>Commentaire</source>
        <extracomment>fields a journal entry holds that are no column of the record (a workflow step&apos;s comment)</extracomment>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../tools/generated/data_messages.py" line="+1"/>
        <source>Compte rendu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conseiller</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constats</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convention</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conventions</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/journal_changes.py" line="+5"/>
        <location filename="../../tools/generated/data_messages.py" line="+1"/>
        <source>Date de référence</source>
        <translation>Baseline date</translation>
    </message>
    <message>
        <location filename="../../tools/generated/data_messages.py" line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers liés</source>
        <translation>Linked files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Décision du Ministre</source>
        <translation>Minister&apos;s decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Définition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empreinte du PDF</source>
        <translation>PDF fingerprint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonction</source>
        <translation>Function</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Historique du circuit</source>
        <translation>Workflow history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicateurs liés</source>
        <translation>Linked indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction du</source>
        <translation>Instruction of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mesures</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions liées</source>
        <translation>Linked missions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifications</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Méthode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Engagé / décaissé</source>
        <translation>Committed / disbursed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objet et état</source>
        <translation>Subject and state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partenaires liés</source>
        <translation>Linked partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portée</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Périodicité</source>
        <translation>Periodicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reçu le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résultat attendu</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sens d&apos;évolution</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensible</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sigle</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source des données</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure responsable</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure émettrice</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/journal_changes.py" line="-2"/>
        <location filename="../../tools/generated/data_messages.py" line="+1"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../tools/generated/data_messages.py" line="+1"/>
        <source>Texte libre</source>
        <translation>Free text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone et courriel</source>
        <translation>Telephone and e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valeur de référence</source>
        <translation>Baseline value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validée</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions de l&apos;avis</source>
        <translation>Versions of the opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéance de l&apos;avis</source>
        <translation>Opinion due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Émise le</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../cabinet_desktop/ui/shell/editing.py" line="+62"/>
        <location line="+86"/>
        <source>&amp;Annuler</source>
        <extracomment>The kinds a list pane edits with a form (notes have their composer, the journal is read-only). Related records added through their own controller: files, and measurements (a period not yet entered: ``ui/shell/measurements.py``). kinds whose « Nouveau » opens another dialog than the record form: kind → (may the user create one now, open that dialog) — a dossier is registered by the circuit</extracomment>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+87"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>&amp;Nouveau…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;upliquer…</source>
        <translation>D&amp;uplicate…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nouvelle mission de sui&amp;vi…</source>
        <translation>New follo&amp;w-up mission…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>Arc&amp;hiver</source>
        <translation>Arc&amp;hive</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nouvelle &amp;personne du cabinet…</source>
        <translation>New cabinet &amp;person…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Désarc&amp;hiver</source>
        <translation>Unarc&amp;hive</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Annuler : {label}</source>
        <translation>&amp;Undo: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rétablir : {label}</source>
        <translation>&amp;Redo: {label}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Nouvelle mission de suivi de {reference}</source>
        <translation>New follow-up mission of {reference}</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/write_path.py" line="+78"/>
        <source>Cabinet Desktop</source>
        <extracomment>A service write: ``work(database, actor)`` returns the service&apos;s result.</extracomment>
        <translation>Cabinet Desktop</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/shell/editing.py" line="+59"/>
        <location line="+6"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Supprimer définitivement {record} ? Le journal garde la trace de son contenu.</source>
        <translation>Delete {record} for good? The journal keeps a record of its content.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../tools/generated/data_messages.py" line="+1"/>
        <source>Accord</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accord avec modifications</source>
        <translation>Agreed with changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accord-cadre</source>
        <translation>Framework agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accès refusé</source>
        <translation>Access denied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achevée</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrateur</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajournement</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuelle</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archivage</source>
        <translation>Archiving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atteint</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avis proposé</source>
        <translation>Opinion proposed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avis validé</source>
        <translation>Opinion validated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baisse souhaitée</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basse</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boîte à suggestions</source>
        <translation>Suggestion box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classement sans suite</source>
        <translation>Closing without action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classé sans suite</source>
        <translation>Closed without action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clos</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clôture</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clôturée</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concertation</source>
        <translation>Consultation meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiel</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connexion</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conseil des ministres</source>
        <translation>Council of Ministers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conseiller technique</source>
        <translation>Technical adviser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convention de financement</source>
        <translation>Financing agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courrier</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Création</source>
        <translation>Creation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diffusion restreinte</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directeur adjoint de cabinet</source>
        <translation>Deputy chief of staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directeur de cabinet</source>
        <translation>Chief of staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dollar US</source>
        <translation>US dollar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Décision du Ministre</source>
        <translation>Minister&apos;s decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Défavorable</source>
        <translation>Unfavourable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Département ministériel</source>
        <translation>Ministry department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En attente</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En bonne voie</source>
        <translation>On track</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En cours d&apos;exécution</source>
        <translation>Being implemented</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En instruction</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En négociation</source>
        <translation>Under negotiation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En retard</source>
        <translation>Behind target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enquête</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrement</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FCFA</source>
        <translation>FCFA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favorable</source>
        <translation>Favourable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favorable avec réserves</source>
        <translation>Favourable with reservations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus group</source>
        <translation>Focus group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hausse souhaitée</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haute</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imputation</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiative du cabinet</source>
        <translation>Cabinet initiative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction du Ministre</source>
        <translation>Minister&apos;s instruction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intrant</source>
        <translation>Input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lecteur</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mensuelle</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modification</source>
        <translation>Update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mémorandum d&apos;entente</source>
        <translation>Memorandum of understanding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non classifié</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non évalué</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normale</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONG</source>
        <translation>NGO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opération système</source>
        <translation>System operation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PTF bilatéral</source>
        <translation>Bilateral donor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PTF multilatéral</source>
        <translation>Multilateral donor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnel</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pris acte</source>
        <translation>Noted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produit</source>
        <translation>Output</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme d&apos;actions du Gouvernement</source>
        <translation>Government action programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocole d&apos;accord</source>
        <translation>Protocol of agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refus</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renvoi pour reprise</source>
        <translation>Sent back for rework</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restauration</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restauration d&apos;une sauvegarde</source>
        <translation>Restore of a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reçu</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Régional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réunion</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sans objet</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sauvegarde</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrétariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secteur privé</source>
        <translation>Private sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semestrielle</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signée</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Société civile</source>
        <translation>Civil society</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppression</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspendue</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transmis au Ministre</source>
        <translation>Sent to the Minister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transmission au Ministre</source>
        <translation>Sent to the Minister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trimestrielle</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usagers/clients</source>
        <translation>Users/clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échec de connexion</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Étape de circuit</source>
        <translation>Workflow step</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location line="+1"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ampliations</source>
        <translation>Copies to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archivé</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auteur de l&apos;avis</source>
        <translation>Opinion author</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autorité de l&apos;instruction</source>
        <translation>Instructing authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avancement (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avis</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bloqué jusqu&apos;au</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changement de mot de passe requis</source>
        <translation>Password change required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte de démonstration</source>
        <translation>Demo account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte rendu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conseiller instructeur</source>
        <translation>Reviewing adviser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constats</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contenu</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créé le</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créé par</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date d&apos;achèvement</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date d&apos;effet</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de fin</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de l&apos;avis</source>
        <translation>Opinion date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de l&apos;instruction</source>
        <translation>Instruction date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de la décision</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de réception</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de référence</source>
        <translation>Baseline date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de signature</source>
        <translation>Signature date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date du taux</source>
        <translation>Rate date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernière connexion</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devise</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Début de période</source>
        <translation>Period start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Décision du Ministre</source>
        <translation>Minister&apos;s decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Définition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empreinte</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empreinte SHA-256</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empreinte du PDF</source>
        <translation>PDF fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empreinte du mot de passe</source>
        <translation>Password hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empreinte précédente</source>
        <translation>Previous hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fin de période</source>
        <translation>Period end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonction</source>
        <translation>Function</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Habilitation</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifications</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifié le</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifié par</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montant décaissé</source>
        <translation>Amount disbursed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montant engagé</source>
        <translation>Amount committed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif (annulation, attente)</source>
        <translation>Reason (cancelled, on hold)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Méthode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom du fichier</source>
        <translation>File name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvel état</source>
        <translation>New state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paramètre</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portée</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Périodicité</source>
        <translation>Periodicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rappels vus le</source>
        <translation>Reminders seen on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubriques</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résultat attendu</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction (%)</source>
        <translation>Satisfaction (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sens d&apos;évolution</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensible</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sigle</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source des données</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure responsable</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure émettrice</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taux de change (FCFA)</source>
        <translation>Exchange rate (FCFA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texte de l&apos;avis</source>
        <translation>Opinion text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texte libre</source>
        <translation>Free text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valeur de référence</source>
        <translation>Baseline value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validée</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validée le</source>
        <translation>Validated on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validée par</source>
        <translation>Validated by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échecs de connexion</source>
        <translation>Failed sign-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéance de l&apos;avis</source>
        <translation>Opinion due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Émise le</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État initial</source>
        <translation>Initial state</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../forms/first_admin_dialog.ui" line="+14"/>
        <source>Premier démarrage — compte administrateur</source>
        <translation>First start — administrator account</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cette base n&apos;a encore aucun compte. Créez le compte de l&apos;administrateur : il gère les comptes, les paramètres et les sauvegardes. Gardez son mot de passe en lieu sûr.</source>
        <translation>This database has no account yet. Create the administrator&apos;s account: it manages accounts, settings and backups. Keep its password in a safe place.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Prénom et nom :</source>
        <translation>F&amp;ull name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Confirmation :</source>
        <translation>&amp;Confirmation:</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../cabinet_desktop/services/follow_up.py" line="+31"/>
        <source>Suivi du dossier {reference} : {object}</source>
        <translation>Follow-up of dossier {reference}: {object}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suivi : {title}</source>
        <translation>Follow-up: {title}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../cabinet_desktop/formatting.py" line="+34"/>
        <source>janvier</source>
        <translation>January</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>juin</source>
        <translation>June</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>août</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>décembre</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/exchange/workbook/export.py" line="+63"/>
        <location line="+40"/>
        <location filename="../../cabinet_desktop/exchange/workbook/notice.py" line="+127"/>
        <location filename="../../cabinet_desktop/formatting.py" line="+84"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+40"/>
        <location filename="../../cabinet_desktop/formatting.py" line="+0"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../cabinet_desktop/ui/dialogs/form_fields.py" line="+231"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choisir dans le calendrier</source>
        <translation>Pick from the calendar</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Tapez pour chercher…</source>
        <extracomment>``search(kind, text)`` → ``[(id, label)]`` of records matching ``text`` (run on a worker)</extracomment>
        <translation>Type to search…</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>« {text} » n&apos;est pas dans la liste : choisissez une proposition.</source>
        <translation>“{text}” is not in the list: choose one of the suggestions.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Ajouter : tapez une référence ou un intitulé…</source>
        <translation>Add: type a reference or a title…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/dialogs/record_form.py" line="+168"/>
        <source>&amp;Enregistrer</source>
        <extracomment>the yearly targets of an indicator, shown in its form</extracomment>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/dialogs/circuit_dialogs.py" line="-68"/>
        <location filename="../../cabinet_desktop/ui/dialogs/record_form.py" line="+3"/>
        <source>* champ obligatoire</source>
        <translation>* required field</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/dialogs/record_form.py" line="+25"/>
        <source>Nouveau : {kind}</source>
        <translation>New: {kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} {reference}</source>
        <translation>{kind} {reference}</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>&amp;Recharger</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Comparer…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Garder ma saisie</source>
        <translation>Keep what I typed</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Version de {who} chargée avec vos choix : enregistrez pour l&apos;appliquer.</source>
        <translation>{who}&apos;s version loaded with your choices: save to apply it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>l&apos;autre utilisateur</source>
        <translation>the other user</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Les modifications n&apos;ont pas été enregistrées. Les enregistrer ?</source>
        <translation>The changes have not been saved. Save them?</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/dialogs/form_layouts.py" line="+98"/>
        <source>Autres informations</source>
        <extracomment>The kinds drawn in Designer, by the compiled form&apos;s class. Width of a designed form&apos;s dialog: two columns of fields within a 1366×768 screen.</extracomment>
        <translation>Other information</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/dialogs/indicator_targets.py" line="+56"/>
        <source>Année</source>
        <extracomment>Opens the form of a target: ``(target id or None for a new one, when saved)``.</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ajouter une &amp;cible…</source>
        <translation>Add a tar&amp;get…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Modifier la cible…</source>
        <translation>Chan&amp;ge the target…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrez d&apos;abord l&apos;indicateur, puis fixez ses cibles annuelles.</source>
        <translation>Save the indicator first, then set its yearly targets.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../cabinet_desktop/ui/exchange/import_preview.py" line="+53"/>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>… et {count} de plus, non affichés ici (ils figurent dans le classeur d&apos;erreurs).</source>
        <translation>… and {count} more, not shown here (they are in the error workbook).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aperçu de l&apos;import — {file}</source>
        <translation>Import preview — {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; — voici ce que l&apos;import ferait. &lt;b&gt;Rien n&apos;est encore enregistré.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; — here is what the import would do. &lt;b&gt;Nothing is saved yet.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enregistrer le classeur d&apos;&amp;erreurs…</source>
        <translation>Save the &amp;error workbook…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le classeur reçu, cellules fautives surlignées et commentées, à renvoyer au Secrétariat général.</source>
        <translation>The received workbook, faulty cells highlighted and commented, to send back to the General Secretariat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Appliquer</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;nnuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; création</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; creation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; créations</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; creations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; modification</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; modifications</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; ligne inchangée</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; unchanged row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; lignes inchangées</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; unchanged rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; conflit</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; conflits</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; ligne refusée</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; refused row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; lignes refusées</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; refused rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; erreur</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; erreurs</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; errors</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le classeur peut être enregistré : « Appliquer » enregistre ces {count} changement(s) en une seule fois (tout ou rien), inscrits au journal d&apos;audit.</source>
        <translation>The workbook can be saved: “Apply” saves these {count} change(s) at once (all or nothing), recorded in the audit journal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le classeur ne change rien à la base : il n&apos;y a rien à enregistrer.</source>
        <translation>The workbook changes nothing in the database: there is nothing to save.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>des erreurs</source>
        <translation>errors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>des conflits avec des modifications faites depuis l&apos;export</source>
        <translation>conflicts with changes made since the export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>des lignes au-delà de vos droits</source>
        <translation>rows beyond your rights</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rien ne sera enregistré : le classeur contient {reasons}. Enregistrez le classeur d&apos;erreurs pour le renvoyer au Secrétariat général, ou corrigez le fichier puis importez-le à nouveau.</source>
        <translation>Nothing will be saved: the workbook holds {reasons}. Save the error workbook to send it back to the General Secretariat, or correct the file and import it again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+30"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+12"/>
        <location line="+18"/>
        <location line="+15"/>
        <source>Feuille</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+11"/>
        <location line="+19"/>
        <location line="+15"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+30"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contenu</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dans la base aujourd&apos;hui</source>
        <translation>In the database today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans le classeur</source>
        <translation>In the workbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifié par</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusée (droits)</source>
        <translation>Refused (rights)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignoré</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tous les problèmes</source>
        <translation>All problems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreurs</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lignes refusées (droits)</source>
        <translation>Refused rows (rights)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feuilles et colonnes ignorées</source>
        <translation>Ignored sheets and columns</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Afficher :</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filtrer (feuille, colonne, motif…)</source>
        <translation>Filter (sheet, column, reason…)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chaque ligne est un champ modifié : sa valeur dans la base (« Avant ») et celle du classeur (« Après »).</source>
        <translation>Each row is a changed field: its value in the database (“Before”) and the workbook&apos;s (“After”).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Modifications ({count})</source>
        <translation>Changes ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lignes sans référence : un nouvel enregistrement chacune.</source>
        <translation>Rows without a reference: a new record each.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouveaux ({count})</source>
        <translation>New ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ces enregistrements ont été modifiés dans la base depuis l&apos;export : ils ne seront jamais écrasés. Comparez les deux valeurs et reportez à la main ce qui doit l&apos;être.</source>
        <translation>These records were changed in the database since the export: they will never be overwritten. Compare both values and carry over by hand what must be.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflits ({count})</source>
        <translation>Conflicts ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problèmes ({count})</source>
        <translation>Problems ({count})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{who}, {at}</source>
        <translation>{who}, {at}</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../cabinet_desktop/services/indicators.py" line="+162"/>
        <source>la période {period} n&apos;a pas commencé.</source>
        <extracomment>How many years back the measurement dialog offers periods not yet entered.</extracomment>
        <translation>the period {period} has not started.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{kind} — {field} : la période {period} de {reference} a déjà une mesure ({value}, saisie le {date}) ; corrigez-la plutôt que d&apos;en saisir une seconde.</source>
        <translation>{kind} — {field}: the period {period} of {reference} already has a measurement ({value}, entered on {date}); correct it rather than enter a second one.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind} — {field} : ce champ est obligatoire.</source>
        <translation>{kind} — {field}: this field is required.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../tools/generated/data_messages.py" line="+1"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convention</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers liés</source>
        <translation>Linked files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicateurs liés</source>
        <translation>Linked indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mesure</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions liées</source>
        <translation>Linked missions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note au Ministre</source>
        <translation>Note to the Minister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partenaires liés</source>
        <translation>Linked partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pièce jointe</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échange</source>
        <translation>Exchange</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../cabinet_desktop/ui/shell/language.py" line="+70"/>
        <source>&amp;Langue</source>
        <extracomment>Language code → its name, written in that language (as language menus do).</extracomment>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>La langue choisie ({language}) s&apos;appliquera au prochain démarrage de Cabinet Desktop.</source>
        <translation>The chosen language ({language}) will apply at Cabinet Desktop&apos;s next start.</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../../cabinet_desktop/ui/signin/lock.py" line="+62"/>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session verrouillée</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{user} — saisissez votre mot de passe pour reprendre votre travail là où vous l&apos;avez laissé.</source>
        <translation>{user} — enter your password to resume your work where you left it.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Compte désactivé</source>
        <translation>Account deactivated</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quitter Cabinet Desktop</source>
        <translation>&amp;Quit Cabinet Desktop</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Verrouiller la session</source>
        <translation>&amp;Lock the session</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../../cabinet_desktop/ui/signin/login_dialog.py" line="+56"/>
        <source>DÉMONSTRATION</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base : {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Se &amp;connecter</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Créer le compte</source>
        <translation>Create the account</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Confirmation : les deux saisies ne sont pas identiques.</source>
        <translation>Confirmation: the two entries differ.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ouverture de la base de données…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Nouvelle base — chiffrement</source>
        <translation>New database — encryption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base chiffrée — phrase secrète</source>
        <translation>Encrypted database — passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La base « {where} » va être créée. Sur un ordinateur portable, chiffrez-la : un voleur n&apos;y lirait rien. La phrase secrète sera demandée à chaque démarrage ; perdue, elle ne se retrouve pas.</source>
        <translation>The database “{where}” is about to be created. On a laptop, encrypt it: a thief could read nothing. The passphrase will be asked at every start; once lost, it cannot be recovered.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La base « {where} » est chiffrée : saisissez sa phrase secrète.</source>
        <translation>The database “{where}” is encrypted: enter its passphrase.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Phrase secrète : {n} caractères au moins.</source>
        <translation>Passphrase: at least {n} characters.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../forms/login_dialog.ui" line="+14"/>
        <source>Connexion — Cabinet Desktop</source>
        <translation>Sign in — Cabinet Desktop</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Base de démonstration : choisissez un compte pour essayer un rôle (double-clic pour remplir).</source>
        <translation>Demo database: pick an account to try a role (double-click to sign in).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Habilitation</source>
        <translation>Clearance</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cabinet_desktop/ui/shell/main_window.py" line="+194"/>
        <source>base : {base}</source>
        <translation>database: {base}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DÉMONSTRATION</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Barre d&apos;outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fichier : {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serveur : {path}</source>
        <translation>Server: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Utilisateur : {user} · habilitation {level}</source>
        <translation>User: {user} · clearance {level}</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Référence copiée.</source>
        <translation>Reference copied.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>À propos de Cabinet Desktop</source>
        <translation>About Cabinet Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Cabinet Desktop&lt;/b&gt; {version}&lt;br&gt;Missions, dossiers, partenaires et indicateurs du cabinet du ministre.&lt;br&gt;Icônes : Tabler Icons (licence MIT).</source>
        <translation>&lt;b&gt;Cabinet Desktop&lt;/b&gt; {version}&lt;br&gt;Missions, files, partners and indicators of the minister&apos;s cabinet.&lt;br&gt;Icons: Tabler Icons (MIT licence).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cabinet Desktop</source>
        <translation>Cabinet Desktop</translation>
    </message>
    <message>
        <location filename="../../tools/generated/data_messages.py" line="+1"/>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filtrer la liste</source>
        <translation>&amp;Filter the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rechercher partout</source>
        <translation>&amp;Search everywhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vérifier le journal d&apos;audit</source>
        <translation>&amp;Verify the audit journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copier la &amp;référence</source>
        <translation>Copy the &amp;reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À &amp;propos de Cabinet Desktop</source>
        <translation>&amp;About Cabinet Desktop</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../cabinet_desktop/ui/dialogs/measurement_dialogs.py" line="+47"/>
        <source>Saisir une mesure — {reference}</source>
        <translation>Enter a measurement — {reference}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Période :</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>par exemple 54,4</source>
        <translation>for example 54.4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valeur ({unit}) :</source>
        <translation>&amp;Value ({unit}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valeur :</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Commentaire :</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Périodicité {periodicity} : seules les périodes sans mesure sont proposées. La valeur reste « provisoire » jusqu&apos;à sa validation par le Directeur de cabinet ou son adjoint.</source>
        <translation>Periodicity {periodicity}: only the periods without a measurement are offered. The value stays “provisional” until the Chief of staff or the deputy validates it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Toutes les périodes récentes de cet indicateur ont déjà une mesure : corrigez-en une depuis la fiche, si besoin.</source>
        <translation>Every recent period of this indicator already has a measurement: correct one from its record if needed.</translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <location filename="../../cabinet_desktop/ui/shell/measurements.py" line="+37"/>
        <source>Saisir une &amp;mesure…</source>
        <translation>Enter a &amp;measurement…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valider les mesures &amp;provisoires…</source>
        <translation>Validate the &amp;provisional measurements…</translation>
    </message>
</context>
<context>
    <name>Missions</name>
    <message>
        <location filename="../../cabinet_desktop/services/missions.py" line="+37"/>
        <source>Mission</source>
        <extracomment>Who gives instructions by default (« Nouvelle instruction du Ministre »).</extracomment>
        <translation>Mission</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Avancement (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entre 0 et 100 attendu (« {value} »)</source>
        <translation>between 0 and 100 expected (“{value}”)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date d&apos;achèvement</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>une mission ne s&apos;achève pas dans le futur</source>
        <translation>a mission cannot be completed in the future</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../cabinet_desktop/ui/shell/missions.py" line="+92"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>obligatoire pour annuler une mission</source>
        <translation>required to cancel a mission</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/shell/missions.py" line="-34"/>
        <source>Avancement et statut — {reference}</source>
        <translation>Progress and status — {reference}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Obligatoire pour annuler</source>
        <translation>Required to cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achevée le</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A&amp;vancement et statut…</source>
        <translation>Pro&amp;gress and status…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nouvelle &amp;instruction du Ministre…</source>
        <translation>New Minister&apos;s &amp;instruction…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Avancement et statut…</source>
        <translation>Progress and status…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Avancement et statut</source>
        <translation>Progress and status</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../forms/new_password_dialog.ui" line="+36"/>
        <source>&amp;Nouveau mot de passe :</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Confirmation :</source>
        <translation>&amp;Confirmation:</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../cabinet_desktop/ui/notes/controller.py" line="+69"/>
        <source>Nouvelle &amp;note…</source>
        <extracomment>the lists whose records can be sent to a note the records « Envoyer la liste filtrée » takes at most (a note is read, not a ledger)</extracomment>
        <translation>New &amp;note…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écrire une note au Ministre (Ctrl+Maj+N)</source>
        <translation>Write a note to the Minister (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Envoyer vers une note</source>
        <translation>Send to a note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envoyer la liste filtrée vers une note</source>
        <translation>Send the filtered list to a note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ouvrir la note</source>
        <translation>&amp;Open the note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dupliquer en nouveau brouillon</source>
        <translation>Duplicate as a new draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imprimer la note…</source>
        <translation>Print the note…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer la note en PDF…</source>
        <translation>Save the note as PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Constituer un dossier de &amp;briefing…</source>
        <translation>Make a &amp;briefing pack…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les notes choisies (Ctrl+clic pour plusieurs), avec page de garde, sommaire, fiches de dossiers et bordereau d&apos;envoi, en un PDF</source>
        <translation>The chosen notes (Ctrl+click for several), with a cover page, contents, dossier sheets and a transmittal slip, in one PDF</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Notes au Ministre</source>
        <translation>Notes to the Minister</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Lecture de la liste</source>
        <translation>Reading the list</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Note {reference} — émise (lecture seule)</source>
        <translation>Note {reference} — issued (read-only)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dupliquer la note</source>
        <translation>Duplicate the note</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Préparation de la note</source>
        <translation>Preparing the note</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Constitution du dossier de briefing</source>
        <translation>Making the briefing pack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier de briefing enregistré dans « {path} ».</source>
        <translation>Briefing pack saved to “{path}”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impossible d&apos;écrire « {path} » : {error}</source>
        <translation>Cannot write “{path}”: {error}</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Note enregistrée dans « {path} ».</source>
        <translation>Note saved to “{path}”.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Enregistrer la note en PDF</source>
        <translation>Save the note as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/notes/pack_dialog.py" line="+38"/>
        <source>Constituer un dossier de briefing</source>
        <translation>Make a briefing pack</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossier de briefing du {date}</source>
        <translation>Briefing pack of {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le Directeur de cabinet</source>
        <translation>The Chief of Staff</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpéditeur :</source>
        <translation>Se&amp;nder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (dans cet ordre) :</source>
        <translation>Notes (in this order):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fiches de dossiers :</source>
        <translation>Dossier &amp;sheets:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le dossier comprend une page de garde, un sommaire paginé, les notes, les fiches des dossiers choisis et le bordereau d&apos;envoi.</source>
        <translation>The pack holds a cover page, a paginated table of contents, the notes, the sheets of the chosen dossiers and the transmittal slip.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Constituer et enregistrer en PDF…</source>
        <translation>&amp;Make and save as PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Titre : obligatoire.</source>
        <translation>Title: required.</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <location filename="../../tools/generated/data_messages.py" line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avis</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conseiller</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Méthode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portée</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Périodicité</source>
        <translation>Periodicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>un dossier</source>
        <translation>a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>un indicateur</source>
        <translation>an indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>un partenaire</source>
        <translation>a partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>une consultation</source>
        <translation>a consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>une entrée</source>
        <translation>an entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>une mission</source>
        <translation>a mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>une note</source>
        <translation>a note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/panes/filter_bar.py" line="+62"/>
        <source>Filtrer (réf., intitulé…)  Ctrl+F</source>
        <translation>Filter (ref., title…)  Ctrl+F</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tout</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>du</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ne plus filtrer sur cette liste de travail</source>
        <extracomment>the work lists offered as check boxes, by key (some on when the pane opens) an « À traiter » line opened from the dashboard: shown while it filters, unchecked to drop it</extracomment>
        <translation>Stop filtering on this work list</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Archivés</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher aussi les enregistrements archivés</source>
        <translation>Also show archived records</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Effacer les filtres</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Aucune instruction échue</source>
        <translation>No instruction due yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exécution dans les délais : {p} ({done} sur {due} échues ou achevées)</source>
        <translation>Carried out on time: {p} ({done} of {due} due or completed)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>À traiter : {work}</source>
        <translation>To do: {work}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Laisser « — » pour ne pas borner</source>
        <translation>Leave “—” for no limit</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/panes/list_pane.py" line="+146"/>
        <source>Modifier…</source>
        <extracomment>the least and the greatest default width of the detail panel « open », « save » or « remove », the attachment&apos;s id and version (detail panel links) files dropped on the list or the detail panel (local paths), for the current record « Nouvelle note » from the empty register&apos;s hint the pane&apos;s title row (a controller may add its buttons before the count)</extracomment>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modifier la fiche (F2, Entrée ou double-clic dans la liste)</source>
        <translation>Edit the record (F2, Enter or double-click in the list)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>au moins {shown} affichés sur {total} (comptage…)</source>
        <extracomment>the detail panel&apos;s buttons (« Modifier… », then the kind&apos;s own actions) True once the user has moved the splitter: the default split no longer applies</extracomment>
        <translation>at least {shown} shown of {total} (counting…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} affichés sur {total}</source>
        <translation>{shown} shown of {total}</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/panes/column_fit.py" line="+46"/>
        <source>Colonnes affichées</source>
        <extracomment>in a narrow table a column gives way down to this share of its width (then it scrolls) True once the user has set a column&apos;s width: the defaults are then no longer fitted True once the user has shown or hidden a column: the columns shown are then theirs (until then, the default ones the table has room for, see ``show_what_fits``) True while widths are set by the fitter (or a layout restored), not by the user</extracomment>
        <translation>Columns shown</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../forms/passphrase_dialog.ui" line="+27"/>
        <source>&amp;Chiffrer la base avec une phrase secrète</source>
        <translation>&amp;Encrypt the database with a passphrase</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Phrase secrète :</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Co&amp;nfirmation :</source>
        <translation>Co&amp;nfirmation:</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../forms/password_dialog.ui" line="+14"/>
        <source>Changer mon mot de passe</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Votre mot de passe a été attribué par l&apos;administrateur : choisissez-en un nouveau avant de continuer.</source>
        <translation>Your password was assigned by the administrator: choose a new one before continuing.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mot de passe ac&amp;tuel :</source>
        <translation>Curren&amp;t password:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Nouveau mot de passe :</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Confirmation :</source>
        <translation>&amp;Confirmation:</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <location filename="../../cabinet_desktop/services/passwords.py" line="+103"/>
        <source>Le mot de passe doit compter au moins {minimum} caractères (il en compte {count}).</source>
        <extracomment>The hasher in force: argon2-cffi&apos;s defaults (argon2id, t=3, m=64 MiB, p=4, RFC 9106 low memory profile). Tests switch to cheaper parameters with :func:`configure_hasher`. A hash of nothing anyone can type, verified when the login is unknown so that a wrong login takes as long as a wrong password.</extracomment>
        <translation>The password must have at least {minimum} characters (it has {count}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le mot de passe ne peut pas dépasser {maximum} caractères.</source>
        <translation>The password cannot exceed {maximum} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le mot de passe ne doit pas contenir l&apos;identifiant.</source>
        <translation>The password must not contain the login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce mot de passe figure parmi les mots de passe les plus courants : choisissez-en un autre, par exemple une phrase de plusieurs mots.</source>
        <translation>This password is among the most common passwords: choose another, for example a phrase of several words.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le mot de passe doit comporter au moins 4 caractères différents.</source>
        <translation>The password must contain at least 4 different characters.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/dialogs/password_dialog.py" line="+40"/>
        <source>Au moins {n} caractères ; les mots de passe courants (azerty123456, motdepasse…) sont refusés. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.</source>
        <translation>At least {n} characters; common passwords (qwerty123456, password…) are refused. A phrase of several words is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/dialogs/form_dialog.py" line="+89"/>
        <source>Confirmation : les deux saisies ne sont pas identiques.</source>
        <translation>Confirmation: the two entries differ.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../cabinet_desktop/services/permissions.py" line="+86"/>
        <source>Action non autorisée pour le rôle « {role} » : {action} ({kind}).</source>
        <extracomment>kind → action → roles allowed. Administrators manage accounts, settings and backups; they read the cabinet&apos;s records (within their clearance) but do not edit them.</extracomment>
        <translation>Action not allowed for the role “{role}”: {action} ({kind}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>consulter</source>
        <translation>read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>créer</source>
        <translation>create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modifier</source>
        <translation>modify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archiver</source>
        <translation>archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supprimer</source>
        <translation>delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valider</source>
        <translation>validate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exporter ou imprimer</source>
        <translation>export or print</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missions</source>
        <translation>missions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dossiers</source>
        <translation>files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pièces jointes</source>
        <translation>attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partenaires</source>
        <translation>partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conventions</source>
        <translation>agreements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>échanges avec les partenaires</source>
        <translation>exchanges with partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicateurs</source>
        <translation>indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cibles d&apos;indicateurs</source>
        <translation>indicator targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mesures d&apos;indicateurs</source>
        <translation>indicator measurements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consultations</source>
        <translation>consultations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes au Ministre</source>
        <translation>notes to the Minister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personnes</source>
        <translation>persons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comptes utilisateurs</source>
        <translation>user accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paramètres</source>
        <translation>settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journal d&apos;audit</source>
        <translation>audit journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sauvegardes</source>
        <translation>backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>données de démonstration</source>
        <translation>demo data</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../cabinet_desktop/ui/printing/controller.py" line="+64"/>
        <source>texte « {text} »</source>
        <translation>text “{text}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>du {start} au {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>en retard seulement</source>
        <translation>overdue only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archives comprises</source>
        <translation>archived included</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtres : {filters}</source>
        <translation>Filters: {filters}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sans filtre</source>
        <translation>No filter</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Imprimer la liste…</source>
        <translation>&amp;Print the list…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Aperçu avant impression…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xporter la liste en PDF…</source>
        <translation>E&amp;xport the list as PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imprimer la &amp;fiche…</source>
        <translation>Print the &amp;record sheet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporter la fiche en P&amp;DF…</source>
        <translation>Export the record sheet as P&amp;DF…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporter en PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Préparation de l&apos;impression</source>
        <translation>Preparing the printout</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Préparation de la fiche</source>
        <translation>Preparing the record sheet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Impression annulée.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+11"/>
        <location line="+69"/>
        <source>Impression</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Impression impossible : {error}</source>
        <translation>Cannot print: {error}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Envoyé à l&apos;imprimante : {pages} page(s).</source>
        <translation>Sent to the printer: {pages} page(s).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF enregistré : {pages} page(s) dans « {path} ».</source>
        <translation>PDF saved: {pages} page(s) in “{path}”.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Aperçu avant impression — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>« {title} » envoyé à l&apos;imprimante : {pages} page(s).</source>
        <translation>“{title}” sent to the printer: {pages} page(s).</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/printing/list_document.py" line="+64"/>
        <source>Lecture des lignes… {done} sur {total}</source>
        <extracomment>rows read per service call while a list is gathered for printing the columns whose values add up in the totals row (counts of people, contacts, agreements) the journal entries a sheet prints at most (the newest)</extracomment>
        <translation>Reading rows… {done} of {total}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Total : {count} enregistrement(s)</source>
        <translation>Total: {count} record(s)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imprimé le {date}</source>
        <translation>Printed on {date}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Lecture de la fiche…</source>
        <translation>Reading the record…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lecture de l&apos;historique…</source>
        <translation>Reading the history…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucune entrée au journal.</source>
        <translation>No journal entry.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/printing/paged.py" line="+47"/>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <extracomment>the family printouts use: shipped with the application (French and national-language letters such as ɛ ɔ ŋ), the same as the PDF notes&apos; the red of classification markings (the PDF notes use the same)</extracomment>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page {page} sur {total}…</source>
        <translation>Page {page} of {total}…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Page {page} sur {total}</source>
        <translation>Page {page} of {total}</translation>
    </message>
</context>
<context>
    <name>RecordAgreementForm</name>
    <message>
        <location filename="../../forms/record_agreement.ui" line="+32"/>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Intitulé :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Nature :</source>
        <translation>&amp;Nature:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Statut :</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Date de signature :</source>
        <translation>&amp;Signature date:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>D&amp;ate de début :</source>
        <translation>St&amp;art date:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date de &amp;fin :</source>
        <translation>End &amp;date:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Montants</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Montant engagé :</source>
        <translation>&amp;Committed amount:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>M&amp;ontant décaissé :</source>
        <translation>Disb&amp;ursed amount:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De&amp;vise :</source>
        <translation>Currenc&amp;y:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Taux de change (FCFA) :</source>
        <translation>E&amp;xchange rate (FCFA):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date d&amp;u taux :</source>
        <translation>Rate dat&amp;e:</translation>
    </message>
</context>
<context>
    <name>RecordDossierForm</name>
    <message>
        <location filename="../../forms/record_dossier.ui" line="+32"/>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Objet :</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;tructure émettrice :</source>
        <translation>Sending &amp;body:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;lassification :</source>
        <translation>C&amp;lassification:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Conseiller instructeur :</source>
        <translation>&amp;Instructing adviser:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sensible :</source>
        <translation>Sensiti&amp;ve:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Circuit</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Date de réception :</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Éc&amp;héance de l&apos;avis :</source>
        <translation>Opinion &amp;due date:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contenu</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Résumé :</source>
        <translation>S&amp;ummary:</translation>
    </message>
</context>
<context>
    <name>RecordIndicatorForm</name>
    <message>
        <location filename="../../forms/record_indicator.ui" line="+32"/>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Intitulé :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Niveau :</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Unité :</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Périodicité :</source>
        <translation>&amp;Periodicity:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sens d&apos;évolution :</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Définition :</source>
        <translation>De&amp;finition:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Référence et source</source>
        <translation>Baseline and source</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Valeur de référence :</source>
        <translation>&amp;Baseline value:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>D&amp;ate de référence :</source>
        <translation>Baseline d&amp;ate:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;ource des données :</source>
        <translation>Data s&amp;ource:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;tructure responsable :</source>
        <translation>&amp;Responsible body:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cibles annuelles</source>
        <translation>Yearly targets</translation>
    </message>
</context>
<context>
    <name>RecordMissionForm</name>
    <message>
        <location filename="../../forms/record_mission.ui" line="+32"/>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Intitulé :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Attribution :</source>
        <translation>&amp;Attribution:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ori&amp;gine :</source>
        <translation>Ori&amp;gin:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Priorité :</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Date de l&apos;instruction :</source>
        <translation>Instruction &amp;date:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;utorité de l&apos;instruction :</source>
        <translation>Instructing a&amp;uthority:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Responsable :</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date de dé&amp;but :</source>
        <translation>Start date (&amp;b):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Éc&amp;héance :</source>
        <translation>Due date (&amp;h):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date d&apos;achève&amp;ment :</source>
        <translation>Co&amp;mpletion date:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;vancement (%) :</source>
        <translation>Progress (%) (&amp;v):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Moti&amp;f (annulation, attente) :</source>
        <translation>Reason (&amp;for cancelling, on hold):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contenu</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Des&amp;cription :</source>
        <translation>Des&amp;cription:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Résu&amp;ltat attendu :</source>
        <translation>Expected resu&amp;lt:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Liens</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>D&amp;ossiers liés :</source>
        <translation>Linked d&amp;ossiers:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Par&amp;tenaires liés :</source>
        <translation>Linked par&amp;tners:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>I&amp;ndicateurs liés :</source>
        <translation>Linked i&amp;ndicators:</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../cabinet_desktop/ui/panes/table_model.py" line="+308"/>
        <source>cliquer pour trier</source>
        <extracomment>``fetch(query, with_total)``: a page of rows for ``query``&apos;s slice (and the total if asked). ``count(query)``: how many rows ``query`` matches (run on a worker thread). the column&apos;s shorter text for a cell too narrow for the whole (``None``: no shorter form) first pages are read on a worker (a distant server): the GUI never waits for them</extracomment>
        <translation>click to sort</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../cabinet_desktop/services/records.py" line="+83"/>
        <source>{kind} n° {id} introuvable : il a peut-être été supprimé.</source>
        <translation>{kind} no. {id} not found: it may have been deleted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aucun(e) {kind} ne porte la référence « {reference} ».</source>
        <translation>No {kind} has the reference “{reference}”.</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>un autre utilisateur</source>
        <translation>another user</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{kind} {reference} a été modifié(e) par {who} le {at} depuis que vous l&apos;avez ouvert(e) : vos modifications n&apos;ont pas été enregistrées. Rechargez la fiche pour voir la nouvelle version.</source>
        <translation>{kind} {reference} was changed by {who} on {at} since you opened it: your changes were not saved. Reload the record to see the new version.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{kind} {reference} a été émise : elle ne peut plus être modifiée ni supprimée ; dupliquez-la pour en préparer une nouvelle version.</source>
        <translation>{kind} {reference} has been issued: it can no longer be changed or deleted; duplicate it to prepare a new version.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{kind} a été modifié(e) par quelqu&apos;un d&apos;autre pendant l&apos;enregistrement : rechargez la fiche.</source>
        <translation>{kind} was changed by someone else while saving: reload the record.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{kind} ne s&apos;archive pas.</source>
        <translation>{kind} cannot be archived.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/attachment_store.py" line="+7"/>
        <location filename="../../cabinet_desktop/services/briefings.py" line="-330"/>
        <location filename="../../cabinet_desktop/services/records.py" line="-198"/>
        <source>Vous ne pouvez pas classer un enregistrement au-dessus de votre habilitation ({clearance}).</source>
        <translation>You cannot classify a record above your clearance ({clearance}).</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../cabinet_desktop/ui/shell/reminders.py" line="+53"/>
        <source>{n} en retard</source>
        <extracomment>Records the panel lists (the rest are counted, and in « À traiter »). How often a window left open checks whether a new day has begun.</extracomment>
        <translation>{n} late</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} à échéance aujourd&apos;hui</source>
        <translation>{n} due today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depuis votre dernière connexion</source>
        <translation>Since your last session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cette semaine</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer les rappels</source>
        <translation>Close the reminders</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>en retard depuis le {date}</source>
        <translation>late since {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>à échéance aujourd&apos;hui</source>
        <translation>due today</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… et {n} autres (voir « À traiter » au tableau de bord)</source>
        <translation>… and {n} more (see “To do” on the dashboard)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cabinet Desktop — rappels</source>
        <translation>Cabinet Desktop — reminders</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../cabinet_desktop/ui/shell/search_box.py" line="+145"/>
        <source>Aucun résultat pour « {query} ».</source>
        <translation>No result for “{query}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 résultat</source>
        <translation>1 result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} résultats</source>
        <translation>{count} results</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Rechercher…  (Ctrl+K)</source>
        <translation>Search…  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recherche dans les références, intitulés, résumés, avis, partenaires et indicateurs (sans tenir compte des accents)</source>
        <translation>Searches references, titles, summaries, opinions, partners and indicators (ignoring accents)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>La recherche a échoué : {error}</source>
        <translation>The search failed: {error}</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <location filename="../../cabinet_desktop/cli_selftest.py" line="+16"/>
        <source>Ressources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base de données</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrement</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal d&apos;audit</source>
        <translation>Audit journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note PDF</source>
        <translation>PDF note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classeur Excel</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface Qt</source>
        <translation>Qt interface</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ÉCHEC — {check} : {reason}</source>
        <translation>FAILED — {check}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK — {check} : {detail}</source>
        <translation>OK — {check}: {detail}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autotest réussi : {count} vérifications.</source>
        <translation>Self-test passed: {count} checks.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>fichier absent : {path}</source>
        <translation>missing file: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polices, traductions, icônes et formulaires trouvés dans {root}</source>
        <translation>fonts, translations, icons and forms found in {root}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>base neuve créée ({path}, schéma {revision}), comptes créés, connexion réussie</source>
        <translation>new database created ({path}, schema {revision}), accounts created, signed in</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>aucune attribution dans la base neuve</source>
        <translation>no attribution in the new database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mission d&apos;autotest</source>
        <translation>Self-test mission</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>la mission n&apos;a pas été enregistrée</source>
        <translation>the mission was not saved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>la mission relue diffère de celle enregistrée</source>
        <translation>the mission read back differs from the one saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mission {reference} enregistrée et relue</source>
        <translation>mission {reference} saved and read back</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>journal altéré à l&apos;entrée n° {id}</source>
        <translation>journal altered at entry no. {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>le journal ne contient pas les écritures faites</source>
        <translation>the journal does not hold the writes made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chaîne intègre, {count} entrées vérifiées</source>
        <translation>chain intact, {count} entries checked</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note d&apos;autotest</source>
        <translation>Self-test note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF inattendu ({pages} pages)</source>
        <translation>unexpected PDF ({pages} pages)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note d&apos;une page rendue ({size} Ko)</source>
        <translation>one-page note rendered ({size} KB)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>classeur illisible</source>
        <translation>unreadable workbook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rows} lignes exportées au lieu d&apos;une</source>
        <translation>{rows} rows exported instead of one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>classeur d&apos;échange écrit ({size} Ko, {rows} ligne)</source>
        <translation>exchange workbook written ({size} KB, {rows} row)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>la fenêtre de connexion ne s&apos;est pas affichée</source>
        <translation>the sign-in window did not show</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fenêtre de connexion « {title} » affichée hors écran ({platform})</source>
        <translation>sign-in window “{title}” shown off screen ({platform})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>selftest --sign-in-only : indiquez la base avec --database.</source>
        <translation>selftest --sign-in-only: give the database with --database.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../cabinet_desktop/ui/shell/session.py" line="+44"/>
        <source>Changer d&apos;&amp;utilisateur…</source>
        <extracomment>the organisation&apos;s settings were saved from « Paramètres… » (title, lock delay follow) closes the open forms, each asking about its unsaved changes; False if one stays opens the main window for another user (``ui.app.open_window`` sets it)</extracomment>
        <translation>Switch &amp;user…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changer mon &amp;mot de passe…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Comptes utilisateurs…</source>
        <translation>User &amp;accounts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paramètres…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/shell/main_window.py" line="-52"/>
        <source>Vos droits ont été modifiés par l&apos;administrateur.</source>
        <translation>Your rights were changed by the administrator.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/shell/session.py" line="+51"/>
        <source>Mot de passe changé.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Comptes utilisateurs</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/session_guard.py" line="+78"/>
        <source>Votre compte a été désactivé par l&apos;administrateur : la session est terminée.</source>
        <translation>Your account has been deactivated by the administrator: the session has ended.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../cabinet_desktop/services/settings.py" line="+76"/>
        <source>Paramètre inconnu : {names}.</source>
        <translation>Unknown setting: {names}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seuil « En bonne voie » : un pourcentage entre 0 et 100 % (ici {amber:.0%}).</source>
        <translation>“On track” threshold: a percentage between 0 and 100 % (here {amber:.0%}).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{label} : ce champ est obligatoire.</source>
        <extracomment>Largest logo accepted (it is stored in the database and drawn on every note).</extracomment>
        <translation>{label}: this field is required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verrouillage après inactivité : un nombre de minutes entre 1 et 240 (ici « {value} »).</source>
        <translation>Lock after inactivity: a number of minutes between 1 and 240 (here “{value}”).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taille maximale des pièces jointes : un nombre de mégaoctets entre 1 et 100 (ici « {value} »).</source>
        <translation>Largest attachment: a number of megabytes between 1 and 100 (here “{value}”).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Format des références de notes : « {pattern} » n&apos;est pas valable ({error}) ; champs possibles : {{year}}, {{number}}, {{acronym}}, par exemple {{year}}-{{number:03d}}/{{acronym}}/CAB.</source>
        <translation>Note reference format: “{pattern}” is not valid ({error}); possible fields: {{year}}, {{number}}, {{acronym}}, for example {{year}}-{{number:03d}}/{{acronym}}/CAB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format des références de notes : il doit contenir le numéro {{number}}.</source>
        <translation>Note reference format: it must contain the number {{number}}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Logo : contenu illisible.</source>
        <translation>Logo: unreadable content.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logo : le fichier doit être une image PNG.</source>
        <translation>Logo: the file must be a PNG image.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logo : {size} Ko, c&apos;est trop (512 Ko au plus).</source>
        <translation>Logo: {size} KB is too much (512 KB at most).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Devise : ce champ est obligatoire.</source>
        <translation>Motto: this field is required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Devise : 200 caractères au plus.</source>
        <translation>Motto: 200 characters at most.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/panes/settings_pane.py" line="+108"/>
        <source>(aucun logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>{motto} (depuis le {date})</source>
        <extracomment>the settings typed in a line edit of the letterhead box, by setting key</extracomment>
        <translation>{motto} (since {date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devises successives : </source>
        <translation>Successive mottos: </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(format invalide)</source>
        <translation>(invalid format)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Logo du ministère</source>
        <translation>Ministry logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images PNG (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Logo : impossible de lire « {path} » ({reason}).</source>
        <translation>Logo: cannot read “{path}” ({reason}).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Paramètres enregistrés.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucune modification.</source>
        <translation>No change.</translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <location filename="../../forms/settings_pane.ui" line="+20"/>
        <source>Paramètres de l&apos;organisation</source>
        <translation>Organisation settings</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>En-tête des notes au Ministre</source>
        <translation>Letterhead of notes to the Minister</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Pays :</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Ministère :</source>
        <translation>&amp;Ministry:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Sigle du ministère :</source>
        <translation>Ministry ac&amp;ronym:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Ville :</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Devise :</source>
        <translation>M&amp;otto:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>en vi&amp;gueur depuis le</source>
        <translation>in force s&amp;ince</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Logo :</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choisir un &amp;logo PNG…</source>
        <translation>Choose a PNG &amp;logo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Retirer</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indicateurs, références et sécurité</source>
        <translation>Indicators, references and security</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seuil de &amp;tolérance « En bonne voie » (progression ≥) :</source>
        <translation>“On track” &amp;tolerance (progress ≥):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Un indicateur est « Atteint » quand sa valeur est à la cible ou mieux ; sinon il est « En bonne voie » s&apos;il a parcouru au moins cette part du chemin entre la valeur de référence et la cible, et « En retard » en deçà.</source>
        <translation>An indicator is “Achieved” when its value is at the target or better; otherwise it is “On track” if it has covered at least this share of the way from the baseline to the target, and “Behind target” below that.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Format des références de notes :</source>
        <translation>&amp;Format of note references:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exemple :</source>
        <translation>Example:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verrouillage après &amp;inactivité :</source>
        <translation>Lock after i&amp;nactivity:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Annuler les modifications</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../cabinet_desktop/store/database.py" line="+283"/>
        <source>« {path} » est un dossier, pas une base de données.</source>
        <translation>“{path}” is a folder, not a database.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impossible de lire « {path} » : {reason}.</source>
        <translation>Cannot read “{path}”: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>La base « {path} » n&apos;est pas accessible en écriture : vérifiez les droits sur le fichier et son dossier.</source>
        <translation>The database “{path}” is not writable: check the permissions on the file and its folder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La base « {path} » n&apos;existe pas.</source>
        <translation>The database “{path}” does not exist.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Impossible de créer le dossier de données « {path} » : {reason}.</source>
        <translation>Cannot create the data folder “{path}”: {reason}.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>La base est occupée par un autre poste (ou une autre fenêtre) depuis plus de {seconds} secondes : rien n&apos;a été modifié, réessayez dans un instant.</source>
        <extracomment>How long a write waits for another client&apos;s lock before « La base est occupée… » (both backends: SQLite&apos;s busy timeout, PostgreSQL&apos;s ``lock_timeout``). Files the application creates (database, its WAL and SHM, logs, backups): owner only. The key of an encrypted SQLite file (backups of it are encrypted with it too).</extracomment>
        <translation>The database has been busy on another computer (or another window) for more than {seconds} seconds: nothing was changed, try again in a moment.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Le fichier « {path} » n&apos;est pas une base Cabinet Desktop : il n&apos;a pas été modifié.</source>
        <translation>The file “{path}” is not a Cabinet Desktop database: it was not modified.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La base « {where} » n&apos;est pas une base Cabinet Desktop (elle contient d&apos;autres tables) : elle n&apos;a pas été modifiée.</source>
        <translation>The database “{where}” is not a Cabinet Desktop database (it holds other tables): it was not modified.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>« {where} » est une sauvegarde de Cabinet Desktop, pas une base : restaurez-la avec « cabinet-desktop restore {where} ». Elle n&apos;a pas été modifiée.</source>
        <translation>“{where}” is a Cabinet Desktop backup, not a database: restore it with “cabinet-desktop restore {where}”. It was not modified.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Le dossier de données « {path} » n&apos;est pas accessible en écriture.</source>
        <translation>The data folder “{path}” is not writable.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>La base « {where} » est illisible : {reason}.</source>
        <translation>The database “{where}” is unreadable: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impossible de joindre le serveur de base de données « {where} » : {reason}</source>
        <translation>Cannot reach the database server “{where}”: {reason}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Le chiffrement par phrase secrète concerne les bases SQLite ; une base PostgreSQL se protège sur son serveur.</source>
        <translation>Passphrase encryption applies to SQLite databases; a PostgreSQL database is protected on its server.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>La base « {where} » a été créée par une version plus récente de Cabinet Desktop (schéma {revision}) : mettez l&apos;application à jour avant de l&apos;ouvrir.</source>
        <translation>The database “{where}” was created by a newer version of Cabinet Desktop (schema {revision}): update the application before opening it.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>La base « {where} » est vide : créez-la avec « cabinet-desktop --database … init ».</source>
        <translation>The database “{where}” is empty: create it with “cabinet-desktop --database … init”.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/store/encryption.py" line="+56"/>
        <source>Le chiffrement des bases n&apos;est pas disponible sur ce poste : le module « sqlcipher3 » (paquet sqlcipher3-wheels) n&apos;est pas installé.</source>
        <extracomment>argon2id parameters of the key derivation (fixed: part of the file format).</extracomment>
        <translation>Database encryption is not available on this computer: the module “sqlcipher3” (package sqlcipher3-wheels) is not installed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Phrase secrète : {minimum} caractères au moins (elle en compte {count}).</source>
        <translation>Passphrase: at least {minimum} characters (it has {count}).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>La base « {path} » n&apos;est pas chiffrée : ouvrez-la sans phrase secrète.</source>
        <translation>The database “{path}” is not encrypted: open it without a passphrase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La base « {path} » est tronquée : elle ne peut pas être ouverte.</source>
        <translation>The database “{path}” is truncated: it cannot be opened.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Phrase secrète incorrecte : la base chiffrée « {where} » ne s&apos;ouvre pas avec elle (ou le fichier est endommagé). Rien n&apos;a été modifié.</source>
        <translation>Incorrect passphrase: the encrypted database “{where}” does not open with it (or the file is damaged). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le fichier « {path} » n&apos;est pas une base de données SQLite en clair : s&apos;il s&apos;agit d&apos;une base Cabinet Desktop chiffrée, indiquez sa phrase secrète (variable {env}) ; sinon ce n&apos;est pas une base Cabinet Desktop. Il n&apos;a pas été modifié.</source>
        <translation>The file “{path}” is not a plain SQLite database: if it is an encrypted Cabinet Desktop database, give its passphrase (variable {env}); otherwise it is not a Cabinet Desktop database. It was not modified.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/store/locations.py" line="+46"/>
        <source>Adresse de base de données invalide : « {url} ». Indiquez un chemin de fichier ou une adresse de la forme postgresql://utilisateur@serveur:5432/base.</source>
        <translation>Invalid database address: “{url}”. Give a file path or an address of the form postgresql://user@server:5432/database.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adresse PostgreSQL incomplète : « {url} » ne nomme pas de base.</source>
        <translation>Incomplete PostgreSQL address: “{url}” names no database.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adresse SQLite incomplète : « {url} » ne nomme pas de fichier.</source>
        <translation>Incomplete SQLite address: “{url}” names no file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type de base de données non pris en charge : « {backend} » (attendu : fichier SQLite ou postgresql://).</source>
        <translation>Unsupported database type: “{backend}” (expected: SQLite file or postgresql://).</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../cabinet_desktop/services/tasks.py" line="+26"/>
        <source>Opération annulée : rien n&apos;a été modifié.</source>
        <translation>Operation cancelled: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/tasks.py" line="+118"/>
        <source>Annuler</source>
        <extracomment>Tasks started and not finished yet; without this a task whose caller keeps no reference is garbage-collected at once, its signals disconnected, and its result never arrives.</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../cabinet_desktop/ui/undo.py" line="+55"/>
        <source>création</source>
        <translation>creation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>modification</source>
        <translation>change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archivage</source>
        <translation>archiving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>désarchivage</source>
        <translation>unarchiving</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{what} de {reference}</source>
        <translation>{what} of {reference}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Annuler : {label}</source>
        <translation>Undo: {label}</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/undo.py" line="+54"/>
        <source>Cette action ne peut pas être annulée : seules vos propres modifications le peuvent.</source>
        <translation>This action cannot be undone: only your own changes can be.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cette modification ne peut pas être annulée : aucun de ses champs ne se modifie ici.</source>
        <translation>This change cannot be undone: none of its fields can be edited here.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{kind} {reference} a été modifié(e) par {who} le {at}, après votre modification : rien n&apos;a été annulé, pour ne pas écraser ce travail. Ouvrez la fiche pour la corriger.</source>
        <translation>{kind} {reference} was changed by {who} on {at}, after your change: nothing was undone, so as not to overwrite that work. Open the record to correct it.</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <location filename="../../cabinet_desktop/store/upgrade.py" line="+74"/>
        <source>La mise à jour de la base « {where} » (schéma {revision} vers {head}) a échoué : {reason}. La base n&apos;a pas été modifiée : elle reste celle de la version précédente de Cabinet Desktop, qui peut toujours l&apos;ouvrir. Une copie faite avant la mise à jour est gardée : {kept}.</source>
        <extracomment>the start of the name of the copies kept before an upgrade (SQLite file, PostgreSQL schema)</extracomment>
        <translation>The upgrade of the database “{where}” (schema {revision} to {head}) failed: {reason}. The database was not changed: it remains the previous Cabinet Desktop version&apos;s, which can still open it. A copy made before the upgrade is kept: {kept}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>La mise à jour de la base « {where} » (schéma {revision} vers {head}) n&apos;a pas pu commencer : {reason}. La base n&apos;a pas été modifiée : elle reste celle de la version précédente de Cabinet Desktop.</source>
        <translation>The upgrade of the database “{where}” (schema {revision} to {head}) could not start: {reason}. The database was not changed: it remains the previous Cabinet Desktop version&apos;s.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>copie de sécurité impossible ({reason})</source>
        <translation>safety copy impossible ({reason})</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>base endommagée après migration ({problems})</source>
        <translation>database damaged after migration ({problems})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>références brisées après migration</source>
        <translation>broken references after migration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schéma {revision} après migration</source>
        <translation>schema {revision} after migration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>journal différent après migration ({before} entrées vérifiées avant, {after} après)</source>
        <translation>journal different after migration ({before} entries checked before, {after} after)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>elle est ouverte sur un autre poste ou dans une autre fenêtre ; fermez-les puis relancez l&apos;application</source>
        <translation>it is open on another computer or in another window; close them, then start the application again</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>elle a été ouverte ailleurs pendant la mise à jour ; relancez l&apos;application</source>
        <translation>it was opened elsewhere during the upgrade; start the application again</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>elle a été modifiée pendant la mise à jour ; relancez l&apos;application</source>
        <translation>it was changed during the upgrade; start the application again</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>schéma « {schema} » de la même base</source>
        <translation>schema “{schema}” of the same database</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../forms/user_dialog.ui" line="+22"/>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Perso&amp;nne du cabinet :</source>
        <translation>Cabinet perso&amp;n:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La personne à qui appartient le compte : tapez une partie de son nom, ou choisissez « Nouvelle personne » et saisissez son nom ci-dessous.</source>
        <translation>The person the account belongs to: type part of their name, or choose “New person” and type their name below.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Prénom et nom :</source>
        <translation>F&amp;ull name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Rôle :</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Habilitation :</source>
        <translation>Cl&amp;earance:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Mot de passe initial :</source>
        <translation>&amp;Initial password:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Confirmation :</source>
        <translation>&amp;Confirmation:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>L&apos;utilisateur devra changer ce mot de passe à sa première connexion.</source>
        <translation>The user will have to change this password at their first sign-in.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../cabinet_desktop/ui/dialogs/user_dialog.py" line="+64"/>
        <source>Nouveau compte</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte « {login} »</source>
        <translation>Account “{login}”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>— Nouvelle personne (nom ci-dessous) —</source>
        <translation>— New person (name below) —</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Personne du cabinet : « {text} » n&apos;est pas dans la liste ; choisissez une proposition ou « Nouvelle personne ».</source>
        <translation>Cabinet person: “{text}” is not in the list; choose a suggestion or “New person”.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/panes/users_pane.py" line="+51"/>
        <location line="+139"/>
        <location line="+20"/>
        <source>Comptes utilisateurs</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>&amp;Nouveau compte…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rôle et habilitation…</source>
        <translation>&amp;Role and clearance…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Réinitialiser le &amp;mot de passe…</source>
        <translation>Reset the &amp;password…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>&amp;Désactiver</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Les comptes ne sont jamais supprimés : le journal d&apos;audit s&apos;y réfère. Désactivez ceux qui ne servent plus.</source>
        <translation>Accounts are never deleted: the audit journal refers to them. Deactivate those no longer used.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>actif</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>désactivé</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · mot de passe à changer</source>
        <translation> · password to change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · bloqué après {n} échecs</source>
        <translation> · locked after {n} failures</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Réactiver</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Réinitialiser le mot de passe</source>
        <translation>Reset the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouveau mot de passe de « {login} » : communiquez-le-lui en personne ; il devra le changer à sa prochaine connexion.</source>
        <translation>New password of “{login}”: give it to them in person; they will have to change it at their next sign-in.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Désactiver le compte</source>
        <translation>Deactivate the account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désactiver le compte « {login} » ? Il ne pourra plus se connecter ; son historique reste dans le journal.</source>
        <translation>Deactivate the account “{login}”? It will no longer be able to sign in; its history stays in the journal.</translation>
    </message>
    <message>
        <location filename="../../tools/generated/data_messages.py" line="+1"/>
        <source>Dernière connexion</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Habilitation</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../cabinet_desktop/services/records.py" line="-106"/>
        <source>ce champ ne peut pas être modifié ici.</source>
        <translation>this field cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/circuit.py" line="-33"/>
        <location line="+26"/>
        <location filename="../../cabinet_desktop/services/records.py" line="+7"/>
        <location line="+92"/>
        <location filename="../../cabinet_desktop/services/validation.py" line="+94"/>
        <location filename="../../cabinet_desktop/ui/dialogs/circuit_dialogs.py" line="+156"/>
        <location filename="../../cabinet_desktop/ui/dialogs/record_form.py" line="-127"/>
        <source>ce champ est obligatoire.</source>
        <translation>this field is required.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/records.py" line="-73"/>
        <source>aucun enregistrement n° {value} ({table}).</source>
        <translation>no record no. {value} ({table}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>enregistrement(s) introuvable(s) : {ids}.</source>
        <translation>record(s) not found: {ids}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>existe déjà ({values}) : modifiez l&apos;enregistrement existant plutôt que d&apos;en créer un second.</source>
        <translation>already exists ({values}): change the existing record rather than create a second one.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/exchange/workbook/importer.py" line="+121"/>
        <location filename="../../cabinet_desktop/services/validation.py" line="-48"/>
        <source>{kind} — {field} : {problem}</source>
        <extracomment>A telephone number: digits, spaces, « + ( ) - . » (several numbers separated by « / »). Longest free text (a column without its own length): 50,000 characters, about twenty pages. PostgreSQL&apos;s search index refuses a record whose words pass 1 MiB; SQLite would store it: the same limit here keeps both backends alike.</extracomment>
        <translation>{kind} — {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/validation.py" line="+62"/>
        <source>« {value} » n&apos;est pas une classification (valeurs admises : {allowed}).</source>
        <translation>“{value}” is not a classification (allowed values: {allowed}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>« {value} » n&apos;est pas une valeur admise ({allowed}).</source>
        <translation>“{value}” is not an allowed value ({allowed}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>date et heure invalides « {value} ».</source>
        <translation>invalid date and time “{value}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>date invalide « {value} » (attendu : JJ/MM/AAAA).</source>
        <translation>invalid date “{value}” (expected: DD/MM/YYYY).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>« {value} » : répondez oui ou non.</source>
        <translation>“{value}”: answer yes or no.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nombre invalide « {value} ».</source>
        <translation>invalid number “{value}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>un nombre entier est attendu (« {value} »).</source>
        <translation>a whole number is expected (“{value}”).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>caractère nul interdit (position {position}).</source>
        <translation>null character not allowed (position {position}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} caractères au plus (ici {actual}).</source>
        <translation>at most {count} characters (here {actual}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ne peut précéder « {other} » ({end} &lt; {start}).</source>
        <translation>cannot come before “{other}” ({end} &lt; {start}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>doit être compris entre {low} et {high} (ici {value}).</source>
        <translation>must be between {low} and {high} (here {value}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>adresse invalide « {value} » (exemple : prenom.nom@domaine.bf).</source>
        <translation>invalid address “{value}” (example: firstname.lastname@domain.bf).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>numéro invalide « {value} » (8 à 15 chiffres, exemple : +226 70 12 34 56).</source>
        <translation>invalid number “{value}” (8 to 15 digits, example: +226 70 12 34 56).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>adresse invalide « {value} ».</source>
        <translation>invalid address “{value}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>un montant ne peut être négatif (ici {value}).</source>
        <translation>an amount cannot be negative (here {value}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>doit être positif (ici {value}).</source>
        <translation>must be positive (here {value}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>indiquez le taux du jour : combien de FCFA pour 1 {currency} (exemple : 655,957 pour l&apos;euro).</source>
        <translation>give the rate of the day: how many FCFA for 1 {currency} (example: 655.957 for the euro).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>la date du taux est obligatoire pour un montant en {currency}.</source>
        <translation>the rate date is required for an amount in {currency}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>« {value} » ne correspond pas à la périodicité de l&apos;indicateur ({periodicity}) : saisissez par exemple « {example} ».</source>
        <extracomment>An example period of each kind (``parse_period``&apos;s letter).</extracomment>
        <translation>“{value}” does not match the indicator&apos;s periodicity ({periodicity}): type for example “{example}”.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>période invalide « {value} » (exemples : 2026, 2026-S1, 2026-T3, 2026-07).</source>
        <translation>invalid period “{value}” (examples: 2026, 2026-S1, 2026-T3, 2026-07).</translation>
    </message>
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <location filename="../../cabinet_desktop/ui/dialogs/measurement_dialogs.py" line="+36"/>
        <source>Valider les mesures provisoires — {reference}</source>
        <translation>Validate the provisional measurements — {reference}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mesures provisoires, la plus récente en premier :</source>
        <translation>Provisional measurements, the most recent first:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valider la mesure</source>
        <translation>&amp;Validate the measurement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{period} : {value} — saisie par {who} le {when}</source>
        <translation>{period}: {value} — entered by {who} on {when}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Aucune mesure provisoire.</source>
        <translation>No provisional measurement.</translation>
    </message>
</context>
<context>
    <name>WorkLists</name>
    <message>
        <location filename="../../cabinet_desktop/services/work_lists.py" line="+107"/>
        <source>Dossiers imputés en attente de mon avis</source>
        <extracomment>Days ahead within which a mission or an instruction is « à échéance ». ``(person id or None, today) -&gt; condition``</extracomment>
        <translation>Files assigned to me awaiting my opinion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mes missions en retard ou à échéance sous 7 jours</source>
        <translation>My missions late or due within 7 days</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avis à valider</source>
        <translation>Opinions to validate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossiers à imputer</source>
        <translation>Files to assign</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instructions du Ministre en retard ou à échéance sous 7 jours</source>
        <translation>Minister&apos;s instructions late or due within 7 days</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Avis validés à transmettre au Ministre</source>
        <translation>Validated opinions to send to the Minister</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Décisions du Ministre à enregistrer</source>
        <translation>Minister&apos;s decisions to record</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicateurs dont la mesure est à saisir</source>
        <translation>Indicators whose measurement is due</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mes dossiers</source>
        <translation>My files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mes missions</source>
        <translation>My missions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non achevées</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instructions du Ministre</source>
        <translation>Minister&apos;s instructions</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../cabinet_desktop/exchange/workbook/error_book.py" line="+43"/>
        <source>Conflit : {reference} a été modifié dans la base depuis l&apos;export ; la ligne n&apos;est pas importée.</source>
        <extracomment>Above this many bytes of worksheet XML, the copy is streamed (memory stays bounded) and keeps values, hidden sheets and date formats but not the received file&apos;s styling.</extracomment>
        <translation>Conflict: {reference} was changed in the database since the export; the row is not imported.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/exchange/workbook/export.py" line="+17"/>
        <source>Export : {sheet}</source>
        <translation>Export: {sheet}</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/exchange/workbook/importer.py" line="-17"/>
        <location line="+220"/>
        <source>la feuille « {sheet} » dépasse {count} lignes.</source>
        <translation>sheet “{sheet}” has more than {count} rows.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Colonne inconnue ignorée : feuille « {sheet} », colonne {letter} (« {header} »).</source>
        <extracomment>A cell as read: its value and openpyxl&apos;s data type (``f`` for a formula).</extracomment>
        <translation>Unknown column ignored: sheet “{sheet}”, column {letter} (“{header}”).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>colonne en double.</source>
        <translation>duplicate column.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>la colonne « Référence » est absente : aucune ligne de cette feuille ne peut être rapprochée.</source>
        <translation>the “Reference” column is missing: no row of this sheet can be matched.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>la cellule contient une formule ({formula}) ; seules les valeurs s&apos;importent : remplacez-la par sa valeur.</source>
        <translation>the cell holds a formula ({formula}); only values are imported: replace it with its value.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>référence(s) inconnue(s) ou au-delà de votre habilitation : {references}.</source>
        <translation>unknown reference(s), or beyond your clearance: {references}.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>ses feuilles dépassent ensemble {count} lignes.</source>
        <translation>its sheets together have more than {count} rows.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+6"/>
        <source>Lecture : {sheet}</source>
        <translation>Reading: {sheet}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>classification « {level} » au-dessus de votre habilitation ({clearance}).</source>
        <translation>classification “{level}” above your clearance ({clearance}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>votre rôle ne permet pas de créer cet enregistrement.</source>
        <translation>your role does not allow creating this record.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>colonne pour information : elle ne s&apos;importe pas ; laissez-la vide pour un nouvel enregistrement.</source>
        <translation>column for information: it is not imported; leave it empty for a new record.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>« {column} » est obligatoire pour un nouvel enregistrement.</source>
        <translation>“{column}” is required for a new record.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>la référence « {reference} » figure déjà plus haut dans la feuille.</source>
        <translation>reference “{reference}” already appears higher in the sheet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>référence « {reference} » inconnue dans la base ; pour créer un enregistrement, laissez la référence vide.</source>
        <translation>reference “{reference}” is unknown in the database; to create a record, leave the reference empty.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{reference} dépasse votre habilitation ({clearance}) : la ligne n&apos;est pas importée.</source>
        <translation>{reference} is above your clearance ({clearance}): the row is not imported.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>colonne pour information : ce changement ne s&apos;importe pas (« {old} » → « {new} ») ; faites-le dans l&apos;application.</source>
        <translation>column for information: this change is not imported (“{old}” → “{new}”); make it in the application.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>votre rôle ne permet pas de modifier cet enregistrement.</source>
        <translation>your role does not allow changing this record.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+74"/>
        <location filename="../../cabinet_desktop/exchange/workbook/safety.py" line="+166"/>
        <source>le fichier est tronqué ou endommagé ({reason}).</source>
        <translation>the file is truncated or damaged ({reason}).</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+76"/>
        <location filename="../../cabinet_desktop/exchange/workbook/safety.py" line="+3"/>
        <location line="+3"/>
        <source>son contenu XML est invalide ({reason}).</source>
        <translation>its XML content is invalid ({reason}).</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Feuille de métadonnées absente : les lignes qui nomment un enregistrement existant seront traitées comme des conflits.</source>
        <translation>Metadata sheet missing: rows naming an existing record will be treated as conflicts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ce n&apos;est pas un classeur d&apos;échange Cabinet Desktop (métadonnées illisibles).</source>
        <translation>it is not a Cabinet Desktop exchange workbook (unreadable metadata).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>format de classeur {version} inconnu de cette version de Cabinet Desktop (format {ours}).</source>
        <translation>workbook format {version} is unknown to this version of Cabinet Desktop (format {ours}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>il a été exporté d&apos;une autre base de données ; ses références n&apos;y désignent pas les mêmes enregistrements.</source>
        <translation>it was exported from another database; its references do not name the same records here.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Feuille inconnue ignorée : « {sheet} ».</source>
        <translation>Unknown sheet ignored: “{sheet}”.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Import refusé : le classeur contient {count} erreur(s) ; rien n&apos;a été enregistré.</source>
        <translation>Import refused: the workbook holds {count} error(s); nothing was saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import refusé : {count} ligne(s) en conflit avec des modifications faites dans la base depuis l&apos;export ; rien n&apos;a été enregistré.</source>
        <translation>Import refused: {count} row(s) conflict with changes made in the database since the export; nothing was saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import refusé : {count} ligne(s) dépassent vos droits ; rien n&apos;a été enregistré.</source>
        <translation>Import refused: {count} row(s) exceed your rights; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/exchange/workbook/labels.py" line="+61"/>
        <source>« {value} » désigne plusieurs enregistrements : choisissez dans la liste.</source>
        <translation>“{value}” names several records: choose from the list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>« {value} » ne figure pas dans la liste des valeurs admises.</source>
        <translation>“{value}” is not in the list of allowed values.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/exchange/workbook/layout.py" line="+28"/>
        <source>Notice</source>
        <extracomment>Version of the exchange format written in the metadata sheet; an import refuses a newer one.</extracomment>
        <translation>Notice</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Missions</source>
        <extracomment>Reference prefix of kinds without a reference of their own: the workbook names their rows ``CTC-412`` from the record&apos;s number, so an import matches them exactly. columns shown for information, never imported (workflow state, validation) many-to-many links (``dossier_ids``), last columns: the linked records&apos; references The one per-kind table of the exchange format.</extracomment>
        <translation>Missions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dossiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conventions</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Échanges</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cibles</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mesures</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Référence</source>
        <extracomment>Foreign keys named in the workbook by a label the user recognises, with a drop-down list.</extracomment>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/exchange/workbook/notice.py" line="-90"/>
        <source>Référence de l&apos;enregistrement ; vide pour une nouvelle ligne.</source>
        <translation>The record&apos;s reference; empty for a new row.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date JJ/MM/AAAA (27/11/2026).</source>
        <translation>Date DD/MM/YYYY (27/11/2026).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nombre entier.</source>
        <translation>Whole number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nombre (virgule décimale : 12,5).</source>
        <translation>Number (decimal comma: 12,5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Montant (1 500 000,00).</source>
        <translation>Amount (1 500 000,00).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liste : Oui, Non.</source>
        <translation>List: Yes, No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liste : {values}.</source>
        <translation>List: {values}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Liste : niveaux de classification jusqu&apos;à votre habilitation.</source>
        <translation>List: classification levels up to your clearance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Liste : une personne du cabinet ou du ministère.</source>
        <translation>List: a person of the cabinet or the ministry.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liste : un partenaire (« PAR-0012 — Nom » ou sa référence seule).</source>
        <translation>List: a partner (“PAR-0012 — Name” or its reference alone).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Liste : une attribution du cabinet (A01 à A13).</source>
        <translation>List: one of the cabinet&apos;s attributions (A01 to A13).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liste : un indicateur (« IND-001 — Intitulé » ou sa référence seule).</source>
        <translation>List: an indicator (“IND-001 — Name” or its reference alone).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Références des enregistrements liés, séparées par « ; » ({first}; {second}) ; vider la cellule retire les liens.</source>
        <translation>References of the linked records, separated by “;” ({first}; {second}); emptying the cell removes the links.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Texte ({count} caractères au plus).</source>
        <translation>Text ({count} characters at most).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Texte.</source>
        <translation>Text.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Classeur d&apos;échange Cabinet Desktop — Secrétariat général</source>
        <translation>Cabinet Desktop exchange workbook — General Secretariat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modèle vide produit par Cabinet Desktop le {date} pour {user}.</source>
        <translation>Empty template made by Cabinet Desktop on {date} for {user}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classeur produit par Cabinet Desktop le {date} pour {user}.</source>
        <translation>Workbook made by Cabinet Desktop on {date} for {user}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une feuille par type d&apos;enregistrement : {sheets}.</source>
        <translation>One sheet per kind of record: {sheets}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment remplir ce classeur</source>
        <translation>How to fill in this workbook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• Modifiez les cellules des lignes existantes sans toucher à la colonne « Référence » : c&apos;est elle qui relie chaque ligne à son enregistrement.</source>
        <translation>• Change the cells of existing rows without touching the “Reference” column: it links each row to its record.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• Pour créer un enregistrement, ajoutez une ligne et laissez sa « Référence » vide : Cabinet Desktop l&apos;attribue à l&apos;import.</source>
        <translation>• To create a record, add a row and leave its “Reference” empty: Cabinet Desktop gives it one at import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Supprimer une ligne ne supprime rien dans la base : la ligne est ignorée.</source>
        <translation>• Deleting a row deletes nothing in the database: the row is ignored.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Dates au format JJ/MM/AAAA (27/11/2026), nombres avec une virgule décimale (1 234,5) ; saisis comme du texte, ils sont aussi acceptés.</source>
        <translation>• Dates as DD/MM/YYYY (27/11/2026), numbers with a decimal comma (1 234,5); typed as text they are accepted too.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• Les colonnes à liste (flèche dans la cellule) n&apos;acceptent que les valeurs proposées : personnes, partenaires, attributions, indicateurs, statuts…</source>
        <translation>• Columns with a list (arrow in the cell) accept only the values offered: persons, partners, attributions, indicators, statuses…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• Les colonnes à en-tête gris sont données pour information (état du circuit, avis, validation) : elles ne s&apos;importent pas ; ces étapes se font dans l&apos;application.</source>
        <translation>• Columns with a grey header are for information (workflow state, opinion, validation): they are not imported; those steps are taken in the application.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• Les contacts, conventions, échanges, cibles et mesures n&apos;ont pas de référence propre : le classeur les nomme d&apos;après leur numéro (CTC-412, CNV-17, ECH-9, CIB-3, MES-120).</source>
        <translation>• Contacts, agreements, interactions, targets and measurements have no reference of their own: the workbook names them by their number (CTC-412, CNV-17, ECH-9, CIB-3, MES-120).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• N&apos;utilisez ni formules, ni cellules fusionnées, ni feuilles masquées : le classeur serait refusé à l&apos;import.</source>
        <translation>• Use no formulas, merged cells or hidden sheets: the workbook would be refused at import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Avant tout enregistrement, l&apos;import montre un aperçu : créations, modifications champ par champ, erreurs (feuille, ligne, colonne, motif) et conflits — les lignes modifiées dans la base depuis l&apos;export ne sont jamais écrasées.</source>
        <translation>• Before saving anything, the import shows a preview: creations, changes field by field, errors (sheet, row, column, reason) and conflicts — rows changed in the database since the export are never overwritten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• Ne supprimez pas les feuilles masquées « Listes » et « Metadonnees » : elles rendent l&apos;import exact.</source>
        <translation>• Do not delete the hidden sheets “Listes” and “Metadonnees”: they make the import exact.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feuilles et colonnes</source>
        <translation>Sheets and columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feuille</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contenu</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligatoire</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pour information : non importé.</source>
        <translation>For information: not imported.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/exchange/workbook/report.py" line="+26"/>
        <source>feuille « {sheet} », ligne {row}, colonne « {column} » ({letter})</source>
        <translation>sheet “{sheet}”, row {row}, column “{column}” ({letter})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>feuille « {sheet} », ligne {row}</source>
        <translation>sheet “{sheet}”, row {row}</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Import de « {name} » :</source>
        <extracomment>who saved the record after the export, and when (filled once the file is read)</extracomment>
        <translation>Import of “{name}”:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  {new} création(s), {changed} modification(s), {unchanged} ligne(s) inchangée(s), {errors} erreur(s), {conflicts} conflit(s), {refused} ligne(s) refusée(s).</source>
        <translation>  {new} creation(s), {changed} change(s), {unchanged} unchanged row(s), {errors} error(s), {conflicts} conflict(s), {refused} refused row(s).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  + {place} : nouveau — {summary}</source>
        <translation>  + {place}: new — {summary}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  ~ {reference} ({place}) :</source>
        <translation>  ~ {reference} ({place}):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  ! conflit {reference} ({place}) : modifié dans la base depuis l&apos;export (version {exported} → {current}) ; la ligne n&apos;est pas importée.</source>
        <translation>  ! conflict {reference} ({place}): changed in the database since the export (version {exported} → {current}); the row is not imported.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  ✗ refusé — {problem}</source>
        <translation>  ✗ refused — {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  ✗ erreur — {problem}</source>
        <translation>  ✗ error — {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  … et {count} ligne(s) de plus (non détaillées ici).</source>
        <translation>  … and {count} more row(s) (not detailed here).</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/exchange/workbook/safety.py" line="-128"/>
        <source>Classeur « {name} » refusé : {reason}</source>
        <translation>Workbook “{name}” refused: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>il est protégé par un mot de passe. Enregistrez-le sans mot de passe (Fichier › Informations › Protéger le classeur) puis importez-le de nouveau.</source>
        <translation>it is protected by a password. Save it without a password (File › Info › Protect Workbook) and import it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>c&apos;est un fichier Excel 97-2003 (.xls). Enregistrez-le au format Classeur Excel (.xlsx) puis importez-le de nouveau.</source>
        <translation>it is an Excel 97-2003 file (.xls). Save it as an Excel Workbook (.xlsx) and import it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lecture impossible ({reason}).</source>
        <translation>cannot be read ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>le fichier dépasse {size} Mo.</source>
        <translation>the file is larger than {size} MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>ce n&apos;est pas un classeur Excel (.xlsx).</source>
        <translation>it is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>il contient trop de parties ({count}).</source>
        <translation>it holds too many parts ({count}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sa taille une fois décompressé est anormale (partie « {part} » : {size} octets pour {packed} compressés) ; c&apos;est peut-être une « bombe zip ».</source>
        <translation>its inflated size is abnormal (part “{part}”: {size} bytes for {packed} compressed); it may be a “zip bomb”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+22"/>
        <source>il contient des liaisons vers d&apos;autres classeurs. Supprimez-les (Données › Modifier les liens) puis importez-le de nouveau.</source>
        <translation>it holds links to other workbooks. Remove them (Data › Edit Links) and import it again.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>la partie « {part} » déclare des entités XML, ce qu&apos;un classeur Excel ne fait jamais.</source>
        <translation>part “{part}” declares XML entities, which an Excel workbook never does.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>il utilise le calendrier 1904 (Excel pour Mac ancien) : les dates seraient décalées de quatre ans. Décochez « Utiliser le calendrier depuis 1904 » dans les options d&apos;Excel puis importez-le de nouveau.</source>
        <translation>it uses the 1904 date system (old Excel for Mac): dates would be four years off. Untick “Use 1904 date system” in Excel&apos;s options and import it again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>la feuille « {sheet} » est masquée. Affichez-la (clic droit sur un onglet › Afficher) ou supprimez-la, puis importez-le de nouveau.</source>
        <translation>sheet “{sheet}” is hidden. Show it (right-click a tab › Unhide) or delete it, then import it again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>il contient des cellules fusionnées. Annulez la fusion (Accueil › Fusionner et centrer) puis importez-le de nouveau.</source>
        <translation>it holds merged cells. Unmerge them (Home › Merge &amp; Center) and import it again.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/exchange/workbook/writer.py" line="+178"/>
        <source>Valeur non admise</source>
        <translation>Value not allowed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez une valeur dans la liste (colonne « {column} »).</source>
        <translation>Choose a value from the list (column “{column}”).</translation>
    </message>
</context>
<context>
    <name>WorkbookActions</name>
    <message>
        <location filename="../../cabinet_desktop/ui/exchange/export_choice.py" line="+28"/>
        <location filename="../../cabinet_desktop/ui/exchange/workbook_actions.py" line="+252"/>
        <source>Exporter vers Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un classeur pour le Secrétariat général : une feuille par type d&apos;enregistrement, avec les listes de choix, une notice et de quoi réimporter les modifications. Seul ce que votre habilitation permet de voir est exporté (sans les archives).</source>
        <translation>A workbook for the General Secretariat: one sheet per kind of record, with the choice lists, a notice and what is needed to import the changes back. Only what your clearance lets you see is exported (without archives).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tout co&amp;cher</source>
        <translation>&amp;Check all</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tout &amp;décocher</source>
        <translation>&amp;Uncheck all</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Exporter…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/exchange/workbook_actions.py" line="-194"/>
        <source>« {path} » est un dossier.</source>
        <translation>“{path}” is a folder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le dossier « {folder} » n&apos;existe pas.</source>
        <translation>the folder “{folder}” does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vous ne pouvez pas écrire dans le dossier « {folder} ».</source>
        <translation>you cannot write in the folder “{folder}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>le fichier existe et il est protégé en écriture.</source>
        <translation>the file exists and is write-protected.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impossible d&apos;utiliser le fichier « {file} » : {reason}.</source>
        <translation>Cannot use the file “{file}”: {reason}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>E&amp;xporter vers Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Modèle vide pour le Secrétariat général…</source>
        <translation>Empty &amp;template for the General Secretariat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Importer un classeur Excel…</source>
        <translation>&amp;Import an Excel workbook…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporter les lignes &amp;filtrées vers Excel…</source>
        <translation>Export the &amp;filtered rows to Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporter vers Excel les lignes que la liste affiche (ses filtres appliqués)</source>
        <translation>Export to Excel the rows the list shows (its filters applied)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporter la &amp;sélection vers Excel…</source>
        <translation>Export the &amp;selection to Excel…</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Impossible d&apos;écrire « {file} » : {reason}

Choisissez un autre emplacement.</source>
        <translation>Cannot write “{file}”: {reason}

Choose another place.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Modèle vide pour le Secrétariat général</source>
        <translation>Empty template for the General Secretariat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>modele</source>
        <translation>template</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporter les lignes filtrées</source>
        <translation>Export the filtered rows</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporter la sélection</source>
        <translation>Export the selection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selection</source>
        <translation>selection</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export vers Excel en cours…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export annulé : aucun fichier écrit.</source>
        <translation>Export cancelled: no file written.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Classeur écrit : {file}

{count} ligne(s) exportée(s) :
{lines}</source>
        <translation>Workbook written: {file}

{count} row(s) exported:
{lines}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export vers Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classeur écrit : {file}</source>
        <translation>Workbook written: {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <source>Importer un classeur Excel</source>
        <translation>Import an Excel workbook</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Vérification du classeur…</source>
        <translation>Checking the workbook…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Import annulé : rien n&apos;a été enregistré.</source>
        <translation>Import cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Enregistrement de l&apos;import…</source>
        <translation>Saving the import…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import enregistré : {new} création(s), {changed} modification(s).</source>
        <translation>Import saved: {new} creation(s), {changed} change(s).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enregistrer le classeur d&apos;erreurs</source>
        <translation>Save the error workbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}-erreurs.xlsx</source>
        <translation>{name}-errors.xlsx</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choisissez un autre nom que celui du classeur reçu.</source>
        <translation>Choose a name other than the received workbook&apos;s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Classeur d&apos;erreurs écrit : {file} ({count} cellule(s) marquée(s)).</source>
        <translation>Error workbook written: {file} ({count} cell(s) marked).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Écriture du classeur d&apos;erreurs…</source>
        <translation>Writing the error workbook…</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../cabinet_desktop/services/circuit.py" line="-76"/>
        <source>Le dossier {reference} est « {source} » : il ne peut pas passer à « {target} ».</source>
        <translation>File {reference} is “{source}”: it cannot move to “{target}”.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Dossier {reference} — Commentaire : un commentaire est obligatoire pour passer à « {target} ».</source>
        <extracomment>who may be imputed a dossier: the cabinet members whose account may propose its avis, conseillers first</extracomment>
        <translation>File {reference} — Comment: a comment is required to move to “{target}”.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Dossier {reference} — Avis : choisissez le sens de l&apos;avis ({choices}).</source>
        <translation>File {reference} — Opinion: choose the opinion ({choices}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dossier {reference} — Texte de l&apos;avis : rédigez l&apos;avis avant de le proposer ou de le valider.</source>
        <translation>File {reference} — Opinion text: write the opinion before proposing or validating it.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Avis : « {value} » n&apos;est pas un sens d&apos;avis ({choices}).</source>
        <translation>Opinion: “{value}” is not an opinion ({choices}).</translation>
    </message>
</context>
</TS>
