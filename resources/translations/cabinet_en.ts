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
        <location filename="../../cabinet_desktop/services/account_records.py" line="+82"/>
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
        <location line="+91"/>
        <source>Base de données indisponible</source>
        <extracomment>Delay after the sign-in dialog opens before the window&apos;s code loads behind it. What signing in and :func:`open_window` import, loaded ahead by :func:`load_window_code`: the accounts service first (it brings SQLAlchemy&apos;s ORM and the mappings, about 0.15 s, which the sign-in dialog does not wait for). Delay after the window opens before the list panes&apos; code loads behind it. What the first list pane needs, loaded ahead by :func:`load_pane_code`.</extracomment>
        <translation>Database unavailable</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../cabinet_desktop/services/dossiers.py" line="+177"/>
        <source>Pièce jointe « {name} » : {size}, au-delà de la limite de {limit} Mo fixée dans les paramètres.</source>
        <translation>Attachment “{name}”: {size}, above the {limit} MB limit set in the settings.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>La pièce jointe « {name} » est altérée : son empreinte ne correspond plus.</source>
        <translation>The attachment “{name}” has been altered: its fingerprint no longer matches.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/shell/attachments.py" line="+67"/>
        <source>Joindre des fichiers au dossier</source>
        <translation>Attach files to the dossier</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../../cabinet_desktop/services/batch.py" line="+42"/>
        <source>Enregistrement</source>
        <translation>Saving</translation>
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
        <location line="+36"/>
        <location line="+186"/>
        <source>Rubrique « {section} » : votre rôle ({role}) ne permet pas d&apos;en lire les données.</source>
        <extracomment>The fields of a dossier&apos;s sheet in a pack, in reading order.</extracomment>
        <translation>Section “{section}”: your role ({role}) may not read its data.</translation>
    </message>
    <message>
        <location line="-108"/>
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
        <location line="+119"/>
        <source>{before} › {after}</source>
        <translation>{before} › {after}</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/briefings.py" line="+107"/>
        <source>émise</source>
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
        <location line="+59"/>
        <source>N° {reference}</source>
        <translation>No. {reference}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>La note {reference} a été émise : elle ne peut plus être modifiée. Dupliquez-la pour en préparer une nouvelle version.</source>
        <translation>Note {reference} has been issued: it can no longer be changed. Duplicate it to prepare a new version.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+155"/>
        <source>La note {reference} a été modifiée par quelqu&apos;un d&apos;autre : rouvrez-la.</source>
        <translation>Note {reference} was changed by someone else: open it again.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Secrétariat général</source>
        <translation>General Secretariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabinet</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Le {function}</source>
        <translation>The {function}</translation>
    </message>
    <message>
        <location line="+23"/>
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
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../cabinet_desktop/ui/panes/chart.py" line="+63"/>
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
        <location line="+3"/>
        <source>Valeur mesurée</source>
        <translation>Measured value</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <translation>check the installation end to end on a temporary database (database, journal, PDF note, workbook, sign-in dialog)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seulement afficher la fenêtre de connexion sur la base --database, puis quitter (mesure du démarrage)</source>
        <translation>only show the sign-in dialog on the --database database, then quit (start-up measurement)</translation>
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
    <name>Dashboard</name>
    <message>
        <location filename="../../cabinet_desktop/ui/panes/dashboard.py" line="+79"/>
        <source>{n} j</source>
        <extracomment>Widest a name column may grow in a card (pixels); the text column takes the rest.</extracomment>
        <translation>{n} d</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{total} (les {shown} premiers)</source>
        <translation>{total} (first {shown})</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+59"/>
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
        <location line="+8"/>
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
        <location line="+85"/>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location filename="../../cabinet_desktop/demo/builder.py" line="+281"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+43"/>
        <source>Cibles</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mesures</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Dossiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Étapes de circuit</source>
        <translation>Workflow steps</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Liens entre enregistrements</source>
        <translation>Links between records</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../cabinet_desktop/ui/panes/details.py" line="+163"/>
        <source>en retard de {n} jour(s)</source>
        <extracomment>list tables take 99 %, not 100 %: Qt rounds 100 % one pixel wider than the viewport, which put a horizontal scrollbar under most detail panels how many characters of a long text a list cell shows (the whole text is its tooltip) the detail panel wraps at word boundaries only (a name is never cut in two): words longer than this get break opportunities (file names, identifiers, digests)</extracomment>
        <translation>{n} day(s) late</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Aucun avis proposé pour le moment.</source>
        <translation>No opinion proposed yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+114"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>joindre des fichiers (ou déposez-les sur la liste)</source>
        <translation>attach files (or drop them on the list)</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../cabinet_desktop/services/journal_changes.py" line="+55"/>
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
        <location filename="../../cabinet_desktop/ui/panes/details.py" line="+44"/>
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
        <location line="+32"/>
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
        <location filename="../../cabinet_desktop/services/journal_changes.py" line="-6"/>
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
        <location filename="../../cabinet_desktop/services/journal_changes.py" line="+4"/>
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
        <location line="+1"/>
        <source>Méthode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Engagé / décaissé</source>
        <translation>Committed / disbursed</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <source>Par</source>
        <translation>By</translation>
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
        <location filename="../../cabinet_desktop/ui/shell/editing.py" line="+63"/>
        <location line="+79"/>
        <source>&amp;Annuler</source>
        <extracomment>The kinds a list pane edits with a form (notes have their composer, the journal is read-only).</extracomment>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+80"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="-78"/>
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
        <location line="+59"/>
        <source>Arc&amp;hiver</source>
        <translation>Arc&amp;hive</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nouvelle &amp;personne du cabinet…</source>
        <translation>New cabinet &amp;person…</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location line="+10"/>
        <source>Cabinet Desktop</source>
        <translation>Cabinet Desktop</translation>
    </message>
    <message>
        <location line="+107"/>
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
        <source>Enquête</source>
        <translation>Survey</translation>
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
        <source>Hors cible</source>
        <translation>Off target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
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
        <source>À surveiller</source>
        <translation>To watch</translation>
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
        <location filename="../../cabinet_desktop/exchange/workbook/export.py" line="+61"/>
        <location line="+33"/>
        <location filename="../../cabinet_desktop/exchange/workbook/notice.py" line="+121"/>
        <location filename="../../cabinet_desktop/formatting.py" line="+84"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <location filename="../../cabinet_desktop/formatting.py" line="+0"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../cabinet_desktop/ui/dialogs/form_fields.py" line="+198"/>
        <source>JJ/MM/AAAA</source>
        <extracomment>``search(kind, text)`` → ``[(id, label)]`` of records matching ``text`` (run on a worker)</extracomment>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choisir dans le calendrier</source>
        <translation>Pick from the calendar</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Tapez pour chercher…</source>
        <translation>Type to search…</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../../cabinet_desktop/ui/dialogs/record_form.py" line="+153"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>* champ obligatoire</source>
        <translation>* required field</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nouveau : {kind}</source>
        <extracomment>the values the edit is based on, and those saved (undo restores the first)</extracomment>
        <translation>New: {kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} {reference}</source>
        <translation>{kind} {reference}</translation>
    </message>
    <message>
        <location line="+137"/>
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
        <location filename="../../cabinet_desktop/ui/shell/main_window.py" line="+150"/>
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
        <location line="+167"/>
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
    <name>Panes</name>
    <message>
        <location filename="../../tools/generated/data_messages.py" line="+1"/>
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
        <location filename="../../cabinet_desktop/ui/panes/filter_bar.py" line="+56"/>
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
        <location line="+8"/>
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
        <location line="+16"/>
        <source>Laisser « — » pour ne pas borner</source>
        <translation>Leave “—” for no limit</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/ui/panes/list_pane.py" line="+139"/>
        <source>Modifier…</source>
        <extracomment>the least and the greatest default width of the detail panel « open », « save » or « remove », the attachment&apos;s id and version (detail panel links) files dropped on the list or the detail panel (local paths), for the current record</extracomment>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modifier la fiche (F2, Entrée ou double-clic dans la liste)</source>
        <translation>Edit the record (F2, Enter or double-click in the list)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>au moins {shown} affichés sur {total} (comptage…)</source>
        <extracomment>True once the user has moved the splitter: the default split no longer applies</extracomment>
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
    <name>RecordTableModel</name>
    <message>
        <location filename="../../cabinet_desktop/ui/panes/table_model.py" line="+307"/>
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
        <location line="+236"/>
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
        <location line="+60"/>
        <source>{kind} ne s&apos;archive pas.</source>
        <translation>{kind} cannot be archived.</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/briefings.py" line="-318"/>
        <location filename="../../cabinet_desktop/services/dossiers.py" line="-69"/>
        <location filename="../../cabinet_desktop/services/records.py" line="-194"/>
        <source>Vous ne pouvez pas classer un enregistrement au-dessus de votre habilitation ({clearance}).</source>
        <translation>You cannot classify a record above your clearance ({clearance}).</translation>
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
        <translation>Record</translation>
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
        <translation>new database created ({path}, schema {revision}), accounts created, sign-in succeeded</translation>
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
        <translation>the sign-in dialog did not show</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fenêtre de connexion « {title} » affichée hors écran ({platform})</source>
        <translation>sign-in dialog “{title}” shown off screen ({platform})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>selftest --sign-in-only : indiquez la base avec --database.</source>
        <translation>selftest --sign-in-only: name the database with --database.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../cabinet_desktop/ui/shell/session.py" line="+37"/>
        <source>Changer mon &amp;mot de passe…</source>
        <extracomment>the organisation&apos;s settings were saved from « Paramètres… » (title, lock delay follow)</extracomment>
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
        <location filename="../../cabinet_desktop/ui/shell/session.py" line="+34"/>
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
        <location filename="../../cabinet_desktop/services/settings.py" line="+71"/>
        <source>Paramètre inconnu : {names}.</source>
        <translation>Unknown setting: {names}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seuils invalides : il faut 0 ≤ orange ≤ vert ≤ 100 % (ici orange {amber:.0%}, vert {green:.0%}).</source>
        <translation>Invalid thresholds: 0 ≤ amber ≤ green ≤ 100 % is required (here amber {amber:.0%}, green {green:.0%}).</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location filename="../../cabinet_desktop/ui/panes/settings_pane.py" line="+110"/>
        <source>(aucun logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location line="-28"/>
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
        <location line="+20"/>
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
        <location line="+47"/>
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
        <source>Seuil ver&amp;t (atteinte ≥) :</source>
        <translation>&amp;Green threshold (achievement ≥):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Seuil &amp;orange (atteinte ≥) :</source>
        <translation>Amb&amp;er threshold (achievement ≥):</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../../cabinet_desktop/ui/undo.py" line="+81"/>
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
        <location line="+41"/>
        <source>Annuler : {label}</source>
        <translation>Undo: {label}</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/undo.py" line="+48"/>
        <source>Cette action ne peut pas être annulée : seules vos propres modifications le peuvent.</source>
        <translation>This action cannot be undone: only your own changes can be.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cette modification ne peut pas être annulée : aucun de ses champs ne se modifie ici.</source>
        <translation>This change cannot be undone: none of its fields can be edited here.</translation>
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
        <location filename="../../cabinet_desktop/ui/dialogs/user_dialog.py" line="+57"/>
        <source>Nouveau compte</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte « {login} »</source>
        <translation>Account “{login}”</translation>
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
        <location line="+7"/>
        <location line="+92"/>
        <location filename="../../cabinet_desktop/services/validation.py" line="+89"/>
        <location filename="../../cabinet_desktop/ui/dialogs/record_form.py" line="-123"/>
        <source>ce champ est obligatoire.</source>
        <translation>this field is required.</translation>
    </message>
    <message>
        <location line="-73"/>
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
        <location filename="../../cabinet_desktop/exchange/workbook/importer.py" line="+117"/>
        <location filename="../../cabinet_desktop/services/validation.py" line="-46"/>
        <source>{kind} — {field} : {problem}</source>
        <extracomment>Longest free text (a column without its own length): 50,000 characters, about twenty pages. PostgreSQL&apos;s search index refuses a record whose words pass 1 MiB; SQLite would store it: the same limit here keeps both backends alike.</extracomment>
        <translation>{kind} — {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/services/validation.py" line="+60"/>
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
        <location line="+9"/>
        <source>adresse invalide « {value} ».</source>
        <translation>invalid address “{value}”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>doit être positif (ici {value}).</source>
        <translation>must be positive (here {value}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>période invalide « {value} » (exemples : 2026, 2026-S1, 2026-T3, 2026-07).</source>
        <translation>invalid period “{value}” (examples: 2026, 2026-S1, 2026-T3, 2026-07).</translation>
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
        <location line="+179"/>
        <source>la feuille « {sheet} » dépasse {count} lignes.</source>
        <translation>sheet “{sheet}” has more than {count} rows.</translation>
    </message>
    <message>
        <location line="-78"/>
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
        <location line="+57"/>
        <source>ses feuilles dépassent ensemble {count} lignes.</source>
        <translation>its sheets together have more than {count} rows.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Lecture : {sheet}</source>
        <translation>Reading: {sheet}</translation>
    </message>
    <message>
        <location line="+52"/>
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
        <location line="+18"/>
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
        <location line="+24"/>
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
        <location line="+29"/>
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
        <location filename="../../cabinet_desktop/exchange/workbook/layout.py" line="+27"/>
        <source>Notice</source>
        <extracomment>Version of the exchange format written in the metadata sheet; an import refuses a newer one.</extracomment>
        <translation>Notice</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Missions</source>
        <extracomment>Reference prefix of kinds without a reference of their own: the workbook names their rows ``CTC-412`` from the record&apos;s number, so an import matches them exactly. columns shown for information, never imported (workflow state, validation) The one per-kind table of the exchange format.</extracomment>
        <translation>Missions</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+2"/>
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
        <location line="+85"/>
        <source>Référence</source>
        <extracomment>Foreign keys named in the workbook by a label the user recognises, with a drop-down list.</extracomment>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../cabinet_desktop/exchange/workbook/notice.py" line="-85"/>
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
        <location line="+3"/>
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
        <location filename="../../cabinet_desktop/exchange/workbook/report.py" line="+25"/>
        <source>feuille « {sheet} », ligne {row}, colonne « {column} » ({letter})</source>
        <translation>sheet “{sheet}”, row {row}, column “{column}” ({letter})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>feuille « {sheet} », ligne {row}</source>
        <translation>sheet “{sheet}”, row {row}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Import de « {name} » :</source>
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
    <name>Workflow</name>
    <message>
        <location filename="../../cabinet_desktop/services/dossiers.py" line="-121"/>
        <source>Le dossier {reference} est « {source} » : il ne peut pas passer à « {target} ».</source>
        <translation>File {reference} is “{source}”: it cannot move to “{target}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le rôle « {role} » ne permet pas de faire passer un dossier de « {source} » à « {target} ».</source>
        <translation>The role “{role}” may not move a file from “{source}” to “{target}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier {reference} — Commentaire : un commentaire est obligatoire pour passer à « {target} ».</source>
        <translation>File {reference} — Comment: a comment is required to move to “{target}”.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Dossier {reference} — Avis : choisissez le sens de l&apos;avis ({choices}).</source>
        <translation>File {reference} — Opinion: choose the opinion ({choices}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dossier {reference} — Texte de l&apos;avis : rédigez l&apos;avis avant de le proposer ou de le valider.</source>
        <translation>File {reference} — Opinion text: write the opinion before proposing or validating it.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Avis : « {value} » n&apos;est pas un sens d&apos;avis ({choices}).</source>
        <translation>Opinion: “{value}” is not an opinion ({choices}).</translation>
    </message>
</context>
</TS>
