<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnnouncementWriter</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1: you find your own lodging.</source>
        <translation>%1 : vous vous logez par vos propres moyens.</translation>
    </message>
    <message>
        <source>%1: you find your own lodging; meals taken at the venue are paid one by one (%2).</source>
        <translation>%1 : vous vous logez par vos propres moyens ; les repas pris sur place sont payés à l'unité (%2).</translation>
    </message>
    <message>
        <source>%1: %2 per person per night, plus a supplement of %3 per night, meals included.</source>
        <translation>%1 : %2 par personne et par nuit, plus un supplément de %3 par nuit, repas compris.</translation>
    </message>
    <message>
        <source>%1: %2 per person per night, plus a supplement of %3 per night, meals not included.</source>
        <translation>%1 : %2 par personne et par nuit, plus un supplément de %3 par nuit, repas non compris.</translation>
    </message>
    <message>
        <source>%1: %2 per person per night, meals included.</source>
        <translation>%1 : %2 par personne et par nuit, repas compris.</translation>
    </message>
    <message>
        <source>%1: %2 per person per night, meals not included.</source>
        <translation>%1 : %2 par personne et par nuit, repas non compris.</translation>
    </message>
    <message>
        <source>%1: register now!</source>
        <translation>%1 : inscrivez-vous !</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1 : annulé</translation>
    </message>
    <message>
        <source>%1 takes place online %2.</source>
        <translation>%1 se tiendra en ligne %2.</translation>
    </message>
    <message>
        <source>%1 takes place %2 at %3.</source>
        <translation>%1 se tiendra %2 à %3.</translation>
    </message>
    <message>
        <source>%1 takes place %2.</source>
        <translation>%1 se tiendra %2.</translation>
    </message>
    <message>
        <source>You can also take part online.</source>
        <translation>Vous pourrez aussi participer en ligne.</translation>
    </message>
    <message>
        <source>Days of travel and setup: %1.</source>
        <translation>Jours de transit et de mise en place : %1.</translation>
    </message>
    <message>
        <source>We will be hosted at %1.</source>
        <translation>Nous serons accueillis à %1.</translation>
    </message>
    <message>
        <source>We will be hosted at %1, %2.</source>
        <translation>Nous serons accueillis à %1, %2.</translation>
    </message>
    <message>
        <source>Lodging is full board: breakfast, lunch and dinner are included in the price per night.</source>
        <translation>L'hébergement est en pension complète : petit-déjeuner, déjeuner et dîner sont compris dans le prix de la nuit.</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Please register *by %1 at the latest*.</source>
        <translation>Merci de vous inscrire *au plus tard le %1*.</translation>
    </message>
    <message>
        <source>Places are limited: %1 participants at most.</source>
        <translation>Les places sont limitées : %1 participants au plus.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>On the programme: %1.</source>
        <translation>Au programme : %1.</translation>
    </message>
    <message>
        <source>Participation fees</source>
        <translation>Frais de participation</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>Access to the system keychain was refused: allow Convivium to use it to keep the Grist API key.</source>
        <translation>L'accès au trousseau du système a été refusé : autorisez Convivium à l'utiliser pour garder la clé d'API Grist.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1), so the Grist API key cannot be kept safely. Open a desktop session with a keyring (GNOME Keyring or KWallet) unlocked; on the command line, set the environment variable %2 to the key instead.</source>
        <translation>Le trousseau du système n'est pas utilisable (%1) : la clé d'API Grist ne peut pas être gardée en sécurité. Ouvrez une session de bureau avec un trousseau déverrouillé (GNOME Keyring ou KWallet) ; en ligne de commande, donnez plutôt la clé dans la variable d'environnement %2.</translation>
    </message>
    <message>
        <source>No Grist API key is stored for %1: enter it in the event's Grist settings, or set the environment variable %2 to the key.</source>
        <translation>Aucune clé d'API Grist n'est enregistrée pour %1 : saisissez-la dans les réglages Grist de l'évènement, ou donnez-la dans la variable d'environnement %2.</translation>
    </message>
</context>
<context>
    <name>AttendeesButton</name>
    <message>
        <source>Attendees</source>
        <translation>Participant·es</translation>
    </message>
    <message>
        <source>Add members first, on the Members tab</source>
        <translation>Ajoutez d'abord des membres, dans l'onglet Membres</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n participant·e</numerusform>
            <numerusform>%n participant·es</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Could not write the history of the change: %1</source>
        <translation>Impossible d'écrire l'historique de la modification : %1</translation>
    </message>
</context>
<context>
    <name>AutoBackups</name>
    <message>
        <source>Could not create the folder for automatic backups, %1.</source>
        <translation>Impossible de créer le dossier des sauvegardes automatiques, %1.</translation>
    </message>
    <message>
        <source>Could not write the automatic backup %1: %2</source>
        <translation>Impossible d’écrire la sauvegarde automatique %1 : %2</translation>
    </message>
    <message>
        <source>%1 already exists: restore into a new file.</source>
        <translation>%1 existe déjà : restaurez dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder does not exist or is read-only.</source>
        <translation>Impossible d’écrire %1 : le dossier n’existe pas ou est en lecture seule.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>Cette sauvegarde ne peut pas être restaurée : %1</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>The %1 command takes no arguments: say where to write with --output &lt;file&gt;.</source>
        <translation>La commande %1 ne prend pas d'argument : indiquez où écrire avec --output &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>Say where to write the backup: add --output &lt;file&gt;.</source>
        <translation>Indiquez où écrire la sauvegarde : ajoutez --output &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>Wrote the backup of %1 into %2.</source>
        <translation>Sauvegarde de %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>Say which backup to restore: restore community.json --db new.convivium</source>
        <translation>Indiquez quelle sauvegarde restaurer : restore communaute.json --db nouvelle.convivium</translation>
    </message>
    <message>
        <source>Restored %1 into %2 (rows: %3).</source>
        <translation>%1 restaurée dans %2 (lignes : %3).</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n'a été écrit.</translation>
    </message>
    <message>
        <source>%1 is not a Convivium backup, or it is damaged: it is not valid JSON (%2, at byte %3).</source>
        <translation>%1 n'est pas une sauvegarde Convivium, ou elle est abîmée : ce n'est pas du JSON valide (%2, à l'octet %3).</translation>
    </message>
    <message>
        <source>%1 is not a Convivium backup.</source>
        <translation>%1 n'est pas une sauvegarde Convivium.</translation>
    </message>
    <message>
        <source>%1 does not say which backup format it uses.</source>
        <translation>%1 n'indique pas son format de sauvegarde.</translation>
    </message>
    <message>
        <source>%1 was written in a newer backup format (%2; this version reads up to %3). Update Convivium to restore it.</source>
        <translation>%1 a été écrite dans un format de sauvegarde plus récent (%2 ; cette version lit jusqu'au %3). Mettez Convivium à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>%1 does not say which schema version it was written with.</source>
        <translation>%1 n'indique pas la version de schéma avec laquelle elle a été écrite.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Convivium (schema %2; this version reads up to %3). Update Convivium to restore it.</source>
        <translation>%1 a été écrite par une version plus récente de Convivium (schéma %2 ; cette version lit jusqu'au %3). Mettez Convivium à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no list of tables.</source>
        <translation>%1 est abîmée : elle n'a pas de liste de tables.</translation>
    </message>
    <message>
        <source>%1 is damaged: table number %2 has no name.</source>
        <translation>%1 est abîmée : la table n° %2 n'a pas de nom.</translation>
    </message>
    <message>
        <source>%1 is damaged: the table %2 appears twice.</source>
        <translation>%1 est abîmée : la table %2 apparaît deux fois.</translation>
    </message>
    <message>
        <source>%1 is damaged: the columns of the table %2 are not listed.</source>
        <translation>%1 est abîmée : les colonnes de la table %2 ne sont pas listées.</translation>
    </message>
    <message>
        <source>%1 is damaged: the table %2 does not say its last id.</source>
        <translation>%1 est abîmée : la table %2 n'indique pas son dernier identifiant.</translation>
    </message>
    <message>
        <source>%1 is damaged: the table %2 has no list of rows.</source>
        <translation>%1 est abîmée : la table %2 n'a pas de liste de lignes.</translation>
    </message>
    <message>
        <source>%1 holds a table %2 that schema %3 does not have.</source>
        <translation>%1 contient une table %2 que le schéma %3 n'a pas.</translation>
    </message>
    <message>
        <source>%1 is incomplete: the table %2 is missing.</source>
        <translation>%1 est incomplète : la table %2 manque.</translation>
    </message>
    <message>
        <source>%1 is incomplete: the table %2 has no column %3.</source>
        <translation>%1 est incomplète : la table %2 n'a pas de colonne %3.</translation>
    </message>
    <message>
        <source>%1 is damaged: the column %2 of the table %3 is unknown or listed twice.</source>
        <translation>%1 est abîmée : la colonne %2 de la table %3 est inconnue ou listée deux fois.</translation>
    </message>
    <message>
        <source>%1 is damaged: row %2 of the table %3 has %4 values for %5 columns.</source>
        <translation>%1 est abîmée : la ligne %2 de la table %3 a %4 valeurs pour %5 colonnes.</translation>
    </message>
    <message>
        <source>%1 is damaged: in row %2 of the table %3, the column %4 holds neither text, a whole number nor null.</source>
        <translation>%1 est abîmée : à la ligne %2 de la table %3, la colonne %4 ne contient ni texte, ni nombre entier, ni valeur nulle.</translation>
    </message>
    <message>
        <source>%1: the table %2 cannot be restored. %3</source>
        <translation>%1 : la table %2 ne peut pas être restaurée. %3</translation>
    </message>
    <message>
        <source>%1 is damaged: row %2 of the table %3 refers to a record of the table %4 that is not in the backup.</source>
        <translation>%1 est abîmée : la ligne %2 de la table %3 renvoie à un enregistrement de la table %4 absent de la sauvegarde.</translation>
    </message>
    <message>
        <source>The column %1 of the table %2 holds a value that is neither text, a whole number nor null (row %3); the backup was not written.</source>
        <translation>La colonne %1 de la table %2 contient une valeur qui n'est ni du texte, ni un nombre entier, ni nulle (ligne %3) ; la sauvegarde n'a pas été écrite.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Convivium file.</source>
        <translation>%1 est un dossier, pas un fichier Convivium.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder does not exist or is read-only.</source>
        <translation>Impossible de créer %1 : le dossier n'existe pas ou est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 already holds a community; it was left unchanged. A backup is restored only into a new file or an empty one: choose a new file name.</source>
        <translation>%1 contient déjà une communauté ; il n'a pas été modifié. Une sauvegarde ne se restaure que dans un fichier nouveau ou vide : choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup.</source>
        <translation>%1 est un dossier, pas une sauvegarde.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>La sauvegarde %1 n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>Impossible de lire la sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: the database was not closed cleanly.</source>
        <translation>Impossible de terminer l'écriture de %1 : la base n'a pas été fermée proprement.</translation>
    </message>
    <message>
        <source>Cannot replace %1: it could not be removed.</source>
        <translation>Impossible de remplacer %1 : il n'a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>Cannot write %1: the restored file could not be moved there.</source>
        <translation>Impossible d'écrire %1 : le fichier restauré n'a pas pu y être déplacé.</translation>
    </message>
    <message>
        <source>%1 is damaged: a row refers to a record that is not in the backup (%2).</source>
        <translation>%1 est abîmée : une ligne renvoie à un enregistrement absent de la sauvegarde (%2).</translation>
    </message>
    <message>
        <source>%1 already holds a community; it was left unchanged. A backup is restored only into an empty database.</source>
        <translation>%1 contient déjà une communauté ; elle n'a pas été modifiée. Une sauvegarde ne se restaure que dans une base vide.</translation>
    </message>
</context>
<context>
    <name>BadgesReport</name>
    <message>
        <source>Name badges</source>
        <translation>Badges nominatifs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Repère</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Première rencontre</translation>
    </message>
</context>
<context>
    <name>BulkInsert</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>CalendarWriter</name>
    <message>
        <source>Topics: %1</source>
        <translation>Thèmes : %1</translation>
    </message>
    <message>
        <source>Travel and setup days: %1</source>
        <translation>Jours de transit et de mise en place : %1</translation>
    </message>
    <message>
        <source>Registration deadline: %1</source>
        <translation>Date limite d'inscription : %1</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>The calendar could not be built: %1</source>
        <translation>Le calendrier n'a pas pu être construit : %1</translation>
    </message>
    <message>
        <source>The event “%1” has no valid dates; the calendar was not written.</source>
        <translation>L'évènement « %1 » n'a pas de dates valides ; le calendrier n'a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run "%1 --help" to see the commands and options.</source>
        <translation>Lancez « %1 --help » pour voir les commandes et les options.</translation>
    </message>
    <message>
        <source>Create a new, empty community file.</source>
        <translation>Crée un nouveau fichier de communauté, vide.</translation>
    </message>
    <message>
        <source>Write the demonstration community into a new file.</source>
        <translation>Écrit la communauté de démonstration dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>&lt;what&gt;</source>
        <translation>&lt;quoi&gt;</translation>
    </message>
    <message>
        <source>Print records, one per line, fields separated by tabs:</source>
        <translation>Affiche des fiches, une par ligne, champs séparés par des tabulations :</translation>
    </message>
    <message>
        <source>  events: id, start date, end date, status, title (by start date)
  organisations: id, name, acronym, parent organisation (by name)
  contributors: id, name, e-mail, organisation (by name)</source>
        <translation>  events : id, date de début, date de fin, statut, titre (par date de début)
  organisations : id, nom, sigle, structure parente (par nom)
  contributors : id, nom, e-mail, structure (par nom)</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Affiche cette aide et quitte.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Affiche la version et quitte.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Language of messages: fr or en (default: the system's).</source>
        <translation>Langue des messages : fr ou en (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Usage: %1 [options] &lt;command&gt; [arguments]</source>
        <translation>Utilisation : %1 [options] &lt;commande&gt; [arguments]</translation>
    </message>
    <message>
        <source>Convivium on the command line: create and read community files without the desktop application.</source>
        <translation>Convivium en ligne de commande : créer et lire des fichiers de communauté sans l'application de bureau.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>init and demo never overwrite a file: they refuse when it exists, and remove what they created if they fail.</source>
        <translation>init et demo n'écrasent jamais un fichier : elles refusent s'il existe, et suppriment ce qu'elles ont créé en cas d'échec.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie :</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>failure: the file cannot be created, opened or written</source>
        <translation>échec : le fichier ne peut pas être créé, ouvert ou écrit</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Exemples :</translation>
    </message>
    <message>
        <source>Unknown language "%1": use fr or en.</source>
        <translation>Langue inconnue « %1 » : utilisez fr ou en.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande donnée.</translation>
    </message>
    <message>
        <source>Unknown command "%1". The commands are: %2.</source>
        <translation>Commande inconnue « %1 ». Les commandes sont : %2.</translation>
    </message>
    <message>
        <source>The option %1 does not apply to the %2 command.</source>
        <translation>L'option %1 ne s'applique pas à la commande %2.</translation>
    </message>
    <message>
        <source>The %1 command needs a community file: add --db &lt;file&gt;.</source>
        <translation>La commande %1 a besoin d'un fichier de communauté : ajoutez --db &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left unchanged. Choose a new file name.</source>
        <translation>%1 existe déjà ; il n'a pas été modifié. Choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>The %1 command takes no arguments.</source>
        <translation>La commande %1 ne prend pas d'argument.</translation>
    </message>
    <message>
        <source>Created %1, an empty community.</source>
        <translation>%1 créé : une communauté vide.</translation>
    </message>
    <message>
        <source>Cannot write the demo community into %1: %2</source>
        <translation>Impossible d'écrire la communauté de démonstration dans %1 : %2</translation>
    </message>
    <message>
        <source>Wrote the demo community into %1.</source>
        <translation>Communauté de démonstration écrite dans %1.</translation>
    </message>
    <message>
        <source>Say what to list: events, organisations or contributors.</source>
        <translation>Indiquez quoi lister : events, organisations ou contributors.</translation>
    </message>
    <message>
        <source>Cannot list "%1": say events, organisations or contributors.</source>
        <translation>Impossible de lister « %1 » : indiquez events, organisations ou contributors.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no community.</source>
        <translation>%1 est vide : il ne contient aucune communauté.</translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;nom&gt;</translation>
    </message>
    <message>
        <source>Write a report into a PDF, CSV or HTML file:</source>
        <translation>Écrit un rapport dans un fichier PDF, CSV ou HTML :</translation>
    </message>
    <message>
        <source>  participants, lodging-plan, kitchen, fee-statements, fee-summary,
  venue-summary, sign-in, badges (these need --event), directory, roster,
  contributors. The file is written whole or not at all.</source>
        <translation>  participants, lodging-plan, kitchen, fee-statements, fee-summary,
  venue-summary, sign-in, badges (ceux-ci demandent --event), directory, roster,
  contributors. Le fichier est écrit en entier ou pas du tout.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>rencontre</translation>
    </message>
    <message>
        <source>The event, by id or by title.</source>
        <translation>La rencontre, par son id ou son titre.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>pdf, csv or html (default: from the output file name).</source>
        <translation>pdf, csv ou html (par défaut : d'après le nom du fichier de sortie).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>clés</translation>
    </message>
    <message>
        <source>participants: the columns, comma-separated.</source>
        <translation>participants : les colonnes, séparées par des virgules.</translation>
    </message>
    <message>
        <source>A list for publication: only those who consented.</source>
        <translation>Une liste destinée à être publiée : seulement les personnes qui ont donné leur accord.</translation>
    </message>
    <message>
        <source>wrong usage: unknown command, report or option, missing --db, --event or --output, wrong arguments</source>
        <translation>mauvaise utilisation : commande, rapport ou option inconnus, --db, --event ou --output manquant, arguments erronés</translation>
    </message>
    <message>
        <source>Say which report to write: %1.</source>
        <translation>Indiquez quel rapport écrire : %1.</translation>
    </message>
    <message>
        <source>The %1 command takes one report name, not "%2".</source>
        <translation>La commande %1 prend un seul nom de rapport, pas « %2 ».</translation>
    </message>
    <message>
        <source>Unknown report "%1". The reports are: %2.</source>
        <translation>Rapport inconnu « %1 ». Les rapports sont : %2.</translation>
    </message>
    <message>
        <source>Say where to write the report: add --output &lt;file&gt;.</source>
        <translation>Indiquez où écrire le rapport : ajoutez --output &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>Unknown format "%1": use pdf, csv or html.</source>
        <translation>Format inconnu « %1 » : utilisez pdf, csv ou html.</translation>
    </message>
    <message>
        <source>The %1 report needs an event: add --event &lt;id or title&gt;.</source>
        <translation>Le rapport %1 a besoin d'une rencontre : ajoutez --event &lt;id ou titre&gt;.</translation>
    </message>
    <message>
        <source>PDF reports cannot be drawn in this program: choose csv or html.</source>
        <translation>Ce programme ne peut pas dessiner de rapport PDF : choisissez csv ou html.</translation>
    </message>
    <message>
        <source>Wrote the %1 report into %2.</source>
        <translation>Rapport %1 écrit dans %2.</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <source>Registration statuses listed, comma-separated (default: pre_registered,confirmed).</source>
        <translation>Statuts d’inscription listés, séparés par des virgules (par défaut : pre_registered,confirmed).</translation>
    </message>
    <message>
        <source>key[:desc]</source>
        <translation>clé[:desc]</translation>
    </message>
    <message>
        <source>Sort the rows by this column (inside the report's sections).</source>
        <translation>Trier les lignes selon cette colonne (à l’intérieur des sections du rapport).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>Group a list by this column (participants: organisation, lodging…).</source>
        <translation>Regrouper une liste selon cette colonne (participants : organisation, lodging…).</translation>
    </message>
    <message>
        <source>Unknown status "%1": use %2.</source>
        <translation>Statut « %1 » inconnu : utilisez %2.</translation>
    </message>
    <message>
        <source>Write --sort as a column key, optionally followed by :asc or :desc.</source>
        <translation>Écrivez --sort suivi d’une clé de colonne, éventuellement suivie de :asc ou :desc.</translation>
    </message>
    <message>
        <source>&lt;kind&gt; &lt;file&gt;</source>
        <translation>&lt;type&gt; &lt;fichier&gt;</translation>
    </message>
    <message>
        <source>JSON object giving the field of each column header, e.g. {"Courriel": "email"}.</source>
        <translation>Objet JSON donnant le champ de chaque en-tête de colonne, par exemple {"Courriel": "email"}.</translation>
    </message>
    <message>
        <source>Say what would be imported, write nothing.</source>
        <translation>Dire ce qui serait importé, sans rien écrire.</translation>
    </message>
    <message>
        <source>Import records from a CSV file (kind: contributors, organisations, registrations).</source>
        <translation>Importer des fiches depuis un fichier CSV (genre : contributors, organisations, registrations).</translation>
    </message>
    <message>
        <source>  The encoding (UTF-8 or Windows-1252) and the separator (comma, semicolon,
  tab) are found by themselves; columns are matched to fields from their
  headers (Nom, Prénom, Courriel, Arrivée…). All lines are imported, or none.
  Registrations need --event.</source>
        <translation>  L'encodage (UTF-8 ou Windows-1252) et le séparateur (virgule, point-virgule,
  tabulation) sont reconnus seuls ; les colonnes sont associées aux champs
  d'après leurs en-têtes (Nom, Prénom, Courriel, Arrivée…). Toutes les lignes
  sont importées, ou aucune. Les inscriptions demandent --event.</translation>
    </message>
    <message>
        <source>The event the registrations are for, by id or by title.</source>
        <translation>L'évènement des inscriptions, par numéro ou par titre.</translation>
    </message>
    <message>
        <source>Bring an event's online pre-registrations in from Grist.</source>
        <translation>Importer les préinscriptions en ligne d'un évènement depuis Grist.</translation>
    </message>
    <message>
        <source>  Rows already imported are updated, not added again. The API key is read
  from CONVIVIUM_GRIST_KEY, else from the system keychain.</source>
        <translation>  Les lignes déjà importées sont mises à jour, pas ajoutées à nouveau. La clé
  d'API est lue dans CONVIVIUM_GRIST_KEY, sinon dans le trousseau du système.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Grist server, e.g. https://grist.example.org/o/team (saved with the event).</source>
        <translation>Serveur Grist, par ex. https://grist.example.org/o/equipe (gardé avec l'évènement).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>Grist document id (saved with the event).</source>
        <translation>Identifiant du document Grist (gardé avec l'évènement).</translation>
    </message>
    <message>
        <source>Grist table id (saved with the event).</source>
        <translation>Identifiant de la table Grist (gardé avec l'évènement).</translation>
    </message>
    <message>
        <source>&lt;kind&gt;</source>
        <translation>&lt;genre&gt;</translation>
    </message>
    <message>
        <source>Export for other programs and websites:</source>
        <translation>Exporter pour d'autres logiciels et sites web :</translation>
    </message>
    <message>
        <source>  calendar: the events as iCalendar (.ics), all or the --event one
  vcard: contributors who agreed to be contacted, as vCard 4.0 (.vcf)
  announcement: a Markdown post for the --event, in the --lang language</source>
        <translation>  calendar : les évènements en iCalendar (.ics), tous ou celui de --event
  vcard : les contributeurs d'accord pour être contactés, en vCard 4.0 (.vcf)
  announcement : un billet Markdown pour l'évènement --event, dans la langue --lang</translation>
    </message>
    <message>
        <source>Write the whole community into a JSON backup file.</source>
        <translation>Écrire toute la communauté dans un fichier de sauvegarde JSON.</translation>
    </message>
    <message>
        <source>  Every table, every record; restore gives the same community back.</source>
        <translation>  Toutes les tables, toutes les fiches ; restore redonne la même communauté.</translation>
    </message>
    <message>
        <source>&lt;backup&gt;</source>
        <translation>&lt;sauvegarde&gt;</translation>
    </message>
    <message>
        <source>Restore a JSON backup into the --db file.</source>
        <translation>Restaurer une sauvegarde JSON dans le fichier --db.</translation>
    </message>
    <message>
        <source>  The file must not exist yet, or hold no data (empty, or just made by init):
  a restore never overwrites records. It is written whole or not at all.</source>
        <translation>  Le fichier ne doit pas encore exister, ou ne contenir aucune donnée (vide, ou
  juste créé par init) : une restauration n'écrase jamais de fiches. Il est
  écrit en entier ou pas du tout.</translation>
    </message>
    <message>
        <source>The community to work on: a file, or a team database as postgresql://user@host:port/name (every command needs it).</source>
        <translation>La communauté sur laquelle travailler : un fichier, ou une base d'équipe sous la forme postgresql://utilisateur@hôte:port/nom (toutes les commandes en ont besoin).</translation>
    </message>
    <message>
        <source>%1 already holds a community; it was left unchanged.</source>
        <translation>%1 contient déjà une communauté ; elle n'a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>CommunityEditor</name>
    <message>
        <source>Create organisation “%1”</source>
        <translation>la création de la structure « %1 »</translation>
    </message>
    <message>
        <source>Edit organisation “%1”</source>
        <translation>la modification de la structure « %1 »</translation>
    </message>
    <message>
        <source>Create contributor “%1”</source>
        <translation>la création de la fiche contributeur·rice « %1 »</translation>
    </message>
    <message>
        <source>Edit contributor “%1”</source>
        <translation>la modification de la fiche contributeur·rice « %1 »</translation>
    </message>
    <message>
        <source>Create group “%1”</source>
        <translation>la création du groupe « %1 »</translation>
    </message>
    <message>
        <source>Edit group “%1”</source>
        <translation>la modification du groupe « %1 »</translation>
    </message>
    <message>
        <source>Create funded development “%1”</source>
        <translation>la création du développement co-financé « %1 »</translation>
    </message>
    <message>
        <source>Edit funded development “%1”</source>
        <translation>la modification du développement co-financé « %1 »</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>la suppression de « %1 »</translation>
    </message>
    <message>
        <source>This kind of record cannot be deleted here.</source>
        <translation>Ce type de fiche ne peut pas être supprimé ici.</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>la fusion de « %1 » dans « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>%n affiliation(s)</source>
        <translation>
            <numerusform>%n affiliation</numerusform>
            <numerusform>%n affiliations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n adresse e-mail</numerusform>
            <numerusform>%n adresses e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group membership(s)</source>
        <translation>
            <numerusform>%n appartenance à un groupe</numerusform>
            <numerusform>%n appartenances à des groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting attendance(s)</source>
        <translation>
            <numerusform>%n présence à une réunion</numerusform>
            <numerusform>%n présences à des réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n paiement</numerusform>
            <numerusform>%n paiements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s) between organisations</source>
        <translation>
            <numerusform>%n relation entre structures</numerusform>
            <numerusform>%n relations entre structures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership year(s)</source>
        <translation>
            <numerusform>%n année d'adhésion</numerusform>
            <numerusform>%n années d'adhésion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding share(s)</source>
        <translation>
            <numerusform>%n part de financement</numerusform>
            <numerusform>%n parts de financement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lodging option(s)</source>
        <translation>
            <numerusform>%n type d'hébergement</numerusform>
            <numerusform>%n types d'hébergement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n chambre</numerusform>
            <numerusform>%n chambres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contributor(s) lose their current organisation</source>
        <translation>
            <numerusform>%n contributeur·rice perd sa structure actuelle</numerusform>
            <numerusform>%n contributeur·rices perdent leur structure actuelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child organisation(s) lose their parent</source>
        <translation>
            <numerusform>%n structure rattachée perd sa structure parente</numerusform>
            <numerusform>%n structures rattachées perdent leur structure parente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) lose their organisation</source>
        <translation>
            <numerusform>%n groupe perd sa structure</numerusform>
            <numerusform>%n groupes perdent leur structure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funded development(s) lose their provider</source>
        <translation>
            <numerusform>%n développement co-financé perd son prestataire</numerusform>
            <numerusform>%n développements co-financés perdent leur prestataire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) lose their organiser</source>
        <translation>
            <numerusform>%n évènement perd sa structure organisatrice</numerusform>
            <numerusform>%n évènements perdent leur structure organisatrice</numerusform>
        </translation>
    </message>
    <message>
        <source>Also deleted: %1.</source>
        <translation>Éléments également supprimés : %1.</translation>
    </message>
    <message>
        <source>Kept but changed: %1.</source>
        <translation>Éléments conservés mais modifiés : %1.</translation>
    </message>
</context>
<context>
    <name>CommunityExports</name>
    <message>
        <source>Export the calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>The community has no event yet: there is nothing to put in a calendar.</source>
        <translation>La communauté n'a encore aucun évènement : il n'y a rien à mettre dans un calendrier.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Évènements</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) into %1.</source>
        <translation>
            <numerusform>%n évènement écrit dans %1.</numerusform>
            <numerusform>%n évènements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contact cards</source>
        <translation>Exporter les fiches de contact</translation>
    </message>
    <message>
        <source>No contributor has agreed to be contacted by e-mail: there is no card to export.</source>
        <translation>Aucun contributeur n'a accepté d'être contacté par courriel : il n'y a aucune fiche à exporter.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>vCard contact cards (*.vcf)</source>
        <translation>Fiches de contact vCard (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact card(s) into %1: only the contributors who agreed to be contacted by e-mail.</source>
        <translation>
            <numerusform>%n fiche de contact écrite dans %1 : seulement les contributeurs d'accord pour être contactés par courriel.</numerusform>
            <numerusform>%n fiches de contact écrites dans %1 : seulement les contributeurs d'accord pour être contactés par courriel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the announcement</source>
        <translation>Écrire l'annonce</translation>
    </message>
    <message>
        <source>Markdown posts (*.md)</source>
        <translation>Billets Markdown (*.md)</translation>
    </message>
    <message>
        <source>Wrote the announcement of %1 into %2.</source>
        <translation>Annonce de %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>The community has no event yet: there is nothing to announce.</source>
        <translation>La communauté n'a encore aucun évènement : il n'y a rien à annoncer.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The event to announce:</source>
        <translation>L'évènement à annoncer :</translation>
    </message>
    <message>
        <source>Back up the community</source>
        <translation>Sauvegarder la communauté</translation>
    </message>
    <message>
        <source>%1 - backup %2</source>
        <translation>%1 - sauvegarde %2</translation>
    </message>
    <message>
        <source>Convivium backups (*.json)</source>
        <translation>Sauvegardes Convivium (*.json)</translation>
    </message>
    <message>
        <source>Backing up the community…</source>
        <translation>Sauvegarde de la communauté…</translation>
    </message>
    <message>
        <source>Wrote the backup of %1 into %2.</source>
        <translation>Sauvegarde de %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The new community to restore into</source>
        <translation>La nouvelle communauté où restaurer</translation>
    </message>
    <message>
        <source>%1 is the community open now: restore into a new file.</source>
        <translation>%1 est la communauté ouverte : restaurez dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>%1 restaurée dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s) into %1. Open this community now?</source>
        <translation>
            <numerusform>%n fiche restaurée dans %1. Ouvrir cette communauté maintenant ?</numerusform>
            <numerusform>%n fiches restaurées dans %1. Ouvrir cette communauté maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone Else Saved This Record</source>
        <translation>Quelqu’un d’autre a enregistré cette fiche</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>%1’s version</source>
        <translation>Version de %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>%1: keep yours, %2</source>
        <translation>%1 : garder la vôtre, %2</translation>
    </message>
    <message>
        <source>%1: take theirs, %2</source>
        <translation>%1 : prendre l’autre, %2</translation>
    </message>
    <message>
        <source>Save My Choices</source>
        <translation>Enregistrer mes choix</translation>
    </message>
    <message>
        <source>All Mine</source>
        <translation>Tout le mien</translation>
    </message>
    <message>
        <source>All Theirs</source>
        <translation>Tout l’autre</translation>
    </message>
    <message>
        <source>Back to the Form</source>
        <translation>Revenir au formulaire</translation>
    </message>
    <message>
        <source>Choose a version on every line first.</source>
        <translation>Choisissez d’abord une version sur chaque ligne.</translation>
    </message>
</context>
<context>
    <name>ContributorDialog</name>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>&amp;Other e-mails:</source>
        <translation>A&amp;utres e-mails :</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>fr, en</source>
        <translation>fr, en</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>First &amp;seen:</source>
        <translation>P&amp;remier contact :</translation>
    </message>
    <message>
        <source>Code of conduct accepted on</source>
        <translation>Code de conduite accepté le</translation>
    </message>
    <message>
        <source>&amp;Code of conduct accepted on:</source>
        <translation>&amp;Code de conduite accepté le :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>&amp;Affiliations</source>
        <translation>A&amp;ffiliations</translation>
    </message>
    <message>
        <source>Contribution kinds</source>
        <translation>Formes de contribution</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Handles (forge, chat, mailing lists)</source>
        <translation>Identifiants (forge, messagerie instantanée, listes de diffusion)</translation>
    </message>
    <message>
        <source>&amp;Involvement</source>
        <translation>En&amp;gagement</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>%1: recorded on</source>
        <translation>%1 : date d'enregistrement</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>Consente&amp;ments</translation>
    </message>
    <message>
        <source>New contributor</source>
        <translation>Nouvel·le contributeur·rice</translation>
    </message>
    <message>
        <source>Contributor “%1”</source>
        <translation>Contributeur·rice « %1 »</translation>
    </message>
    <message>
        <source>This date cannot be read; use dd/mm/yyyy.</source>
        <translation>Cette date n'est pas valide ; saisissez-la au format jj/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>ContributorImport</name>
    <message>
        <source>"%1" is not a date: write it as 30/03/2026 or 2026-03-30.</source>
        <translation>« %1 » n’est pas une date : écrivez-la 30/03/2026 ou 2026-03-30.</translation>
    </message>
    <message>
        <source>"%1" is not a day of the calendar.</source>
        <translation>« %1 » n’est pas un jour du calendrier.</translation>
    </message>
    <message>
        <source>No column gives the names or the e-mail addresses: map at least one of them.</source>
        <translation>Aucune colonne ne donne les noms ni les adresses électroniques : associez-en au moins une.</translation>
    </message>
    <message>
        <source>This line has %1 fields where the header has %2: a separator or a quote is missing or extra.</source>
        <translation>Cette ligne a %1 champs alors que l’en-tête en a %2 : un séparateur ou un guillemet manque ou est en trop.</translation>
    </message>
</context>
<context>
    <name>ContributorMerger</name>
    <message>
        <source>Choose two different contributors to merge.</source>
        <translation>Choisissez deux contributeur·rices différent·es à fusionner.</translation>
    </message>
</context>
<context>
    <name>ContributorPicker</name>
    <message>
        <source>Type a name or an e-mail…</source>
        <translation>Saisissez un nom ou un e-mail…</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur·rice</translation>
    </message>
</context>
<context>
    <name>ContributorRepository</name>
    <message>
        <source>This contributor no longer exists.</source>
        <translation>Cette fiche contributeur·rice n'existe plus.</translation>
    </message>
    <message>
        <source>The e-mail address %1 is already used by another contributor.</source>
        <translation>L'adresse e-mail %1 est déjà utilisée par un·e autre contributeur·rice.</translation>
    </message>
    <message>
        <source>An affiliation refers to an organisation that no longer exists.</source>
        <translation>Une affiliation fait référence à une structure qui n'existe plus.</translation>
    </message>
    <message>
        <source>Could not save the contributor: %1</source>
        <translation>Impossible d'enregistrer la fiche contributeur·rice : %1</translation>
    </message>
    <message>
        <source>Could not delete the contributor: %1</source>
        <translation>Impossible de supprimer la fiche contributeur·rice : %1</translation>
    </message>
    <message>
        <source>Could not move the records of the merged contributor: %1</source>
        <translation>Impossible de transférer les données de la fiche fusionnée : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d'enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Someone else saved this contributor after you opened it.</source>
        <translation>Quelqu’un d’autre a enregistré ce contributeur après que vous l’avez ouvert.</translation>
    </message>
</context>
<context>
    <name>ContributorsReport</name>
    <message>
        <source>Contributors</source>
        <translation>Contributeur·rices</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>Affiliations</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Premier contact</translation>
    </message>
    <message numerus="yes">
        <source>%n contributor(s)</source>
        <translation>
            <numerusform>%n contributeur·rice</numerusform>
            <numerusform>%n contributeur·rices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This is not a CSV file: it holds binary data (a spreadsheet saved as .xlsx or .ods? Save it as CSV first).</source>
        <translation>Ce n’est pas un fichier CSV : il contient des données binaires (un classeur enregistré en .xlsx ou .ods ? Enregistrez-le d’abord en CSV).</translation>
    </message>
    <message>
        <source>Line %1: a quoted field starts here and is never closed.</source>
        <translation>Ligne %1 : un champ entre guillemets commence ici et n’est jamais fermé.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 est un dossier, pas un fichier CSV.</translation>
    </message>
    <message>
        <source>%1 is too large to be a CSV file of people (over 512 MB).</source>
        <translation>%1 est trop gros pour être un fichier CSV de personnes (plus de 512 Mo).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>Participants themselves</source>
        <translation>Les participant·es eux-mêmes</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Registrations over time</source>
        <translation>Inscriptions au fil du temps</translation>
    </message>
    <message>
        <source>Organisations by kind</source>
        <translation>Structures par type</translation>
    </message>
    <message>
        <source>Occupancy per night</source>
        <translation>Occupation par nuit</translation>
    </message>
    <message>
        <source>Fees due and paid per payer</source>
        <translation>Frais dus et payés par payeur</translation>
    </message>
    <message>
        <source>Event shown</source>
        <translation>Rencontre affichée</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Rencontre :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No event yet: the event charts stay empty.</source>
        <translation>Pas encore de rencontre : les graphiques des rencontres restent vides.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) that count.</source>
        <translation>
            <numerusform>%n inscription prise en compte.</numerusform>
            <numerusform>%n inscriptions prises en compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrations that count</source>
        <translation>Inscriptions prises en compte</translation>
    </message>
    <message>
        <source>Deadline (%1)</source>
        <translation>Date limite (%1)</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Organisations by kind (%1)</source>
        <translation>Structures par type (%1)</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>%1 (%2 beds)</source>
        <translation>%1 (%2 lits)</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (sans limite)</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 beds</source>
        <translation>%1, %2 : %3 lits occupés sur %4</translation>
    </message>
    <message>
        <source>%1, %2: %3 people</source>
        <translation>%1, %2 : %3 personnes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <source>Fees due and paid per payer (%1)</source>
        <translation>Frais dus et payés par payeur (%1)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not write the backup copy %1: %2</source>
        <translation>Impossible d'écrire la copie de sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Convivium file.</source>
        <translation>%1 est un dossier, pas un fichier Convivium.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder does not exist or is read-only.</source>
        <translation>Impossible de créer %1 : le dossier n'existe pas ou est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is not a Convivium file (it is not a database at all).</source>
        <translation>%1 n'est pas un fichier Convivium (ce n'est même pas une base de données).</translation>
    </message>
    <message>
        <source>%1 is read-only. Make it writable, or save a copy elsewhere, then open it again.</source>
        <translation>%1 est en lecture seule. Rendez-le modifiable ou enregistrez-en une copie ailleurs, puis rouvrez-le.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only; Convivium needs to write its journal next to the file.</source>
        <translation>Le dossier de %1 est en lecture seule ; Convivium doit pouvoir écrire son journal à côté du fichier.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it. Close that program or wait for it to finish, then try again.</source>
        <translation>%1 est verrouillé par un autre programme qui est en train d'y écrire. Fermez ce programme ou attendez qu'il ait terminé, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read safely. Restore it from a backup.</source>
        <translation>%1 est endommagé et ne peut pas être lu sans risque. Restaurez-le à partir d'une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Convivium community file.</source>
        <translation>%1 est une base de données, mais pas un fichier de communauté Convivium.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Convivium (schema %2; this version reads up to %3). Update Convivium to open it.</source>
        <translation>%1 a été enregistré par une version plus récente de Convivium (schéma %2 ; cette version lit jusqu'au schéma %3). Mettez Convivium à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>A copy of a team database is made by its server's administrator (pg_dump).</source>
        <translation>La copie d'une base d'équipe est faite par l'administrateur de son serveur (pg_dump).</translation>
    </message>
    <message>
        <source>The server %1 refused the user %2: check the user name and the password.</source>
        <translation>Le serveur %1 a refusé l'utilisateur %2 : vérifiez le nom d'utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on %2: ask the server's administrator to create it, or check its name.</source>
        <translation>La base %1 n'existe pas sur %2 : demandez à l'administrateur du serveur de la créer, ou vérifiez son nom.</translation>
    </message>
    <message>
        <source>Cannot reach the database server %1 on port %2: check the address, the port, and that PostgreSQL runs there.</source>
        <translation>Impossible de joindre le serveur de base de données %1 sur le port %2 : vérifiez l'adresse, le port, et que PostgreSQL y fonctionne.</translation>
    </message>
    <message>
        <source>Cannot create the database %1 on %2: %3</source>
        <translation>Impossible de créer la base %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>The database %1 holds other tables, not a Convivium community: use an empty database.</source>
        <translation>La base %1 contient d'autres tables, pas une communauté Convivium : utilisez une base vide.</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordStore</name>
    <message>
        <source>Access to the system keychain was refused: allow Convivium to use it to keep the database password.</source>
        <translation>L'accès au trousseau du système a été refusé : autorisez Convivium à l'utiliser pour garder le mot de passe de la base.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1), so the database password cannot be kept safely. Open a desktop session with a keyring (GNOME Keyring or KWallet) unlocked.</source>
        <translation>Le trousseau du système n'est pas utilisable (%1) : le mot de passe de la base ne peut pas être gardé en sécurité. Ouvrez une session de bureau avec un trousseau déverrouillé (GNOME Keyring ou KWallet).</translation>
    </message>
</context>
<context>
    <name>DeferredIndexes</name>
    <message>
        <source>Could not prepare the tables for a bulk write: %1</source>
        <translation>Impossible de préparer les tables pour une écriture en masse : %1</translation>
    </message>
    <message>
        <source>Could not rebuild an index after a bulk write: %1</source>
        <translation>Impossible de reconstruire un index après une écriture en masse : %1</translation>
    </message>
</context>
<context>
    <name>DeletePaymentDialog</name>
    <message>
        <source>Delete a payment</source>
        <translation>Supprimer un paiement</translation>
    </message>
    <message>
        <source>%1 has no payment recorded.</source>
        <translation>Aucun paiement n'est enregistré pour %1.</translation>
    </message>
    <message>
        <source>Payments of %1: choose the one to delete.</source>
        <translation>Paiements de %1 : choisissez celui à supprimer.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>&amp;Delete payment</source>
        <translation>&amp;Supprimer le paiement</translation>
    </message>
</context>
<context>
    <name>DemoCommunity</name>
    <message>
        <source>The demonstration data refers to an unknown record: %1</source>
        <translation>Les données de démonstration font référence à une fiche inconnue : %1</translation>
    </message>
</context>
<context>
    <name>DemoRegistrations</name>
    <message>
        <source>The demo needs %1 contributors.</source>
        <translation>La démonstration nécessite %1 contributeur·rices.</translation>
    </message>
</context>
<context>
    <name>DetailPages</name>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu'au %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Cette fiche n'existe plus.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Structure parente</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Public list</source>
        <translation>Liste publique</translation>
    </message>
    <message>
        <source>listed since %1</source>
        <translation>y figure depuis le %1</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>n'y figure pas</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Contributeur·rices</translation>
    </message>
    <message>
        <source>Nobody is affiliated yet.</source>
        <translation>Personne n'y est encore affilié·e.</translation>
    </message>
    <message>
        <source>Child organisations</source>
        <translation>Structures rattachées</translation>
    </message>
    <message>
        <source>Related organisations</source>
        <translation>Structures liées</translation>
    </message>
    <message>
        <source>No relation recorded.</source>
        <translation>Aucune relation enregistrée.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>provider, budget %1</source>
        <translation>prestataire, budget %1</translation>
    </message>
    <message>
        <source>pledged %1, paid %2</source>
        <translation>engagé %1, versé %2</translation>
    </message>
    <message>
        <source>Funded developments</source>
        <translation>Développements co-financés</translation>
    </message>
    <message>
        <source>No co-financed development.</source>
        <translation>Aucun développement co-financé.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Contributes</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation>Code de conduite</translation>
    </message>
    <message>
        <source>accepted on %1</source>
        <translation>accepté le %1</translation>
    </message>
    <message>
        <source>not yet accepted</source>
        <translation>pas encore accepté</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>Affiliations</translation>
    </message>
    <message>
        <source>No affiliation recorded.</source>
        <translation>Aucune affiliation enregistrée.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Member of no group.</source>
        <translation>Membre d'aucun groupe.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Évènements</translation>
    </message>
    <message>
        <source>No registration yet.</source>
        <translation>Aucune inscription pour l'instant.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sièges</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>No member yet.</source>
        <translation>Aucun membre pour l'instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n attendee(s)</source>
        <translation>
            <numerusform>%1 — %n participant·e</numerusform>
            <numerusform>%1 — %n participant·es</numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>No meeting recorded.</source>
        <translation>Aucune réunion enregistrée.</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation>Jours de transit</translation>
    </message>
    <message>
        <source>%1 at the start, %2 at the end</source>
        <translation>%1 au début, %2 à la fin</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu d'accueil</translation>
    </message>
    <message>
        <source>Venue website</source>
        <translation>Site web du lieu d'accueil</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>opens %1, deadline %2</source>
        <translation>ouverture le %1, date limite le %2</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>, %1 per night</source>
        <translation>, %1 par nuit</translation>
    </message>
    <message>
        <source> + %1 supplement</source>
        <translation> + %1 de supplément</translation>
    </message>
    <message>
        <source>, %1 × %2 bed(s)</source>
        <translation>, %1 × %2 lit(s)</translation>
    </message>
    <message>
        <source>Lodging options</source>
        <translation>Types d'hébergement</translation>
    </message>
    <message>
        <source>No lodging option yet.</source>
        <translation>Aucun type d'hébergement pour l'instant.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Meal prices for people lodging elsewhere</source>
        <translation>Prix des repas pour les personnes logées ailleurs</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Tarifs</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Financeurs</translation>
    </message>
    <message>
        <source>No funder yet.</source>
        <translation>Aucun financeur pour l'instant.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier change(s)</source>
        <translation>
            <numerusform>… et %n modification plus ancienne</numerusform>
            <numerusform>… et %n modifications plus anciennes</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No change recorded since the history began.</source>
        <translation>Aucune modification enregistrée depuis le début de l'historique.</translation>
    </message>
</context>
<context>
    <name>DirectoryReport</name>
    <message>
        <source>Who uses it</source>
        <translation>Qui l'utilise</translation>
    </message>
    <message>
        <source>Organisations that agreed to be listed</source>
        <translation>Structures qui ont accepté de figurer dans la liste</translation>
    </message>
    <message>
        <source>Kind and country</source>
        <translation>Type et pays</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n structure</numerusform>
            <numerusform>%n structures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Code platform</source>
        <translation>Forge</translation>
    </message>
    <message>
        <source>Code platform address</source>
        <translation>Adresse de la forge</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>Structure parente</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>May be named in public</source>
        <translation>Peut être citée publiquement</translation>
    </message>
    <message>
        <source>Public consent given on</source>
        <translation>Accord de publication donné le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Code of conduct accepted on</source>
        <translation>Code de conduite accepté le</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sièges</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Travel days before</source>
        <translation>Jours de voyage avant</translation>
    </message>
    <message>
        <source>Travel days after</source>
        <translation>Jours de voyage après</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Registration opens</source>
        <translation>Ouverture des inscriptions</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>Clôture des inscriptions</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Fee policy</source>
        <translation>Politique de frais</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Livré le</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Référence de la source</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Hors délai</translation>
    </message>
    <message>
        <source>Waiting list rank</source>
        <translation>Rang sur la liste d’attente</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>First meal</source>
        <translation>Premier repas</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Last meal</source>
        <translation>Dernier repas</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Roommate wishes</source>
        <translation>Souhaits de chambre</translation>
    </message>
    <message>
        <source>Roommates refused</source>
        <translation>Colocataires refusés</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Accueil des nouveaux</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Trajet</translation>
    </message>
    <message>
        <source>Car sharing</source>
        <translation>Covoiturage</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Adresses électroniques</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>Rattachements</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Lodging options</source>
        <translation>Formules d’hébergement</translation>
    </message>
    <message>
        <source>Meal prices</source>
        <translation>Prix des repas</translation>
    </message>
    <message>
        <source>Funding shares</source>
        <translation>Parts de financement</translation>
    </message>
    <message>
        <source>Roommate preferences</source>
        <translation>Préférences de chambre</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Quelqu’un d’autre a supprimé cette fiche après que vous l’avez ouverte.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. For each difference, choose the value to keep.</source>
        <translation>Quelqu’un d’autre a enregistré cette fiche après que vous l’avez ouverte. Pour chaque différence, choisissez la valeur à garder.</translation>
    </message>
    <message>
        <source>%1 saved this record on %2, after you opened it. For each difference, choose the value to keep.</source>
        <translation>%1 a enregistré cette fiche le %2, après que vous l’avez ouverte. Pour chaque différence, choisissez la valeur à garder.</translation>
    </message>
    <message>
        <source>This conflict cannot be settled here.</source>
        <translation>Ce conflit ne peut pas être réglé ici.</translation>
    </message>
    <message>
        <source>Someone saved this record again while you were choosing. Nothing was saved; save again to compare with the latest version.</source>
        <translation>Quelqu’un a de nouveau enregistré cette fiche pendant que vous choisissiez. Rien n’a été enregistré ; enregistrez à nouveau pour comparer avec la dernière version.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Winter 2026</source>
        <translation>Hiver 2026</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>Éditio&amp;n :</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <source>Transit days at the start</source>
        <translation>Jours de transit au début</translation>
    </message>
    <message>
        <source>Transit days at the end</source>
        <translation>Jours de transit à la fin</translation>
    </message>
    <message>
        <source>at the start,</source>
        <translation>au début,</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>à la fin</translation>
    </message>
    <message>
        <source>T&amp;ransit days:</source>
        <translation>Jours de t&amp;ransit :</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Organisée par</translation>
    </message>
    <message>
        <source>&amp;Organised by:</source>
        <translation>&amp;Organisée par :</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation>Thè&amp;mes :</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Registration opens</source>
        <translation>Ouverture des inscriptions</translation>
    </message>
    <message>
        <source>Registration &amp;opens:</source>
        <translation>&amp;Ouverture des inscriptions :</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>Date limite d'inscription</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Date limite :</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité :</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>Fee policy</source>
        <translation>Politique tarifaire</translation>
    </message>
    <message>
        <source>&amp;Fee policy:</source>
        <translation>&amp;Politique tarifaire :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>&amp;Registration</source>
        <translation>&amp;Inscriptions</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu d'accueil</translation>
    </message>
    <message>
        <source>Vallon d'Aïga</source>
        <translation>Vallon d'Aïga</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Nom du lieu :</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <source>Contact &amp;e-mail:</source>
        <translation>&amp;E-mail du contact :</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Contact &amp;phone:</source>
        <translation>&amp;Téléphone du contact :</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu d'accueil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Beds per unit</source>
        <translation>Lits par unité</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Price per night</source>
        <translation>Prix par nuit</translation>
    </message>
    <message>
        <source>Supplement per night</source>
        <translation>Supplément par nuit</translation>
    </message>
    <message>
        <source>Meals included</source>
        <translation>Repas compris</translation>
    </message>
    <message>
        <source>Meal prices for people lodging elsewhere</source>
        <translation>Prix des repas pour les personnes logées ailleurs</translation>
    </message>
    <message>
        <source>Breakfast price</source>
        <translation>Prix du petit-déjeuner</translation>
    </message>
    <message>
        <source>Lunch price</source>
        <translation>Prix du déjeuner</translation>
    </message>
    <message>
        <source>Dinner price</source>
        <translation>Prix du dîner</translation>
    </message>
    <message>
        <source>&amp;Breakfast:</source>
        <translation>&amp;Petit-déjeuner :</translation>
    </message>
    <message>
        <source>&amp;Lunch:</source>
        <translation>&amp;Déjeuner :</translation>
    </message>
    <message>
        <source>Di&amp;nner:</source>
        <translation>Dî&amp;ner :</translation>
    </message>
    <message>
        <source>&amp;Lodging and meals</source>
        <translation>&amp;Hébergement et repas</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvelle rencontre</translation>
    </message>
    <message>
        <source>Event “%1”</source>
        <translation>Rencontre « %1 »</translation>
    </message>
    <message>
        <source>This date cannot be read; use dd/mm/yyyy.</source>
        <translation>Cette date n'est pas valide ; saisissez-la au format jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>A price cannot be read.</source>
        <translation>Un des prix n'est pas valide.</translation>
    </message>
    <message>
        <source>The price “%1” is not an amount.</source>
        <translation>Le prix « %1 » n'est pas un montant valide.</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Create event “%1”</source>
        <translation>la création de la rencontre « %1 »</translation>
    </message>
    <message>
        <source>Edit event “%1”</source>
        <translation>la modification de la rencontre « %1 »</translation>
    </message>
    <message>
        <source>This lodging option is full on %1.</source>
        <translation>Ce type d'hébergement est complet la nuit du %1.</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>l'inscription de %1</translation>
    </message>
    <message>
        <source>Edit the registration of %1</source>
        <translation>la modification de l'inscription de %1</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>Le statut « %1 » est inconnu.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n registration(s) as %1</source>
        <translation>
            <numerusform>le passage de %n inscription au statut « %1 »</numerusform>
            <numerusform>le passage de %n inscriptions au statut « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the registration of %1</source>
        <translation>la suppression de l'inscription de %1</translation>
    </message>
    <message>
        <source>The amount of a payment cannot be zero.</source>
        <translation>Le montant d'un paiement ne peut pas être nul.</translation>
    </message>
    <message>
        <source>The payment needs a date.</source>
        <translation>Le paiement doit avoir une date.</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>l'enregistrement d'un paiement</translation>
    </message>
    <message>
        <source>Delete a payment</source>
        <translation>la suppression d'un paiement</translation>
    </message>
    <message>
        <source>Create the rooms of “%1”</source>
        <translation>la création des chambres de « %1 »</translation>
    </message>
    <message>
        <source>Assign a room</source>
        <translation>l'attribution d'une chambre</translation>
    </message>
    <message>
        <source>Take out of the room</source>
        <translation>le retrait d'une chambre</translation>
    </message>
    <message>
        <source>Allocate the rooms</source>
        <translation>la répartition des chambres</translation>
    </message>
    <message numerus="yes">
        <source>The event is full (%n place(s)).</source>
        <translation>
            <numerusform>La rencontre est complète (%n place).</numerusform>
            <numerusform>La rencontre est complète (%n places).</numerusform>
        </translation>
    </message>
    <message>
        <source>A room needs a name.</source>
        <translation>Une chambre doit avoir un nom.</translation>
    </message>
    <message>
        <source>A room has at least one bed.</source>
        <translation>Une chambre a au moins un lit.</translation>
    </message>
    <message>
        <source>Edit room “%1”</source>
        <translation>la modification de la chambre « %1 »</translation>
    </message>
    <message>
        <source>Delete a room</source>
        <translation>la suppression d'une chambre</translation>
    </message>
</context>
<context>
    <name>EventFigures</name>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
</context>
<context>
    <name>EventPicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Évènement</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>This event no longer exists.</source>
        <translation>Cet évènement n'existe plus.</translation>
    </message>
    <message>
        <source>Could not save the venue: %1</source>
        <translation>Impossible d'enregistrer le lieu d'accueil : %1</translation>
    </message>
    <message>
        <source>Could not save the event: %1</source>
        <translation>Impossible d'enregistrer l'évènement : %1</translation>
    </message>
    <message>
        <source>Could not save the lodging option %1: %2</source>
        <translation>Impossible d'enregistrer le type d'hébergement %1 : %2</translation>
    </message>
    <message>
        <source>A meal price is listed twice.</source>
        <translation>Un prix de repas figure deux fois.</translation>
    </message>
    <message>
        <source>No event is called “%1”.</source>
        <translation>Aucune rencontre n'a pour titre « %1 ».</translation>
    </message>
    <message>
        <source>Someone else saved this event after you opened it.</source>
        <translation>Quelqu’un d’autre a enregistré cet événement après que vous l’avez ouvert.</translation>
    </message>
</context>
<context>
    <name>EventWindow</name>
    <message>
        <source>&amp;Registrations</source>
        <translation>&amp;Inscriptions</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>%1 — Convivium</source>
        <translation>%1 — Convivium</translation>
    </message>
    <message>
        <source>Event — Convivium</source>
        <translation>Rencontre — Convivium</translation>
    </message>
    <message>
        <source>&amp;Occupancy</source>
        <translation>&amp;Occupation</translation>
    </message>
    <message>
        <source>&amp;Meals</source>
        <translation>&amp;Repas</translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation>&amp;Chambres</translation>
    </message>
    <message>
        <source>&amp;Fees</source>
        <translation>&amp;Frais</translation>
    </message>
    <message>
        <source>Export the Registrations as CSV…</source>
        <translation>Exporter les inscriptions en CSV…</translation>
    </message>
    <message>
        <source>Write the Announcement…</source>
        <translation>Écrire l'annonce…</translation>
    </message>
    <message>
        <source>The post that announces this event on the community website, in Markdown</source>
        <translation>Le billet qui annonce cet évènement sur le site de la communauté, en Markdown</translation>
    </message>
    <message>
        <source>&amp;Import Registrations…</source>
        <translation>&amp;Importer des inscriptions…</translation>
    </message>
    <message>
        <source>Import registrations to this event from a CSV file</source>
        <translation>Importer des inscriptions à cet évènement depuis un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Sync with the Online Form…</source>
        <translation>&amp;Synchroniser avec le formulaire en ligne…</translation>
    </message>
    <message>
        <source>Bring in the pre-registrations of this event's Grist form</source>
        <translation>Récupérer les préinscriptions du formulaire Grist de cet évènement</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Say what to export: calendar, vcard or announcement.</source>
        <translation>Indiquez quoi exporter : calendar, vcard ou announcement.</translation>
    </message>
    <message>
        <source>Cannot export "%1": say calendar, vcard or announcement.</source>
        <translation>Impossible d'exporter « %1 » : indiquez calendar, vcard ou announcement.</translation>
    </message>
    <message>
        <source>Say where to write the export: add --output &lt;file&gt;.</source>
        <translation>Indiquez où écrire l'export : ajoutez --output &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>The vcard export is not about one event: leave out --event.</source>
        <translation>L'export vcard ne porte pas sur un évènement : retirez --event.</translation>
    </message>
    <message>
        <source>The announcement needs an event: add --event &lt;id or title&gt;.</source>
        <translation>L'annonce demande un évènement : ajoutez --event &lt;numéro ou titre&gt;.</translation>
    </message>
    <message>
        <source>Wrote the calendar into %1 (events: %2).</source>
        <translation>Calendrier écrit dans %1 (évènements : %2).</translation>
    </message>
    <message>
        <source>Wrote the contact cards into %1 (contributors who agreed to be contacted by e-mail: %2).</source>
        <translation>Fiches de contact écrites dans %1 (contributeurs d'accord pour être contactés par courriel : %2).</translation>
    </message>
    <message>
        <source>Wrote the announcement of %1 into %2.</source>
        <translation>Annonce de %1 écrite dans %2.</translation>
    </message>
</context>
<context>
    <name>FeeStatementsReport</name>
    <message>
        <source>Fee statement</source>
        <translation>Relevé de frais</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Séjour</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2, %n night(s)</source>
        <translation>
            <numerusform>du %1 au %2, %n nuit</numerusform>
            <numerusform>du %1 au %2, %n nuits</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>%1: %2 × %3</source>
        <translation>%1 : %2 × %3</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Supplément</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Repas</translation>
    </message>
    <message numerus="yes">
        <source>%n meal(s), included</source>
        <translation>
            <numerusform>%n repas, compris</numerusform>
            <numerusform>%n repas, compris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meal(s) at the venue's prices</source>
        <translation>
            <numerusform>%n repas au tarif du lieu d'accueil</numerusform>
            <numerusform>%n repas au tarif du lieu d'accueil</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>%1, day visit</source>
        <translation>%1, venue à la journée</translation>
    </message>
    <message>
        <source>still to pay</source>
        <translation>reste à payer</translation>
    </message>
    <message>
        <source>paid too much, to refund</source>
        <translation>trop-perçu, à rembourser</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>réglé</translation>
    </message>
</context>
<context>
    <name>FeeSummaryReport</name>
    <message>
        <source>Fees by paying organisation</source>
        <translation>Frais par structure payeuse</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participant·es</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>The participants themselves</source>
        <translation>Les participant·es eux-mêmes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <source>&amp;Record payment…</source>
        <translation>&amp;Enregistrer un paiement…</translation>
    </message>
    <message>
        <source>&amp;Delete payment…</source>
        <translation>&amp;Supprimer un paiement…</translation>
    </message>
    <message>
        <source>Fees by participant</source>
        <translation>Frais par participant·e</translation>
    </message>
    <message>
        <source>Totals by payer</source>
        <translation>Totaux par payeur</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>Event total</source>
        <translation>Total de la rencontre</translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Open that contributor</source>
        <translation>Ouvrir la fiche de cette personne</translation>
    </message>
</context>
<context>
    <name>FundedDevelopmentDialog</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Prestataire :</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Contrat :</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget :</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <source>St&amp;arted on:</source>
        <translation>Co&amp;mmencé le :</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Livré le</translation>
    </message>
    <message>
        <source>D&amp;elivered on:</source>
        <translation>&amp;Livré le :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>&amp;Funders</source>
        <translation>&amp;Financeurs</translation>
    </message>
    <message>
        <source>New funded development</source>
        <translation>Nouveau développement co-financé</translation>
    </message>
    <message>
        <source>Pledged %1 of %2, paid %3.</source>
        <translation>Engagé : %1 sur %2 ; versé : %3.</translation>
    </message>
    <message>
        <source>Funded development “%1”</source>
        <translation>Développement co-financé « %1 »</translation>
    </message>
    <message>
        <source>The budget “%1” is not an amount.</source>
        <translation>Le budget « %1 » n'est pas un montant valide.</translation>
    </message>
    <message>
        <source>An amount cannot be read.</source>
        <translation>Un des montants n'est pas valide.</translation>
    </message>
    <message>
        <source>This date cannot be read; use dd/mm/yyyy.</source>
        <translation>Cette date n'est pas valide ; saisissez-la au format jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>The delivery date is before the start.</source>
        <translation>La date de livraison est antérieure à la date de début.</translation>
    </message>
</context>
<context>
    <name>FundedDevelopmentRepository</name>
    <message>
        <source>This funded development no longer exists.</source>
        <translation>Ce développement co-financé n'existe plus.</translation>
    </message>
    <message>
        <source>An organisation is listed twice among the funders.</source>
        <translation>Une structure figure deux fois parmi les financeurs.</translation>
    </message>
    <message>
        <source>Could not save the funded development: %1</source>
        <translation>Impossible d'enregistrer le développement co-financé : %1</translation>
    </message>
    <message>
        <source>Someone else saved this funded development after you opened it.</source>
        <translation>Quelqu’un d’autre a enregistré ce développement financé après que vous l’avez ouvert.</translation>
    </message>
</context>
<context>
    <name>GristSettings</name>
    <message>
        <source>Save the event before linking it to a Grist table.</source>
        <translation>Enregistrez l'évènement avant de le relier à une table Grist.</translation>
    </message>
</context>
<context>
    <name>GristSource</name>
    <message>
        <source>Enter the address of the Grist site, such as https://docs.getgrist.com or https://grist.example.org/o/team.</source>
        <translation>Saisissez l'adresse du site Grist, par exemple https://docs.getgrist.com ou https://grist.example.org/o/equipe.</translation>
    </message>
    <message>
        <source>“%1” is not a web address: the Grist site's address starts with https:// (or http://), such as https://docs.getgrist.com.</source>
        <translation>« %1 » n'est pas une adresse web : l'adresse du site Grist commence par https:// (ou http://), par exemple https://docs.getgrist.com.</translation>
    </message>
    <message>
        <source>Enter the document id: Grist shows it under Settings → API → Document ID.</source>
        <translation>Saisissez l'identifiant du document : Grist l'affiche dans Paramètres → API → ID du document.</translation>
    </message>
    <message>
        <source>Enter the table id: the table's name as Grist shows it in Raw data, such as Inscriptions.</source>
        <translation>Saisissez l'identifiant de la table : son nom tel que Grist l'affiche dans Données sources, par exemple Inscriptions.</translation>
    </message>
    <message>
        <source>The Grist settings cannot be read: %1</source>
        <translation>Les réglages Grist ne peuvent pas être lus : %1</translation>
    </message>
</context>
<context>
    <name>GristSourcePage</name>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Read the online form</source>
        <translation>Lire le formulaire en ligne</translation>
    </message>
    <message>
        <source>The pre-registrations are read from a Grist table. Nothing is written before the last step.</source>
        <translation>Les préinscriptions sont lues dans une table Grist. Rien n'est écrit avant la dernière étape.</translation>
    </message>
    <message>
        <source>as in the document's address, after /doc/</source>
        <translation>comme dans l'adresse du document, après /doc/</translation>
    </message>
    <message>
        <source>such as Inscriptions</source>
        <translation>par exemple Inscriptions</translation>
    </message>
    <message>
        <source>from Grist: Profile settings ▸ API; empty for a public document</source>
        <translation>dans Grist : Paramètres du profil ▸ API ; vide pour un document public</translation>
    </message>
    <message>
        <source>Each row of the table becomes a registration to this event, and its person a contributor when new. A row already imported is updated, not added again: it keeps its row id, even when the person changes their e-mail address. Rows deleted in Grist are left as they are here.</source>
        <translation>Chaque ligne de la table devient une inscription à cet évènement, et sa personne un contributeur si elle est nouvelle. Une ligne déjà importée est mise à jour, pas ajoutée à nouveau : elle garde son identifiant de ligne, même si la personne change d'adresse électronique. Les lignes supprimées dans Grist restent telles quelles ici.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Document id:</source>
        <translation>Identifiant du &amp;document :</translation>
    </message>
    <message>
        <source>&amp;Table id:</source>
        <translation>Identifiant de la &amp;table :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d'API :</translation>
    </message>
    <message>
        <source>The keychain refused the key earlier in this session.</source>
        <translation>Le trousseau a refusé la clé plus tôt dans cette session.</translation>
    </message>
    <message>
        <source>Reading the table from Grist…</source>
        <translation>Lecture de la table depuis Grist…</translation>
    </message>
    <message>
        <source>The table has no rows yet: nothing to import.</source>
        <translation>La table n'a encore aucune ligne : rien à importer.</translation>
    </message>
    <message>
        <source>Read %1 and %2 from Grist.</source>
        <translation>%1 et %2 lues depuis Grist.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain cannot be used: the key is kept only until Convivium closes, never in a file.</source>
        <translation>Le trousseau du système n'est pas utilisable : la clé n'est gardée que jusqu'à la fermeture de Convivium, jamais dans un fichier.</translation>
    </message>
</context>
<context>
    <name>GristSyncCommand</name>
    <message>
        <source>grist-sync takes no argument: give the event with --event.</source>
        <translation>grist-sync ne prend pas d'argument : donnez l'évènement avec --event.</translation>
    </message>
    <message>
        <source>Say which event the form is for: add --event &lt;id or title&gt;.</source>
        <translation>Indiquez l'évènement du formulaire : ajoutez --event &lt;numéro ou titre&gt;.</translation>
    </message>
    <message>
        <source>This event has no Grist form yet: give --server, --document and --table.</source>
        <translation>Cet évènement n'a pas encore de formulaire Grist : donnez --server, --document et --table.</translation>
    </message>
</context>
<context>
    <name>GristSyncDialog</name>
    <message>
        <source>Sync with the online form — %1</source>
        <translation>Synchroniser avec le formulaire en ligne — %1</translation>
    </message>
    <message>
        <source>Sync with the online form</source>
        <translation>Synchroniser avec le formulaire en ligne</translation>
    </message>
</context>
<context>
    <name>GristTable</name>
    <message>
        <source>The server's answer is not a Grist table: %1</source>
        <translation>La réponse du serveur n'est pas une table Grist : %1</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>elle est vide.</translation>
    </message>
    <message>
        <source>it is a web page, not data.</source>
        <translation>c'est une page web, pas des données.</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at character %2).</source>
        <translation>ce n'est pas du JSON (%1 au caractère %2).</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>ce n'est pas un objet JSON.</translation>
    </message>
    <message>
        <source>it has no list of columns.</source>
        <translation>elle n'a pas de liste de colonnes.</translation>
    </message>
    <message>
        <source>column %1 has no id.</source>
        <translation>la colonne %1 n'a pas d'identifiant.</translation>
    </message>
    <message>
        <source>column %1 has no fields.</source>
        <translation>la colonne %1 n'a pas de champs.</translation>
    </message>
    <message>
        <source>it has no list of records.</source>
        <translation>elle n'a pas de liste d'enregistrements.</translation>
    </message>
    <message>
        <source>record %1 has no row id.</source>
        <translation>l'enregistrement %1 n'a pas d'identifiant de ligne.</translation>
    </message>
    <message>
        <source>row %1 has no fields.</source>
        <translation>la ligne %1 n'a pas de champs.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Communauté :</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>M&amp;ission :</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Ca&amp;dence:</source>
        <translation>R&amp;ythme :</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>#channel, list address or chat room</source>
        <translation>#canal, adresse de liste ou salon de discussion</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Cana&amp;l :</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Dépôt :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sièges</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>S&amp;eats:</source>
        <translation>Sièg&amp;es :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mee&amp;tings</source>
        <translation>&amp;Réunions</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation>Groupe « %1 »</translation>
    </message>
    <message>
        <source>This date cannot be read; use dd/mm/yyyy.</source>
        <translation>Cette date n'est pas valide ; saisissez-la au format jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participant·es</translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>This group no longer exists.</source>
        <translation>Ce groupe n'existe plus.</translation>
    </message>
    <message>
        <source>A membership refers to a contributor who no longer exists.</source>
        <translation>Une appartenance fait référence à un·e contributeur·rice qui n'existe plus.</translation>
    </message>
    <message>
        <source>A meeting lists the same attendee twice.</source>
        <translation>Une réunion compte deux fois la même personne parmi les participant·es.</translation>
    </message>
    <message>
        <source>Could not save the group: %1</source>
        <translation>Impossible d'enregistrer le groupe : %1</translation>
    </message>
    <message>
        <source>Could not delete the group: %1</source>
        <translation>Impossible de supprimer le groupe : %1</translation>
    </message>
    <message>
        <source>Someone else saved this group after you opened it.</source>
        <translation>Quelqu’un d’autre a enregistré ce groupe après que vous l’avez ouvert.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Say what to import and from which file: import contributors people.csv</source>
        <translation>Dites quoi importer et depuis quel fichier : import contributors personnes.csv</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Impossible de lire la correspondance %1 : %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported: nothing was written.</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée : rien n’a été écrit.</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées : rien n’a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged.</source>
        <translation>Nouvelles : %1, mises à jour : %2, inchangées : %3.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>Essai à blanc, rien n’a été écrit : %1</translation>
    </message>
    <message>
        <source>New organisations: %1</source>
        <translation>Nouvelles structures : %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importé : %1</translation>
    </message>
    <message>
        <source>Cannot import "%1": say contributors, organisations or registrations.</source>
        <translation>Impossible d'importer « %1 » : indiquez contributors, organisations ou registrations.</translation>
    </message>
    <message>
        <source>Registrations are for an event: add --event &lt;id or title&gt;.</source>
        <translation>Les inscriptions concernent un évènement : ajoutez --event &lt;numéro ou titre&gt;.</translation>
    </message>
</context>
<context>
    <name>ImportDonePage</name>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import back in one step.</source>
        <translation>Édition ▸ Annuler défait tout l'import en une étape.</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>First line holds the column &amp;names</source>
        <translation>La première ligne donne les &amp;noms des colonnes</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A CSV file, as a spreadsheet saves it. Check in the preview that it reads right.</source>
        <translation>Un fichier CSV, tel qu'un tableur l'enregistre. Vérifiez dans l'aperçu qu'il est bien lu.</translation>
    </message>
    <message>
        <source>No event yet: create one first</source>
        <translation>Aucun évènement : créez-en un d'abord</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>É&amp;vènement :</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Chemin d'un fichier .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>E&amp;ncodage :</translation>
    </message>
    <message>
        <source>First lines of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>The file has no line to import below its header.</source>
        <translation>Le fichier n'a aucune ligne à importer sous son en-tête.</translation>
    </message>
    <message>
        <source>Read as %1, separated by %2: %3, %4.</source>
        <translation>Lu en %1, séparé par des %2 : %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) to import</source>
        <translation>
            <numerusform>%n ligne à importer</numerusform>
            <numerusform>%n lignes à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file: its first lines show here.</source>
        <translation>Choisissez un fichier : ses premières lignes s'affichent ici.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The column mapping cannot be read: %1.</source>
        <translation>La correspondance des colonnes est illisible : %1.</translation>
    </message>
    <message>
        <source>The column mapping names an unknown field "%1". The fields are: %2.</source>
        <translation>La correspondance des colonnes nomme un champ inconnu « %1 ». Les champs sont : %2.</translation>
    </message>
    <message>
        <source>The column mapping names a column "%1" that the file does not have.</source>
        <translation>La correspondance des colonnes nomme une colonne « %1 » que le fichier n’a pas.</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>First meal</source>
        <translation>Premier repas</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Last meal</source>
        <translation>Dernier repas</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Roommate wishes</source>
        <translation>Souhaits de chambrée</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Besoins d'accessibilité</translation>
    </message>
    <message>
        <source>Onboarding session</source>
        <translation>Session d'accueil</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Car sharing</source>
        <translation>Covoiturage</translation>
    </message>
    <message>
        <source>Public list consent</source>
        <translation>Accord pour la liste publique</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>Adresse de la plateforme</translation>
    </message>
</context>
<context>
    <name>ImportMappingEditor</name>
    <message>
        <source>Columns of the file and the fields they fill</source>
        <translation>Colonnes du fichier et champs qu'elles remplissent</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Say which field each column fills. Columns left on “(ignore)” are not read.</source>
        <translation>Indiquez quel champ chaque colonne remplit. Les colonnes laissées sur « (ignorer) » ne sont pas lues.</translation>
    </message>
    <message>
        <source>Your choices are remembered for the next import with the same columns.</source>
        <translation>Vos choix sont retenus pour le prochain import avec les mêmes colonnes.</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message numerus="yes">
        <source>The file has %n line(s) with errors: nothing was imported.</source>
        <translation>
            <numerusform>Le fichier a %n ligne en erreur : rien n'a été importé.</numerusform>
            <numerusform>Le fichier a %n lignes en erreur : rien n'a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>L'import a été annulé : rien n'a été importé.</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>Ligne %1 : %2 Rien n'a été importé.</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>Form row</source>
        <translation>Ligne du formulaire</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Skip (your choice)</source>
        <translation>Ignorée (votre choix)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Skip (unchanged)</source>
        <translation>Ignorée (inchangée)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>%1, on the waiting list</source>
        <translation>%1, sur liste d'attente</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Untick to leave this line out of the import.</source>
        <translation>Décochez pour laisser cette ligne hors de l'import.</translation>
    </message>
</context>
<context>
    <name>ImportPlanPage</name>
    <message>
        <source>Check the changes</source>
        <translation>Vérifier les modifications</translation>
    </message>
    <message>
        <source>Nothing is written yet. Untick a line to leave it out, then import: the whole import is one step that Edit ▸ Undo takes back.</source>
        <translation>Rien n'est encore écrit. Décochez une ligne pour la laisser de côté, puis importez : tout l'import est une seule étape qu'Édition ▸ Annuler défait.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>ImportPlanView</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Lines to create or update</source>
        <translation>Lignes à créer ou mettre à jour</translation>
    </message>
    <message>
        <source>New only</source>
        <translation>Nouvelles seulement</translation>
    </message>
    <message>
        <source>Updates only</source>
        <translation>Mises à jour seulement</translation>
    </message>
    <message>
        <source>Lines left as they are</source>
        <translation>Lignes laissées telles quelles</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Lines of the import</source>
        <translation>Lignes de l'import</translation>
    </message>
    <message>
        <source>Problems to fix (%1)</source>
        <translation>Problèmes à corriger (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Avertissements (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) unknown to the community will be created: %1</source>
        <translation>
            <numerusform>%n structure inconnue de la communauté sera créée : %1</numerusform>
            <numerusform>%n structures inconnues de la communauté seront créées : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported, see the problems below. Correct the file (or the column choices) and read it again: nothing is imported while a line is wrong.</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée, voir les problèmes ci-dessous. Corrigez le fichier (ou le choix des colonnes) et relisez-le : rien n'est importé tant qu'une ligne est fausse.</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées, voir les problèmes ci-dessous. Corrigez le fichier (ou le choix des colonnes) et relisez-le : rien n'est importé tant qu'une ligne est fausse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every line is already in the community as it is, or left out.</source>
        <translation>Rien à importer : chaque ligne est déjà dans la communauté telle quelle, ou laissée de côté.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>Problems that block the import</source>
        <translation>Problèmes qui bloquent l’import</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n nouvelle structure</numerusform>
            <numerusform>%n nouvelles structures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new registration(s)</source>
        <translation>
            <numerusform>%n nouvelle inscription</numerusform>
            <numerusform>%n nouvelles inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contributor(s)</source>
        <translation>
            <numerusform>%n nouveau contributeur</numerusform>
            <numerusform>%n nouveaux contributeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n organisation(s)</source>
        <translation>
            <numerusform>Import de %n structure</numerusform>
            <numerusform>Import de %n structures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n registration(s) from the online form</source>
        <translation>
            <numerusform>Import de %n inscription depuis le formulaire en ligne</numerusform>
            <numerusform>Import de %n inscriptions depuis le formulaire en ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n registration(s)</source>
        <translation>
            <numerusform>Import de %n inscription</numerusform>
            <numerusform>Import de %n inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n contributor(s)</source>
        <translation>
            <numerusform>Import de %n contributeur</numerusform>
            <numerusform>Import de %n contributeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 updated, %3 unchanged</source>
        <translation>%1, mises à jour : %2, inchangées : %3</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n skipped by you</source>
        <translation>
            <numerusform>%1 ; %n ignorée par vous</numerusform>
            <numerusform>%1 ; %n ignorées par vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported: nothing was imported.</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée : rien n'a été importé.</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées : rien n'a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importé : %1</translation>
    </message>
    <message>
        <source>The column choices could not be remembered: %1</source>
        <translation>Le choix des colonnes n'a pas pu être retenu : %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contributors</source>
        <translation>Importer des contributeurs</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Importer des structures</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Importer des inscriptions</translation>
    </message>
</context>
<context>
    <name>KitchenReport</name>
    <message>
        <source>Kitchen sheet</source>
        <translation>Fiche cuisine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Repas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>No special diet</source>
        <translation>Sans régime particulier</translation>
    </message>
    <message>
        <source>Diets</source>
        <translation>Régimes</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Meals in all</source>
        <translation>Total des repas</translation>
    </message>
</context>
<context>
    <name>ListCsvExport</name>
    <message>
        <source>Export this list as CSV</source>
        <translation>Exporter cette liste en CSV</translation>
    </message>
    <message>
        <source>Every column of the list is hidden: show at least one to export it.</source>
        <translation>Toutes les colonnes de la liste sont masquées : affichez-en au moins une pour l'exporter.</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet in French: semicolons, UTF-8 with BOM (*.csv)</source>
        <translation>CSV pour un tableur en français : points-virgules, UTF-8 avec BOM (*.csv)</translation>
    </message>
    <message>
        <source>CSV with commas, UTF-8 (*.csv)</source>
        <translation>CSV avec virgules, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>Écriture de la liste…</translation>
    </message>
</context>
<context>
    <name>ListModels</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Structure parente</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Contributeur·rices</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu d'accueil</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Financeurs</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
</context>
<context>
    <name>ListQuery</name>
    <message>
        <source>Cannot read the list: %1</source>
        <translation>Impossible de lire la liste : %1</translation>
    </message>
</context>
<context>
    <name>LodgingPlanReport</name>
    <message>
        <source>Lodging plan</source>
        <translation>Plan d'hébergement</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nuit</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>Occupant·es</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>Night of %1</source>
        <translation>Nuit du %1</translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>Pas encore de chambre</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MealsPage</name>
    <message>
        <source>Meals by day</source>
        <translation>Repas par jour</translation>
    </message>
    <message>
        <source>Diets and allergies of the selected meal</source>
        <translation>Régimes et allergies du repas sélectionné</translation>
    </message>
    <message>
        <source>Select a meal to see its diets and allergies.</source>
        <translation>Sélectionnez un repas pour en voir les régimes et les allergies.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Diets:</source>
        <translation>Régimes :</translation>
    </message>
    <message>
        <source>Allergies:</source>
        <translation>Allergies :</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>aucune déclarée</translation>
    </message>
</context>
<context>
    <name>MergeContributorsDialog</name>
    <message>
        <source>Merge contributors</source>
        <translation>Fusionner des contributeur·rices</translation>
    </message>
    <message>
        <source>Merged record preview</source>
        <translation>Aperçu de la fiche fusionnée</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Conserver :</translation>
    </message>
    <message>
        <source>&amp;Merge into it:</source>
        <translation>&amp;Doublon à fusionner :</translation>
    </message>
    <message>
        <source>The duplicate's e-mails, affiliations, memberships and registrations move to the contributor kept; the duplicate is then deleted. You can undo this.</source>
        <translation>Les e-mails, affiliations, appartenances aux groupes et inscriptions du doublon sont transférés vers la fiche conservée, puis le doublon est supprimé. Vous pourrez annuler cette opération.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the duplicate record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez la fiche en double.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;E-mails:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Affiliations:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Languages:&lt;/b&gt; %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;E-mails :&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Affiliations :&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Langues :&lt;/b&gt; %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Impossible de lire la version du schéma de %1.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed (%3); the file was left as it was.</source>
        <translation>La mise à jour de %1 vers le schéma %2 a échoué (%3) ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not record the schema version: %1</source>
        <translation>Impossible d'enregistrer la version du schéma : %1</translation>
    </message>
</context>
<context>
    <name>OccupancyPage</name>
    <message>
        <source>Occupancy by night and lodging option</source>
        <translation>Occupation par nuit et par type d'hébergement</translation>
    </message>
    <message>
        <source>Nobody sleeps at the venue yet.</source>
        <translation>Personne n'est encore hébergé·e sur le lieu d'accueil.</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) over capacity: the red cells show which options are overfull.</source>
        <translation>
            <numerusform>%n nuit dépasse la capacité : les cases rouges indiquent les types d'hébergement en surnombre.</numerusform>
            <numerusform>%n nuits dépassent la capacité : les cases rouges indiquent les types d'hébergement en surnombre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every night fits the lodging capacity. Grey rows are transit days.</source>
        <translation>Toutes les nuits respectent la capacité d'hébergement. Les lignes grises sont des jours de transit.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Région Bretagne</source>
        <translation>Région Bretagne</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>C&amp;ountry code:</source>
        <translation>Code pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme :</translation>
    </message>
    <message>
        <source>GeoBretagne, PIGMA…</source>
        <translation>GeoBretagne, PIGMA…</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>Adresse de la plate&amp;forme :</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>Structure parente</translation>
    </message>
    <message>
        <source>P&amp;arent:</source>
        <translation>Str&amp;ucture parente :</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <source>Appears in the public “who uses it” list, since</source>
        <translation>Figure dans la liste publique « qui l'utilise » depuis le</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentement :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation>&amp;Relations</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Cotisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translation>&amp;Adhésion</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle structure</translation>
    </message>
    <message>
        <source>Organisation “%1”</source>
        <translation>Structure « %1 »</translation>
    </message>
    <message>
        <source>No organisation has this name; pick one from the list.</source>
        <translation>Aucune structure ne porte ce nom ; choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>This date cannot be read; use dd/mm/yyyy.</source>
        <translation>Cette date n'est pas valide ; saisissez-la au format jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>The fee “%1” is not an amount.</source>
        <translation>La cotisation « %1 » n'est pas un montant valide.</translation>
    </message>
</context>
<context>
    <name>OrganisationImport</name>
    <message>
        <source>No column gives the names of the organisations: map one.</source>
        <translation>Aucune colonne ne donne le nom des structures : associez-en une.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Le nom manque.</translation>
    </message>
    <message>
        <source>%1 is already on line %2 of this file.</source>
        <translation>%1 figure déjà à la ligne %2 de ce fichier.</translation>
    </message>
    <message>
        <source>"%1" is not a kind of organisation: write one of %2.</source>
        <translation>« %1 » n'est pas un type de structure : écrivez l'un de ceux-ci : %2.</translation>
    </message>
    <message>
        <source>"%1" is not a country: write its name or its two-letter code (FR, BO).</source>
        <translation>« %1 » n'est pas un pays : écrivez son nom ou son code à deux lettres (FR, BO).</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <source>This organisation no longer exists.</source>
        <translation>Cette structure n'existe plus.</translation>
    </message>
    <message>
        <source>The same relation is listed twice.</source>
        <translation>La même relation figure deux fois.</translation>
    </message>
    <message>
        <source>The membership of %1 is listed twice.</source>
        <translation>L'adhésion de l'année %1 figure deux fois.</translation>
    </message>
    <message>
        <source>Could not save the organisation: %1</source>
        <translation>Impossible d'enregistrer la structure : %1</translation>
    </message>
    <message>
        <source>Could not delete the organisation: %1</source>
        <translation>Impossible de supprimer la structure : %1</translation>
    </message>
    <message>
        <source>Has as member</source>
        <translation>A pour membre</translation>
    </message>
    <message>
        <source>Operated by</source>
        <translation>A pour opérateur</translation>
    </message>
    <message>
        <source>Someone else saved this organisation after you opened it.</source>
        <translation>Quelqu’un d’autre a enregistré cette structure après que vous l’avez ouverte.</translation>
    </message>
</context>
<context>
    <name>ParticipantsReport</name>
    <message>
        <source>Unknown column "%1". The columns are: %2.</source>
        <translation>Colonne inconnue « %1 ». Les colonnes sont : %2.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participant·es</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Liste des participant·es</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nuits</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Première rencontre</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant·e</numerusform>
            <numerusform>%n participant·es</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <source>%1 — due %2, paid %3, balance %4</source>
        <translation>%1 — dû : %2, payé : %3, reste à payer : %4</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Invoice, purchase order or transfer number</source>
        <translation>Numéro de facture, de bon de commande ou de virement</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Mo&amp;yen de paiement :</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>&amp;Payé par :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>The date of the payment is required.</source>
        <translation>La date du paiement est obligatoire.</translation>
    </message>
    <message>
        <source>This is not a date; type it like %1.</source>
        <translation>Cette date n'est pas valide ; saisissez-la sous la forme %1.</translation>
    </message>
    <message>
        <source>The amount is required.</source>
        <translation>Le montant est obligatoire.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; type it like %2.</source>
        <translation>« %1 » n'est pas un montant valide ; saisissez-le sous la forme %2.</translation>
    </message>
    <message>
        <source>The amount cannot be zero.</source>
        <translation>Le montant ne peut pas être nul.</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>Could not record the payment: %1</source>
        <translation>Impossible d'enregistrer le paiement : %1</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>PDF reports cannot be made without the graphical part of the application.</source>
        <translation>Les rapports PDF ne peuvent pas être produits sans la partie graphique de l'application.</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Le rapport a été annulé ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <source>Cannot draw the report into “%1”.</source>
        <translation>Impossible de dessiner le rapport dans « %1 ».</translation>
    </message>
</context>
<context>
    <name>PersonMatcher</name>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>« %1 » n'est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>The family name is missing.</source>
        <translation>Le nom de famille manque.</translation>
    </message>
    <message>
        <source>The address %1 is already on line %2 of this file.</source>
        <translation>L'adresse %1 figure déjà à la ligne %2 de ce fichier.</translation>
    </message>
    <message>
        <source>The address %1 belongs to someone else in the community.</source>
        <translation>L'adresse %1 appartient à une autre personne de la communauté.</translation>
    </message>
    <message>
        <source>This person is already on line %1 of this file.</source>
        <translation>Cette personne figure déjà à la ligne %1 de ce fichier.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Could not erase the personal data: %1</source>
        <translation>Impossible d’effacer les données personnelles : %1</translation>
    </message>
    <message>
        <source>The personal data was erased, but the database could not be compacted (%1): the old values may remain in its free space until it is.</source>
        <translation>Les données personnelles ont été effacées, mais la base n’a pas pu être compactée (%1) : les anciennes valeurs peuvent rester dans son espace libre jusqu’à ce qu’elle le soit.</translation>
    </message>
    <message>
        <source>This contributor no longer exists.</source>
        <translation>Ce contributeur n’existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>Removed: the name, e-mail addresses (%n), phone, languages, accounts and notes.</source>
        <translation>
            <numerusform>Supprimés : le nom, l’adresse électronique (%n), le téléphone, les langues, les comptes et les notes.</numerusform>
            <numerusform>Supprimés : le nom, les adresses électroniques (%n), le téléphone, les langues, les comptes et les notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed from the registrations (%n): allergies, accessibility needs, roommate wishes, travel and notes.</source>
        <translation>
            <numerusform>Supprimés de l’inscription (%n) : allergies, besoins d’accessibilité, souhaits de chambre, trajet et notes.</numerusform>
            <numerusform>Supprimés des inscriptions (%n) : allergies, besoins d’accessibilité, souhaits de chambre, trajet et notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed: the consents and the history of these records.</source>
        <translation>Supprimés : les consentements et l’historique de ces fiches.</translation>
    </message>
    <message>
        <source>Kept, anonymous: nights, meals, lodging, fees and payments, memberships and affiliations without title.</source>
        <translation>Conservés, anonymes : nuitées, repas, hébergement, frais et paiements, appartenances et rattachements sans fonction.</translation>
    </message>
    <message>
        <source>Erased contributor #%1</source>
        <translation>Contributeur effacé nº %1</translation>
    </message>
    <message>
        <source>Erase the personal data of contributor #%1</source>
        <translation>Effacer les données personnelles du contributeur nº %1</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Export personal data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <source>Personal data of %1</source>
        <translation>Données personnelles de %1</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote everything held about %1 into %2.</source>
        <translation>Tout ce qui est conservé sur %1 a été écrit dans %2.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase the personal data of %1?</source>
        <translation>Effacer les données personnelles de %1 ?</translation>
    </message>
    <message>
        <source>This cannot be undone, and clears Edit ▸ Undo: its steps may hold the same data.</source>
        <translation>C’est irréversible, et vide Édition ▸ Annuler : ses étapes peuvent contenir les mêmes données.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Erased the personal data of %1.</source>
        <translation>Les données personnelles de %1 ont été effacées.</translation>
    </message>
</context>
<context>
    <name>RecordChangeCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation>Annulation : %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablissement : %1</translation>
    </message>
    <message>
        <source>“%1” is not possible: the records it touches were changed since. Nothing was changed.</source>
        <translation>« %1 » est impossible : les fiches concernées ont été modifiées depuis. Rien n’a été changé.</translation>
    </message>
    <message>
        <source>“%1” is not possible: %2 changed the records it touches since. Nothing was changed, so that their work is kept.</source>
        <translation>« %1 » est impossible : %2 a modifié depuis les fiches concernées. Rien n’a été changé, pour garder son travail.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Not saved: someone else saved this record after you opened it. Press OK to compare again, or Cancel to leave your changes.</source>
        <translation>Non enregistré : quelqu’un d’autre a enregistré cette fiche après que vous l’avez ouverte. Appuyez sur OK pour comparer à nouveau, ou sur Annuler pour abandonner vos modifications.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Filter: type part of a name, an e-mail, a city…</source>
        <translation>Filtrer : saisissez une partie d'un nom, d'un e-mail, d'une ville…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Details of the selected record</source>
        <translation>Détails de la fiche sélectionnée</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a line to see its details.</source>
        <translation>Sélectionnez une ligne pour en voir le détail.</translation>
    </message>
    <message>
        <source>%1+ records…</source>
        <translation>%1 fiches et plus…</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation>Nou&amp;veau…</translation>
    </message>
    <message>
        <source>Create a new contributor</source>
        <translation>Créer une fiche contributeur·rice</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Participant·e :</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>first meal</source>
        <translation>premier repas</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Arrivée :</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>last meal</source>
        <translation>dernier repas</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>&amp;Départ :</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>%1 per night</source>
        <translation>%1 par nuit</translation>
    </message>
    <message>
        <source>Lodging elsewhere</source>
        <translation>Logement ailleurs</translation>
    </message>
    <message>
        <source>&amp;Lodging:</source>
        <translation>&amp;Hébergement :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>The participant</source>
        <translation>Le ou la participant·e</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>Pa&amp;yé par :</translation>
    </message>
    <message>
        <source>Nights, meals and amount due</source>
        <translation>Nuits, repas et montant dû</translation>
    </message>
    <message>
        <source>Stay:</source>
        <translation>Séjour :</translation>
    </message>
    <message>
        <source>Put on the waiting list (otherwise book over capacity)</source>
        <translation>Mettre en liste d'attente (sinon, inscrire en surnombre)</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>Sé&amp;jour</translation>
    </message>
    <message>
        <source>Roommate wishes</source>
        <translation>Souhaits de partage de chambre</translation>
    </message>
    <message>
        <source>&amp;Wishes, as written:</source>
        <translation>Sou&amp;haits, tels que formulés :</translation>
    </message>
    <message>
        <source>Roommate refusals</source>
        <translation>Refus de partage de chambre</translation>
    </message>
    <message>
        <source>&amp;Refusals, as written:</source>
        <translation>&amp;Refus, tels que formulés :</translation>
    </message>
    <message>
        <source>Roommate</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Wish or refusal</source>
        <translation>Souhait ou refus</translation>
    </message>
    <message>
        <source>Wishes to share with</source>
        <translation>Souhaite partager avec</translation>
    </message>
    <message>
        <source>Refuses to share with</source>
        <translation>Refuse de partager avec</translation>
    </message>
    <message>
        <source>For the allocation:</source>
        <translation>Pour la répartition :</translation>
    </message>
    <message>
        <source>R&amp;oommates</source>
        <translation>Partage de &amp;chambre</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <source>vegetarian, vegan, gluten-free…</source>
        <translation>végétarien, végétalien, sans gluten…</translation>
    </message>
    <message>
        <source>&amp;Diet:</source>
        <translation>&amp;Régime alimentaire :</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>&amp;Allergies :</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Besoins d'accessibilité</translation>
    </message>
    <message>
        <source>A&amp;ccessibility needs:</source>
        <translation>Besoins d'acc&amp;essibilité :</translation>
    </message>
    <message>
        <source>Joins the onboarding session</source>
        <translation>Participe à la session d'accueil</translation>
    </message>
    <message>
        <source>Topics of interest</source>
        <translation>Thèmes d'intérêt</translation>
    </message>
    <message>
        <source>&amp;Topics of interest:</source>
        <translation>&amp;Thèmes d'intérêt :</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>train to Tarascon-sur-Ariège, 14:05</source>
        <translation>train pour Tarascon-sur-Ariège, 14 h 05</translation>
    </message>
    <message>
        <source>T&amp;ravel:</source>
        <translation>Dé&amp;placement :</translation>
    </message>
    <message>
        <source>Car sharing</source>
        <translation>Covoiturage</translation>
    </message>
    <message>
        <source>offers 2 seats from Toulouse</source>
        <translation>propose 2 places depuis Toulouse</translation>
    </message>
    <message>
        <source>Car &amp;sharing:</source>
        <translation>Co&amp;voiturage :</translation>
    </message>
    <message>
        <source>Agrees to appear in the public participant list</source>
        <translation>Accepte de figurer dans la liste publique des participant·es</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Needs and travel</source>
        <translation>&amp;Besoins et déplacement</translation>
    </message>
    <message>
        <source>Register to “%1”</source>
        <translation>Inscription à « %1 »</translation>
    </message>
    <message>
        <source>Registration of %1</source>
        <translation>Inscription de %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>day visit</source>
        <translation>venue à la journée</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n nuit</numerusform>
            <numerusform>%n nuits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <translation>%1, %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n meal(s)</source>
        <translation>
            <numerusform>%n repas</numerusform>
            <numerusform>%n repas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 × %2 supplement</source>
        <translation>%1 × %2 de supplément</translation>
    </message>
    <message numerus="yes">
        <source>%n meal(s) at the venue's prices</source>
        <translation>
            <numerusform>%n repas au tarif du lieu d'accueil</numerusform>
            <numerusform>%n repas au tarif du lieu d'accueil</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered after the deadline: it will be kept and marked late.</source>
        <translation>Inscription après la date limite : elle sera conservée et marquée comme hors délai.</translation>
    </message>
    <message>
        <source>This lodging option is full on %1.</source>
        <translation>Nuits complètes pour ce type d'hébergement : %1.</translation>
    </message>
    <message>
        <source>This date cannot be read; use dd/mm/yyyy.</source>
        <translation>Cette date n'est pas valide ; saisissez-la au format jj/mm/aaaa.</translation>
    </message>
    <message numerus="yes">
        <source>The event is full (%n place(s)).</source>
        <translation>
            <numerusform>La rencontre est complète (%n place).</numerusform>
            <numerusform>La rencontre est complète (%n places).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationImport</name>
    <message>
        <source>"%1" is neither yes nor no.</source>
        <translation>« %1 » n'est ni oui ni non.</translation>
    </message>
    <message>
        <source>"%1" is not a date and time: write it as 02/03/2026 09:15 or 2026-03-02T09:15.</source>
        <translation>« %1 » n'est pas une date et une heure : écrivez-la comme 02/03/2026 09:15 ou 2026-03-02T09:15.</translation>
    </message>
    <message>
        <source>"%1" is not a time of the day.</source>
        <translation>« %1 » n'est pas une heure de la journée.</translation>
    </message>
    <message>
        <source>No column gives the names or the e-mail addresses: map at least one of them.</source>
        <translation>Aucune colonne ne donne les noms ni les adresses électroniques : associez-en au moins une.</translation>
    </message>
    <message>
        <source>"%1" is not a meal: write breakfast, lunch or dinner (petit-déjeuner, déjeuner, dîner).</source>
        <translation>« %1 » n'est pas un repas : écrivez petit-déjeuner, déjeuner ou dîner.</translation>
    </message>
    <message>
        <source>"%1" is not a lodging option of this event: write one of %2, or "elsewhere".</source>
        <translation>« %1 » n'est pas une formule d'hébergement de cet évènement : écrivez l'une de celles-ci : %2, ou « ailleurs ».</translation>
    </message>
    <message>
        <source>The event is full: this person goes on the waiting list.</source>
        <translation>L'évènement est complet : cette personne va sur la liste d'attente.</translation>
    </message>
    <message>
        <source>The lodging chosen is full on %1: this person goes on the waiting list.</source>
        <translation>L'hébergement choisi est complet le %1 : cette personne va sur la liste d'attente.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Form row</source>
        <translation>Ligne du formulaire</translation>
    </message>
</context>
<context>
    <name>RegistrationRepository</name>
    <message>
        <source>This registration no longer exists.</source>
        <translation>Cette inscription n'existe plus.</translation>
    </message>
    <message>
        <source>The same roommate is listed twice.</source>
        <translation>La même personne figure deux fois dans les préférences de chambre.</translation>
    </message>
    <message>
        <source>This contributor is already registered to this event.</source>
        <translation>Cette personne est déjà inscrite à cette rencontre.</translation>
    </message>
    <message>
        <source>Could not save the registration: %1</source>
        <translation>Impossible d'enregistrer l'inscription : %1</translation>
    </message>
    <message>
        <source>Someone else saved this registration after you opened it.</source>
        <translation>Quelqu’un d’autre a enregistré cette inscription après que vous l’avez ouverte.</translation>
    </message>
</context>
<context>
    <name>RegistrationRules</name>
    <message>
        <source>Choose who registers, or create them.</source>
        <translation>Choisissez la personne à inscrire, ou créez sa fiche.</translation>
    </message>
    <message>
        <source>This contributor is already registered to this event.</source>
        <translation>Cette personne est déjà inscrite à cette rencontre.</translation>
    </message>
    <message>
        <source>The arrival date is required.</source>
        <translation>La date d'arrivée est obligatoire.</translation>
    </message>
    <message>
        <source>The departure date is required.</source>
        <translation>La date de départ est obligatoire.</translation>
    </message>
    <message>
        <source>The departure is before the arrival.</source>
        <translation>La date de départ est antérieure à la date d'arrivée.</translation>
    </message>
    <message>
        <source>On a day visit the last meal cannot come before the first.</source>
        <translation>Pour une venue à la journée, le dernier repas ne peut pas précéder le premier.</translation>
    </message>
    <message>
        <source>The stay goes outside the event (%1 – %2); the venue must agree to the extra nights.</source>
        <translation>Le séjour dépasse les dates de la rencontre (%1 – %2) ; le lieu d'accueil doit accepter les nuits supplémentaires.</translation>
    </message>
    <message>
        <source>The same person is both wished and refused as a roommate.</source>
        <translation>La même personne figure à la fois dans les souhaits et dans les refus de partage de chambre.</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Le titre est obligatoire.</translation>
    </message>
    <message>
        <source>The start and end dates are required.</source>
        <translation>Les dates de début et de fin sont obligatoires.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>La fin de la rencontre est antérieure à son début.</translation>
    </message>
    <message>
        <source>There are more transit days than days in the event.</source>
        <translation>La rencontre compte plus de jours de transit que de jours.</translation>
    </message>
    <message>
        <source>The deadline is before registrations open.</source>
        <translation>La date limite est antérieure à l'ouverture des inscriptions.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>La capacité ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Each lodging option needs a name.</source>
        <translation>Chaque type d'hébergement doit avoir un nom.</translation>
    </message>
    <message>
        <source>A room has at least one bed.</source>
        <translation>Une chambre doit avoir au moins un lit.</translation>
    </message>
    <message>
        <source>Numbers and prices cannot be negative.</source>
        <translation>Les nombres et les prix ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>A meal price cannot be negative.</source>
        <translation>Un prix de repas ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <source>Newcomers only</source>
        <translation>Premières participations uniquement</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>&amp;Changer le statut</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Filter: name, organisation, diet…</source>
        <translation>Filtrer : nom, structure, régime…</translation>
    </message>
    <message>
        <source>Filter the registrations</source>
        <translation>Filtrer les inscriptions</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Lodging filter</source>
        <translation>Filtre par hébergement</translation>
    </message>
    <message>
        <source>Organisation filter</source>
        <translation>Filtre par structure</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Inscrire…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All lodging</source>
        <translation>Tous les hébergements</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Toutes les structures</translation>
    </message>
    <message>
        <source>%1 shown · %2 coming · %3 waiting</source>
        <translation>Affichées : %1 · Présences prévues : %2 · En liste d'attente : %3</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n registration(s) with their payments and rooms? To keep a trace, set them to Cancelled instead. You can undo this.</source>
        <translation>
            <numerusform>Supprimer %n inscription avec ses paiements et ses attributions de chambre ? Pour en garder une trace, passez-la plutôt au statut « Annulé ». Vous pourrez annuler cette opération.</numerusform>
            <numerusform>Supprimer %n inscriptions avec leurs paiements et leurs attributions de chambre ? Pour en garder une trace, passez-les plutôt au statut « Annulé ». Vous pourrez annuler cette opération.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>A place is free. Offer it to %1, waiting since %2?</source>
        <translation>Une place s'est libérée. La proposer à %1, en liste d'attente depuis le %2 ?</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d'attente</translation>
    </message>
    <message>
        <source>&amp;Offer the place</source>
        <translation>&amp;Proposer la place</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export this list as CSV: the registrations shown, in this order, with these columns</source>
        <translation>Exporter cette liste en CSV : les inscriptions affichées, dans cet ordre, avec ces colonnes</translation>
    </message>
    <message>
        <source>Export this List as CSV…</source>
        <translation>Exporter cette liste en CSV…</translation>
    </message>
    <message>
        <source>Registrations - %1</source>
        <translation>Inscriptions - %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n registration(s) into %1.</source>
        <translation>
            <numerusform>%n inscription écrite dans %1.</numerusform>
            <numerusform>%n inscriptions écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportArrangement</name>
    <message>
        <source>This report has no column "%1" to sort by. Its columns are: %2.</source>
        <translation>Ce rapport n’a pas de colonne « %1 » selon laquelle trier. Ses colonnes sont : %2.</translation>
    </message>
    <message>
        <source>This report has no column "%1" to group by. Its columns are: %2.</source>
        <translation>Ce rapport n’a pas de colonne « %1 » selon laquelle regrouper. Ses colonnes sont : %2.</translation>
    </message>
    <message>
        <source>This report is already arranged in sections and cannot be grouped again.</source>
        <translation>Ce rapport est déjà organisé en sections et ne peut pas être regroupé autrement.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
    <message>
        <source>Participant list</source>
        <translation>Liste des participant·es</translation>
    </message>
    <message>
        <source>Lodging plan</source>
        <translation>Plan d'hébergement</translation>
    </message>
    <message>
        <source>Kitchen sheet</source>
        <translation>Fiche cuisine</translation>
    </message>
    <message>
        <source>Fee statements</source>
        <translation>Relevés de frais</translation>
    </message>
    <message>
        <source>Fees by paying organisation</source>
        <translation>Frais par structure payeuse</translation>
    </message>
    <message>
        <source>Venue summary</source>
        <translation>Récapitulatif pour le lieu d'accueil</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>Feuilles d'émargement</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Badges nominatifs</translation>
    </message>
    <message>
        <source>Who uses it</source>
        <translation>Qui l'utilise</translation>
    </message>
    <message>
        <source>Working group roster</source>
        <translation>Composition des groupes de travail</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Contributeur·rices</translation>
    </message>
    <message>
        <source>Unknown report "%1". The reports are: %2.</source>
        <translation>Rapport inconnu « %1 ». Les rapports sont : %2.</translation>
    </message>
    <message>
        <source>The %1 report needs an event.</source>
        <translation>Le rapport %1 a besoin d'une rencontre.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nuits</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Premier événement</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Free beds</source>
        <translation>Lits libres</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Premier contact</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Aucun nom de fichier n'a été donné pour le rapport.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>Impossible d'écrire « %1 » : le dossier « %2 » n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d'écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot finish writing “%1”: %2</source>
        <translation>Impossible de terminer l'écriture de « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
</context>
<context>
    <name>ReportSupport</name>
    <message>
        <source>This report needs an event.</source>
        <translation>Ce rapport a besoin d'une rencontre.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>Generated on %1</source>
        <translation>Produit le %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
</context>
<context>
    <name>ReportTemplates</name>
    <message>
        <source>The report template cannot be read: %1</source>
        <translation>Le modèle de rapport est illisible : %1</translation>
    </message>
    <message>
        <source>The report template names an unknown report “%1”.</source>
        <translation>Le modèle de rapport désigne un rapport inconnu « %1 ».</translation>
    </message>
    <message>
        <source>A report template needs a name.</source>
        <translation>Un modèle de rapport doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is no report template called “%1”.</source>
        <translation>Il n'y a pas de modèle de rapport appelé « %1 ».</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>As the report prefers</source>
        <translation>Selon le rapport</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>For publication (consenting only)</source>
        <translation>Pour publication (seulement les personnes d'accord)</translation>
    </message>
    <message>
        <source>Registration statuses</source>
        <translation>Statuts d'inscription</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Rencontre :</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation :</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Exporter en HTML…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>Choisissez un rapport.</translation>
    </message>
    <message>
        <source>Choose the event of the report.</source>
        <translation>Choisissez la rencontre du rapport.</translation>
    </message>
    <message>
        <source>Tick at least one registration status.</source>
        <translation>Cochez au moins un statut d'inscription.</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>Cochez au moins une colonne.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save report template</source>
        <translation>Enregistrer le modèle de rapport</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nom du modèle :</translation>
    </message>
    <message>
        <source>A template called “%1” exists already. Replace it?</source>
        <translation>Un modèle appelé « %1 » existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Delete report template</source>
        <translation>Supprimer le modèle de rapport</translation>
    </message>
    <message>
        <source>Delete the report template “%1”?</source>
        <translation>Supprimer le modèle de rapport « %1 » ?</translation>
    </message>
    <message>
        <source>The event of the template “%1” no longer exists: choose another.</source>
        <translation>La rencontre du modèle « %1 » n'existe plus : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Décroissant</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Trier par :</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Regrouper par :</translation>
    </message>
    <message>
        <source>The report's own order</source>
        <translation>L’ordre propre au rapport</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Sans regroupement</translation>
    </message>
    <message>
        <source>The template “%1” sorts by a column this report no longer has.</source>
        <translation>Le modèle « %1 » trie selon une colonne que ce rapport n’a plus.</translation>
    </message>
    <message>
        <source>Columns, in the order printed</source>
        <translation>Colonnes, dans l’ordre d’impression</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>&amp;Purge Now</source>
        <translation>&amp;Purger maintenant</translation>
    </message>
    <message>
        <source>Data Retention</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Allergies, accessibility needs, roommate wishes, travel and notes of a registration are personal details: keep them only as long as needed. Nights, meals, lodging and fees stay for the figures.</source>
        <translation>Allergies, besoins d’accessibilité, souhaits de chambre, trajet et notes d’une inscription sont des données personnelles : ne les gardez que le temps nécessaire. Nuitées, repas, hébergement et frais restent pour les chiffres.</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <source> year(s) after the event</source>
        <translation> an(s) après l’événement</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Durée de conservation en années</translation>
    </message>
    <message>
        <source>&amp;Keep personal details:</source>
        <translation>&amp;Garder les données personnelles :</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Details held</source>
        <translation>Données conservées</translation>
    </message>
    <message>
        <source>Registrations past the retention period</source>
        <translation>Inscriptions au-delà de la durée de conservation</translation>
    </message>
    <message>
        <source>Personal details are kept until you erase them.</source>
        <translation>Les données personnelles sont gardées jusqu’à ce que vous les effaciez.</translation>
    </message>
    <message>
        <source>No registration holds personal details past this period.</source>
        <translation>Aucune inscription ne garde de données personnelles au-delà de cette durée.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) hold personal details past this period; Purge Now clears them (Edit ▸ Undo brings them back while Convivium is open).</source>
        <translation>
            <numerusform>%n inscription garde des données personnelles au-delà de cette durée ; Purger maintenant les efface (Édition ▸ Annuler les rétablit tant que Convivium est ouvert).</numerusform>
            <numerusform>%n inscriptions gardent des données personnelles au-delà de cette durée ; Purger maintenant les efface (Édition ▸ Annuler les rétablit tant que Convivium est ouvert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged the personal details of %n past registration(s).</source>
        <translation>
            <numerusform>Les données personnelles de %n inscription passée ont été purgées.</numerusform>
            <numerusform>Les données personnelles de %n inscriptions passées ont été purgées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal details of registrations are kept.</source>
        <translation>Les données personnelles des inscriptions sont gardées.</translation>
    </message>
    <message numerus="yes">
        <source>Personal details of registrations are kept %n year(s) after the event.</source>
        <translation>
            <numerusform>Les données personnelles des inscriptions sont gardées %n an après l’événement.</numerusform>
            <numerusform>Les données personnelles des inscriptions sont gardées %n ans après l’événement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message>
        <source>allergies</source>
        <translation>allergies</translation>
    </message>
    <message>
        <source>accessibility needs</source>
        <translation>besoins d’accessibilité</translation>
    </message>
    <message>
        <source>roommate wishes</source>
        <translation>souhaits de chambre</translation>
    </message>
    <message>
        <source>roommates refused</source>
        <translation>colocataires refusés</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>trajet</translation>
    </message>
    <message>
        <source>car sharing</source>
        <translation>covoiturage</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>The retention period must be between 0 (keep) and 100 years.</source>
        <translation>La durée de conservation doit être comprise entre 0 (garder) et 100 ans.</translation>
    </message>
    <message numerus="yes">
        <source>Purge the personal details of %n past registration(s)</source>
        <translation>
            <numerusform>Purger les données personnelles de %n inscription passée</numerusform>
            <numerusform>Purger les données personnelles de %n inscriptions passées</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not purge the personal details: %1</source>
        <translation>Impossible de purger les données personnelles : %1</translation>
    </message>
</context>
<context>
    <name>RoomAllocator</name>
    <message>
        <source>%1 and %2 are not lodged as one group: with the other people they wish to share with, they would be more than the largest room of their lodging option holds (%3 beds)</source>
        <translation>%1 et %2 ne sont pas logé·es dans un même groupe : avec les autres personnes souhaitées pour partager leur chambre, le groupe dépasserait la capacité de la plus grande chambre de leur type d'hébergement (%3 lits)</translation>
    </message>
    <message>
        <source>%1 and %2 are not lodged as one group: %3, among the people they wish to share with, refuses to share a room with %4</source>
        <translation>%1 et %2 ne sont pas logé·es dans un même groupe : %3, parmi les personnes souhaitées pour partager leur chambre, refuse de partager une chambre avec %4</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>chambre %1</translation>
    </message>
    <message>
        <source>No room belongs to this lodging option</source>
        <translation>Aucune chambre n'est rattachée à ce type d'hébergement</translation>
    </message>
    <message>
        <source>No free bed in a room of this lodging option on %1</source>
        <translation>Aucun lit libre dans les chambres de ce type d'hébergement la nuit du %1</translation>
    </message>
    <message>
        <source>On %1 every free bed of this lodging option is in a room with someone who refuses %2 or whom %2 refuses</source>
        <translation>La nuit du %1, chaque lit libre de ce type d'hébergement se trouve dans une chambre occupée par une personne qui refuse %2 ou que %2 refuse</translation>
    </message>
    <message>
        <source>%1 refuses to share a room with %2</source>
        <translation>%1 refuse de partager une chambre avec %2</translation>
    </message>
    <message>
        <source>%1 and %2 are in different lodging options</source>
        <translation>%1 et %2 ont des types d'hébergement différents</translation>
    </message>
    <message>
        <source>%1 and %2 have no night in common</source>
        <translation>%1 et %2 n'ont aucune nuit en commun</translation>
    </message>
    <message>
        <source>%1 and %2 have solo rooms: their lodging option has no room for two</source>
        <translation>%1 et %2 ont des chambres individuelles : leur type d'hébergement n'a pas de chambre pour deux</translation>
    </message>
    <message>
        <source>%1 has no bed on %2</source>
        <translation>%1 n'a pas de lit la nuit du %2</translation>
    </message>
    <message>
        <source>%1 and %2 are kept in different rooms on %3 by locked assignments</source>
        <translation>Des attributions verrouillées maintiennent %1 et %2 dans des chambres différentes la nuit du %3</translation>
    </message>
    <message>
        <source>%1 is kept in %2 on %3 by a locked assignment, and %4 cannot join that room</source>
        <translation>Une attribution verrouillée maintient %1 dans %2 la nuit du %3, et %4 ne peut pas rejoindre cette chambre</translation>
    </message>
    <message>
        <source>The room of %1 is full on %2</source>
        <translation>La chambre de %1 est complète la nuit du %2</translation>
    </message>
    <message>
        <source>%1 cannot join the room of %2 on %3: %4 is in it and they refuse to share</source>
        <translation>%1 ne peut pas rejoindre la chambre de %2 la nuit du %3 : %4 s'y trouve et l'une des deux personnes refuse de partager une chambre avec l'autre</translation>
    </message>
    <message>
        <source>On %1 every room with beds for %2 and %3 holds someone who refuses one of them or whom one of them refuses</source>
        <translation>La nuit du %1, chaque chambre ayant assez de lits pour %2 et %3 est occupée par une personne qui refuse l'un·e des deux ou que l'un·e des deux refuse</translation>
    </message>
    <message>
        <source>On %1 the rooms of %2 and %3 are full and no other room of their lodging option has two free beds</source>
        <translation>La nuit du %1, les chambres de %2 et de %3 sont complètes et aucune autre chambre de leur type d'hébergement n'a deux lits libres</translation>
    </message>
    <message>
        <source>%1 and %2 could not share a room on %3: the beds that would bring them together went to other wishes or to whole stays</source>
        <translation>%1 et %2 n'ont pas pu partager une chambre la nuit du %3 : les lits qui auraient permis de les réunir ont servi à d'autres souhaits ou à garder d'autres personnes dans la même chambre pendant tout leur séjour</translation>
    </message>
    <message>
        <source>%1 wishes to share a room with registration %2, who is not among the people to lodge</source>
        <translation>%1 souhaite partager une chambre avec l'inscription n° %2, qui ne fait pas partie des personnes à loger</translation>
    </message>
</context>
<context>
    <name>RoomBoardPage</name>
    <message>
        <source>Rooms and nights</source>
        <translation>Chambres et nuits</translation>
    </message>
    <message>
        <source>Participants without a room on some nights</source>
        <translation>Participant·es sans chambre certaines nuits</translation>
    </message>
    <message>
        <source>Create the &amp;rooms</source>
        <translation>Créer les &amp;chambres</translation>
    </message>
    <message>
        <source>One room per unit of each lodging option; rename them afterwards.</source>
        <translation>Une chambre par unité de chaque type d'hébergement ; vous pourrez les renommer ensuite.</translation>
    </message>
    <message>
        <source>&amp;Allocate automatically</source>
        <translation>&amp;Répartir automatiquement</translation>
    </message>
    <message>
        <source>Fills the rooms: keeps locked assignments, never breaks a refusal, meets wishes where possible.</source>
        <translation>Remplit les chambres : conserve les attributions verrouillées, respecte toujours les refus et satisfait les souhaits dans la mesure du possible.</translation>
    </message>
    <message>
        <source>Drag a participant onto a room (Ctrl: this night only):</source>
        <translation>Faites glisser un·e participant·e sur une chambre (Ctrl : cette nuit seulement) :</translation>
    </message>
    <message>
        <source>Take out of the room for this night</source>
        <translation>Retirer de la chambre pour cette nuit</translation>
    </message>
    <message>
        <source>Take out for the whole stay</source>
        <translation>Retirer pour tout le séjour</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Lock (the allocation keeps it)</source>
        <translation>Verrouiller (la répartition automatique la conserve)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n bed(s))</source>
        <translation>
            <numerusform>%1 (%n lit)</numerusform>
            <numerusform>%1 (%n lits)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 beds taken</source>
        <translation>Lits occupés : %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n night(s) without a room</source>
        <translation>
            <numerusform>%1 — %n nuit sans chambre</numerusform>
            <numerusform>%1 — %n nuits sans chambre</numerusform>
        </translation>
    </message>
    <message>
        <source>No room yet: create them from the lodging options.</source>
        <translation>Aucune chambre pour l'instant : créez-les à partir des types d'hébergement.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) created.</source>
        <translation>
            <numerusform>%n chambre créée.</numerusform>
            <numerusform>%n chambres créées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every lodging option already has its rooms.</source>
        <translation>Chaque type d'hébergement a déjà ses chambres.</translation>
    </message>
    <message>
        <source>Everyone has a room and every wish is met.</source>
        <translation>Tout le monde a une chambre et tous les souhaits sont satisfaits.</translation>
    </message>
    <message numerus="yes">
        <source>%n wish(es) or night(s) could not be met; see the details.</source>
        <translation>
            <numerusform>%n souhait ou nuit sans solution ; consultez le détail.</numerusform>
            <numerusform>%n souhaits ou nuits sans solution ; consultez le détail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Room allocation</source>
        <translation>Répartition des chambres</translation>
    </message>
    <message>
        <source>%1 booked another kind of lodging; change the registration first.</source>
        <translation>%1 a réservé un autre type d'hébergement ; modifiez d'abord son inscription.</translation>
    </message>
    <message>
        <source>%1 and %2 do not want to share a room.</source>
        <translation>%1 et %2 ne veulent pas partager une chambre.</translation>
    </message>
    <message>
        <source>%1 is full on %2.</source>
        <translation>Plus de place dans %1 la nuit du %2.</translation>
    </message>
    <message>
        <source>%1 is in %2.</source>
        <translation>%1 est dans %2.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename the room</source>
        <translation>Renommer la chambre</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Number of beds…</source>
        <translation>Nombre de lits…</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Beds in %1:</source>
        <translation>Lits dans %1 :</translation>
    </message>
    <message>
        <source>Delete the room</source>
        <translation>Supprimer la chambre</translation>
    </message>
</context>
<context>
    <name>RoomPlanner</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>RoomRepository</name>
    <message>
        <source>Could not save the room: %1</source>
        <translation>Impossible d'enregistrer la chambre : %1</translation>
    </message>
    <message>
        <source>Could not assign the room: %1</source>
        <translation>Impossible d'attribuer la chambre : %1</translation>
    </message>
</context>
<context>
    <name>RosterReport</name>
    <message>
        <source>Working group roster</source>
        <translation>Composition des groupes de travail</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Jusqu'au</translation>
    </message>
    <message>
        <source>Working groups and governance bodies, members who agreed to be listed</source>
        <translation>Groupes de travail et instances de gouvernance, membres ayant accepté d’y figurer</translation>
    </message>
    <message>
        <source>Working groups and governance bodies with their members</source>
        <translation>Groupes de travail et instances de gouvernance avec leurs membres</translation>
    </message>
</context>
<context>
    <name>RowStore</name>
    <message>
        <source>Undo or redo failed, nothing was changed: %1</source>
        <translation>Échec de l'annulation ou du rétablissement, rien n'a été modifié : %1</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Supprimer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Lignes : %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>"%1" is not a database address: write it as postgresql://user@host:5432/database.</source>
        <translation>« %1 » n'est pas une adresse de base de données : écrivez-la comme postgresql://utilisateur@hôte:5432/base.</translation>
    </message>
    <message>
        <source>The address %1 does not name a database: add it after the port, as in postgresql://user@host:5432/community.</source>
        <translation>L'adresse %1 ne nomme aucune base : ajoutez-la après le port, comme dans postgresql://utilisateur@hôte:5432/communaute.</translation>
    </message>
    <message>
        <source>The address %1 does not name a user: write it as postgresql://user@host/database.</source>
        <translation>L'adresse %1 ne nomme aucun utilisateur : écrivez-la comme postgresql://utilisateur@hôte/base.</translation>
    </message>
</context>
<context>
    <name>SessionBackups</name>
    <message>
        <source>Restore an automatic backup</source>
        <translation>Restaurer une sauvegarde automatique</translation>
    </message>
    <message>
        <source>Automatic backups are taken of community files; a team database is backed up on its server.</source>
        <translation>Les sauvegardes automatiques concernent les fichiers de communauté ; une base d’équipe est sauvegardée sur son serveur.</translation>
    </message>
    <message>
        <source>There is no automatic backup of this community yet.</source>
        <translation>Il n’y a pas encore de sauvegarde automatique de cette communauté.</translation>
    </message>
    <message>
        <source>%1, when it was opened (%2)</source>
        <translation>%1, à son ouverture (%2)</translation>
    </message>
    <message>
        <source>%1, when it was closed (%2)</source>
        <translation>%1, à sa fermeture (%2)</translation>
    </message>
    <message>
        <source>Copy of %1 taken on:</source>
        <translation>Copie de %1 prise le :</translation>
    </message>
    <message>
        <source>The new community to restore into</source>
        <translation>La nouvelle communauté où restaurer</translation>
    </message>
    <message>
        <source>Restored the copy of %1 into %2.</source>
        <translation>La copie du %1 a été restaurée dans %2.</translation>
    </message>
    <message>
        <source>Open the restored community %1 now?</source>
        <translation>Ouvrir maintenant la communauté restaurée %1 ?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>A setting needs a name.</source>
        <translation>Un réglage doit avoir un nom.</translation>
    </message>
    <message>
        <source>The setting “%1” could not be saved: %2</source>
        <translation>Le réglage « %1 » n'a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>The setting “%1” could not be removed: %2</source>
        <translation>Le réglage « %1 » n'a pas pu être supprimé : %2</translation>
    </message>
</context>
<context>
    <name>SignInReport</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d'émargement</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>TableCsvWriter</name>
    <message>
        <source>The list was closed during the export.</source>
        <translation>La liste a été fermée pendant l'export.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d'écrire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>TableData</name>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>Impossible de lire la table %1 : %2</translation>
    </message>
    <message>
        <source>Reading the table %1 was stopped.</source>
        <translation>La lecture de la table %1 a été interrompue.</translation>
    </message>
    <message>
        <source>Cannot record the next id of the table %1: %2</source>
        <translation>Impossible d'enregistrer le prochain identifiant de la table %1 : %2</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or locked; nothing was saved.</source>
        <translation>La base de données est occupée ou verrouillée ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Saving failed, nothing was changed: %1</source>
        <translation>L'enregistrement a échoué, rien n'a été modifié : %1</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <source>Convivium communities (*.convivium);;All files (*)</source>
        <translation>Communautés Convivium (*.convivium);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Convivium communities (*.convivium)</source>
        <translation>Communautés Convivium (*.convivium)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, such as FR or BO.</source>
        <translation>Utilisez le code pays à deux lettres, par exemple FR ou BO.</translation>
    </message>
    <message>
        <source>The website must be a full address starting with https://.</source>
        <translation>Le site web doit être une adresse complète commençant par https://.</translation>
    </message>
    <message>
        <source>The platform address must start with https://.</source>
        <translation>L'adresse de la plateforme doit commencer par https://.</translation>
    </message>
    <message>
        <source>An organisation cannot be its own parent.</source>
        <translation>Une structure ne peut pas être sa propre structure parente.</translation>
    </message>
    <message>
        <source>%1 is already part of this organisation; it cannot also be its parent.</source>
        <translation>%1 fait déjà partie de cette structure et ne peut donc pas en être aussi la structure parente.</translation>
    </message>
    <message>
        <source>Choose the related organisation.</source>
        <translation>Choisissez la structure liée.</translation>
    </message>
    <message>
        <source>An organisation cannot be related to itself.</source>
        <translation>Une structure ne peut pas être liée à elle-même.</translation>
    </message>
    <message>
        <source>This relation is listed twice.</source>
        <translation>Cette relation figure deux fois.</translation>
    </message>
    <message>
        <source>The membership year %1 is not plausible.</source>
        <translation>L'année d'adhésion %1 n'est pas plausible.</translation>
    </message>
    <message>
        <source>The year %1 is listed twice.</source>
        <translation>L'année %1 figure deux fois.</translation>
    </message>
    <message>
        <source>A membership fee cannot be negative.</source>
        <translation>Une cotisation ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The family name is required.</source>
        <translation>Le nom de famille est obligatoire.</translation>
    </message>
    <message>
        <source>"%1" is not a valid e-mail address.</source>
        <translation>« %1 » n'est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>L'adresse %1 figure deux fois.</translation>
    </message>
    <message>
        <source>%1 is already used by %2.</source>
        <translation>L'adresse %1 est déjà utilisée par %2.</translation>
    </message>
    <message>
        <source>Choose the organisation of this affiliation.</source>
        <translation>Choisissez la structure de cette affiliation.</translation>
    </message>
    <message>
        <source>The affiliation ends before it starts.</source>
        <translation>La fin de l'affiliation est antérieure à son début.</translation>
    </message>
    <message>
        <source>The code of conduct cannot be accepted in the future.</source>
        <translation>La date d'acceptation du code de conduite ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The repository must be a full address starting with https://.</source>
        <translation>Le dépôt doit être une adresse complète commençant par https://.</translation>
    </message>
    <message>
        <source>The number of seats cannot be negative.</source>
        <translation>Le nombre de sièges ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Choisissez le membre.</translation>
    </message>
    <message>
        <source>The membership ends before it starts.</source>
        <translation>La fin de l'appartenance au groupe est antérieure à son début.</translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation>Une réunion doit avoir une date.</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Le titre est obligatoire.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Le budget ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Choose the funding organisation.</source>
        <translation>Choisissez la structure qui finance.</translation>
    </message>
    <message>
        <source>This organisation is listed twice.</source>
        <translation>Cette structure figure deux fois.</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>Les montants ne peuvent pas être négatifs.</translation>
    </message>
</context>
<context>
    <name>VenueSummaryReport</name>
    <message>
        <source>Venue summary</source>
        <translation>Récapitulatif pour le lieu d'accueil</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>People per night and lodging option</source>
        <translation>Personnes par nuit et type d'hébergement</translation>
    </message>
    <message>
        <source>%1 (over capacity)</source>
        <translation>%1 (au-delà de la capacité)</translation>
    </message>
    <message>
        <source>Meals per day</source>
        <translation>Repas par jour</translation>
    </message>
    <message>
        <source>Meals in all</source>
        <translation>Total des repas</translation>
    </message>
    <message>
        <source>Totals owed</source>
        <translation>Montants dus</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Sleeping at the venue</source>
        <translation>Dorment sur place</translation>
    </message>
    <message numerus="yes">
        <source>Due for %n participant(s)</source>
        <translation>
            <numerusform>Dû pour %n participant·e</numerusform>
            <numerusform>Dû pour %n participant·es</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Agglomeration</source>
        <translation>Agglomération</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Research unit</source>
        <translation>Unité de recherche</translation>
    </message>
    <message>
        <source>National park</source>
        <translation>Parc national</translation>
    </message>
    <message>
        <source>Regional natural park</source>
        <translation>Parc naturel régional</translation>
    </message>
    <message>
        <source>Public-interest group (GIP)</source>
        <translation>Groupement d'intérêt public (GIP)</translation>
    </message>
    <message>
        <source>Tourism office</source>
        <translation>Office de tourisme</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Fédération</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisatrice</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Membre de</translation>
    </message>
    <message>
        <source>Operates for</source>
        <translation>Opère pour</translation>
    </message>
    <message>
        <source>Partner of</source>
        <translation>Partenaire de</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Exonérée</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Échue</translation>
    </message>
    <message>
        <source>Discussion lists</source>
        <translation>Listes de discussion</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Bug reports and feature ideas</source>
        <translation>Rapports de bugs et propositions de fonctionnalités</translation>
    </message>
    <message>
        <source>Code (patches, pull requests)</source>
        <translation>Code (patchs, pull requests)</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Funding of features</source>
        <translation>Financement de fonctionnalités</translation>
    </message>
    <message>
        <source>Event organisation</source>
        <translation>Organisation d'évènements</translation>
    </message>
    <message>
        <source>Contact by e-mail</source>
        <translation>Contact par e-mail</translation>
    </message>
    <message>
        <source>Appear in public participant lists</source>
        <translation>Apparaître dans les listes publiques de participant·es</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Forge</source>
        <translation>Forge</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Mailing list</source>
        <translation>Liste de diffusion</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Governance body</source>
        <translation>Instance de gouvernance</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Régulier</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchrone</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Animateur·rice</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président·e</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Trésorier·ère</translation>
    </message>
    <message>
        <source>Seat holder</source>
        <translation>Membre siégeant</translation>
    </message>
    <message>
        <source>Community sprint</source>
        <translation>Sprint communautaire</translation>
    </message>
    <message>
        <source>Community meeting</source>
        <translation>Rencontre communautaire</translation>
    </message>
    <message>
        <source>Annual user meeting</source>
        <translation>Rencontre annuelle des utilisateurs</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Onboarding session</source>
        <translation>Session d'accueil</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Inscriptions ouvertes</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Call for tenders</source>
        <translation>Appel d'offres</translation>
    </message>
    <message>
        <source>Competitive procurement</source>
        <translation>Marché avec mise en concurrence</translation>
    </message>
    <message>
        <source>Direct agreement</source>
        <translation>Marché de gré à gré</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Raising funds</source>
        <translation>Recherche de financement</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Shared room</source>
        <translation>Chambre partagée</translation>
    </message>
    <message>
        <source>Solo room</source>
        <translation>Chambre individuelle</translation>
    </message>
    <message>
        <source>Dormitory</source>
        <translation>Dortoir</translation>
    </message>
    <message>
        <source>Tent</source>
        <translation>Tente</translation>
    </message>
    <message>
        <source>Lodging elsewhere</source>
        <translation>Logement ailleurs</translation>
    </message>
    <message>
        <source>Pre-registered</source>
        <translation>Préinscrit·e</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé·e</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent·e</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent·e</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Liste d'attente</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>Petit-déjeuner</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>Dîner</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
</context>
<context>
    <name>convivium::core::FeeTableModel</name>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Organisation #%1</source>
        <translation>Structure n° %1</translation>
    </message>
    <message>
        <source>Paid more than is due: %1 to refund</source>
        <translation>Trop-perçu : %1 à rembourser</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nuits</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Reste à payer</translation>
    </message>
</context>
<context>
    <name>convivium::core::GristClient</name>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation>%1 Le serveur a répondu : « %2 »</translation>
    </message>
    <message>
        <source>The download from Grist was cancelled.</source>
        <translation>Le téléchargement depuis Grist a été annulé.</translation>
    </message>
    <message>
        <source>%1 Check the server address: it is the address of the Grist site, such as https://docs.getgrist.com or https://grist.example.org/o/team (now %2).</source>
        <translation>%1 Vérifiez l'adresse du serveur : c'est l'adresse du site Grist, par exemple https://docs.getgrist.com ou https://grist.example.org/o/equipe (actuellement %2).</translation>
    </message>
    <message>
        <source>This Grist document is not public: enter an API key (in Grist: Profile settings → API).</source>
        <translation>Ce document Grist n'est pas public : saisissez une clé d'API (dans Grist : Paramètres du profil → API).</translation>
    </message>
    <message>
        <source>The Grist server refused the API key: check the key (in Grist: Profile settings → API); it may have been replaced by a new one.</source>
        <translation>Le serveur Grist a refusé la clé d'API : vérifiez la clé (dans Grist : Paramètres du profil → API) ; elle a peut-être été remplacée par une nouvelle.</translation>
    </message>
    <message>
        <source>The API key gives no access to the document “%1”: check the document id, and that the key's account may open this document.</source>
        <translation>La clé d'API ne donne pas accès au document « %1 » : vérifiez l'identifiant du document, et que le compte de la clé peut ouvrir ce document.</translation>
    </message>
    <message>
        <source>Not found: %1. Check the document id, the table id and the server address (a team site's address ends with /o/team).</source>
        <translation>Introuvable : %1. Vérifiez l'identifiant du document, celui de la table et l'adresse du serveur (l'adresse d'un site d'équipe se termine par /o/equipe).</translation>
    </message>
    <message numerus="yes">
        <source>The Grist server %1 is receiving too many requests and refused this one %n time(s): wait a few minutes, then try again.</source>
        <translation>
            <numerusform>Le serveur Grist %1 reçoit trop de requêtes et a refusé celle-ci %n fois : attendez quelques minutes, puis réessayez.</numerusform>
            <numerusform>Le serveur Grist %1 reçoit trop de requêtes et a refusé celle-ci %n fois : attendez quelques minutes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Grist server %1 had an error (HTTP %2): try again later; if it goes on, tell the server's administrator.</source>
        <translation>Le serveur Grist %1 a rencontré une erreur (HTTP %2) : réessayez plus tard ; si cela continue, prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>The Grist server %1 refused the request (HTTP %2): check the server address, the document id and the table id.</source>
        <translation>Le serveur Grist %1 a refusé la requête (HTTP %2) : vérifiez l'adresse du serveur, l'identifiant du document et celui de la table.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection: check the server address (and its port), and that Grist is running there.</source>
        <translation>Le serveur %1 a refusé la connexion : vérifiez l'adresse du serveur (et son port), et que Grist y fonctionne.</translation>
    </message>
    <message>
        <source>The server %1 cannot be found: check the server address and the network connection.</source>
        <translation>Le serveur %1 est introuvable : vérifiez l'adresse du serveur et la connexion au réseau.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s): check the server address and the network connection, then try again.</source>
        <translation>
            <numerusform>Le serveur %1 n'a pas répondu en %n seconde : vérifiez l'adresse du serveur et la connexion au réseau, puis réessayez.</numerusform>
            <numerusform>Le serveur %1 n'a pas répondu en %n secondes : vérifiez l'adresse du serveur et la connexion au réseau, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server %1 closed the connection without answering: check the server address (https:// or http://), then try again.</source>
        <translation>Le serveur %1 a fermé la connexion sans répondre : vérifiez l'adresse du serveur (https:// ou http://), puis réessayez.</translation>
    </message>
    <message>
        <source>No secure connection could be made with %1 (%2): check the server address (https:// or http://) and, for a self-hosted server, its certificate.</source>
        <translation>Aucune connexion sécurisée n'a pu être établie avec %1 (%2) : vérifiez l'adresse du serveur (https:// ou http://) et, pour un serveur auto-hébergé, son certificat.</translation>
    </message>
    <message>
        <source>The server %1 sends the request on to another address (%2): enter that address as the server address.</source>
        <translation>Le serveur %1 renvoie la requête vers une autre adresse (%2) : saisissez celle-ci comme adresse du serveur.</translation>
    </message>
    <message>
        <source>The Grist server %1 cannot be reached (%2): check the server address and the network connection.</source>
        <translation>Le serveur Grist %1 est injoignable (%2) : vérifiez l'adresse du serveur et la connexion au réseau.</translation>
    </message>
</context>
<context>
    <name>convivium::core::MealCountModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no special diet: %1</source>
        <translation>sans régime particulier : %1</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Allergies : %1</translation>
    </message>
</context>
<context>
    <name>convivium::core::OccupancyModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) over capacity</source>
        <translation>
            <numerusform>%n personne en surnombre</numerusform>
            <numerusform>%n personnes en surnombre</numerusform>
        </translation>
    </message>
    <message>
        <source>Transit day</source>
        <translation>Jour de transit</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) this night</source>
        <translation>
            <numerusform>%n personne cette nuit-là</numerusform>
            <numerusform>%n personnes cette nuit-là</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Everyone sleeping at the venue or elsewhere that night</source>
        <translation>Toutes les personnes hébergées sur le lieu d'accueil ou ailleurs cette nuit-là</translation>
    </message>
    <message>
        <source>%1, no limit</source>
        <translation>%1, sans limite</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n place(s) a night</source>
        <translation>
            <numerusform>%1, %n place par nuit</numerusform>
            <numerusform>%1, %n places par nuit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convivium::core::RegistrationTableModel</name>
    <message>
        <source> (late)</source>
        <translation> (hors délai)</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nuits</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d'attente</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Reçue le</translation>
    </message>
</context>
<context>
    <name>convivium::core::RemoteChanges</name>
    <message>
        <source>Changes saved by the other organisers will show only when the community is opened again: %1</source>
        <translation>Les modifications enregistrées par les autres organisateurs n’apparaîtront qu’à la prochaine ouverture de la communauté : %1</translation>
    </message>
    <message>
        <source>Changes saved by another Convivium on this file will show only when it is opened again.</source>
        <translation>Les modifications enregistrées par un autre Convivium sur ce fichier n’apparaîtront qu’à sa prochaine ouverture.</translation>
    </message>
    <message>
        <source>Could not tell the other organisers about the change, so nothing was saved: %1</source>
        <translation>Impossible de prévenir les autres organisateurs de la modification, donc rien n’a été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>convivium::ui::MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Open a community with File ▸ Open, or create one with File ▸ New.</source>
        <translation>Ouvrez une communauté avec Fichier ▸ Ouvrir une communauté, ou créez-en une avec Fichier ▸ Nouvelle communauté.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;New Community…</source>
        <translation>&amp;Nouvelle communauté…</translation>
    </message>
    <message>
        <source>&amp;Open Community…</source>
        <translation>&amp;Ouvrir une communauté…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Nou&amp;veau…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Merge with a Duplicate…</source>
        <translation>Fusionner avec un &amp;doublon…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>&amp;About Convivium</source>
        <translation>À &amp;propos de Convivium</translation>
    </message>
    <message>
        <source>About Convivium</source>
        <translation>À propos de Convivium</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Convivium %1&lt;/h3&gt;&lt;p&gt;Members, groups, events, lodging and fees for open-source and public-sector software communities.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Convivium %1&lt;/h3&gt;&lt;p&gt;Membres, groupes, évènements, hébergement et frais pour les communautés du logiciel libre et des logiciels publics.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Communautés &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Fi&amp;che</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>Cannot open the community</source>
        <translation>Impossible d'ouvrir la communauté</translation>
    </message>
    <message>
        <source>Undo or redo failed</source>
        <translation>Échec de l'annulation ou du rétablissement</translation>
    </message>
    <message>
        <source>Upgraded from schema %1; a copy of the previous file was kept as %2</source>
        <translation>Mise à jour depuis le schéma %1 ; une copie de l'ancien fichier a été conservée : %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert : %1</translation>
    </message>
    <message>
        <source>New community</source>
        <translation>Nouvelle communauté</translation>
    </message>
    <message>
        <source>%1 already exists; open it with File ▸ Open, or choose another name.</source>
        <translation>%1 existe déjà ; ouvrez-le avec Fichier ▸ Ouvrir une communauté, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open a community</source>
        <translation>Ouvrir une communauté</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>Annu&amp;ler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Ré&amp;tablir %1</translation>
    </message>
    <message>
        <source>%1 — Convivium</source>
        <translation>%1 — Convivium</translation>
    </message>
    <message>
        <source>Convivium</source>
        <translation>Convivium</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Contributeur·rices</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Funded developments</source>
        <translation>Développements co-financés</translation>
    </message>
    <message>
        <source>Open the Event &amp;Workspace</source>
        <translation>Ouvrir l'espace de trava&amp;il de la rencontre</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>Ra&amp;pports…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Dashboard — Convivium</source>
        <translation>Tableau de bord — Convivium</translation>
    </message>
    <message>
        <source>&amp;Contributors…</source>
        <translation>&amp;Contributeurs…</translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation>&amp;Structures…</translation>
    </message>
    <message>
        <source>&amp;Registrations…</source>
        <translation>&amp;Inscriptions…</translation>
    </message>
    <message>
        <source>This &amp;List as CSV…</source>
        <translation>Cette &amp;liste en CSV…</translation>
    </message>
    <message>
        <source>&amp;Calendar of Events (.ics)…</source>
        <translation>&amp;Calendrier des évènements (.ics)…</translation>
    </message>
    <message>
        <source>C&amp;ontact Cards (.vcf)…</source>
        <translation>&amp;Fiches de contact (.vcf)…</translation>
    </message>
    <message>
        <source>&amp;Announcement of an Event (.md)…</source>
        <translation>&amp;Annonce d'un évènement (.md)…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) into %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to a &amp;Team Database…</source>
        <translation>Se connecter à une base d'é&amp;quipe…</translation>
    </message>
    <message>
        <source>Export &amp;Personal Data…</source>
        <translation>Exporter les données &amp;personnelles…</translation>
    </message>
    <message>
        <source>E&amp;rase Personal Data…</source>
        <translation>Effa&amp;cer les données personnelles…</translation>
    </message>
    <message>
        <source>Data &amp;Retention…</source>
        <translation>Durée de &amp;conservation…</translation>
    </message>
    <message>
        <source>Restore an &amp;Automatic Backup…</source>
        <translation>Restaurer une sauvegarde &amp;automatique…</translation>
    </message>
</context>
<context>
    <name>convivium::ui::RecordActions</name>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Cette fiche n'existe plus.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Vous pourrez annuler cette opération avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Merge contributors</source>
        <translation>Fusionner des contributeur·rices</translation>
    </message>
</context>
<context>
    <name>convivium::ui::TeamDatabaseDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Connect to a Team Database</source>
        <translation>Se connecter à une base d'équipe</translation>
    </message>
    <message>
        <source>server name or address, such as db.example.org</source>
        <translation>nom ou adresse du serveur, par exemple db.example.org</translation>
    </message>
    <message>
        <source>such as community</source>
        <translation>par exemple communaute</translation>
    </message>
    <message>
        <source>your PostgreSQL user name</source>
        <translation>votre nom d'utilisateur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>A community that a team of organisers shares, on a PostgreSQL server. An empty database receives a new community.</source>
        <translation>Une communauté partagée par une équipe d'organisateurs, sur un serveur PostgreSQL. Une base vide reçoit une nouvelle communauté.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: the password is kept only until Convivium closes, never in a file.</source>
        <translation>Le trousseau du système n'est pas utilisable : le mot de passe n'est gardé que jusqu'à la fermeture de Convivium, jamais dans un fichier.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Members, groups, events, lodging and fees for open-source communities.</source>
        <translation>Membres, groupes, évènements, hébergement et frais pour les communautés du logiciel libre.</translation>
    </message>
    <message>
        <source>Open the demo community (written on first use).</source>
        <translation>Ouvrir la communauté de démonstration (créée à la première utilisation).</translation>
    </message>
    <message>
        <source>Interface language (fr or en).</source>
        <translation>Langue de l'interface (fr ou en).</translation>
    </message>
    <message>
        <source>Save a picture of the window to a PNG file and quit.</source>
        <translation>Enregistrer une capture de la fenêtre dans un fichier PNG, puis quitter.</translation>
    </message>
    <message>
        <source>A community file to open.</source>
        <translation>Fichier de communauté à ouvrir.</translation>
    </message>
    <message>
        <source>Convivium</source>
        <translation>Convivium</translation>
    </message>
    <message>
        <source>Cannot write the demo community: %1</source>
        <translation>Impossible d'écrire la communauté de démonstration : %1</translation>
    </message>
    <message>
        <source>Section to show: organisation, contributor, work_group, event or funded_development.</source>
        <translation>Section à afficher : organisation, contributor, work_group, event ou funded_development.</translation>
    </message>
    <message>
        <source>With --screenshot: picture the form of the selected record.</source>
        <translation>Avec --screenshot : capturer le formulaire de la fiche sélectionnée.</translation>
    </message>
    <message>
        <source>Open the workspace of the event with this title.</source>
        <translation>Ouvrir l'espace de travail de la rencontre portant ce titre.</translation>
    </message>
    <message>
        <source>With --open-event: the tab to show.</source>
        <translation>Avec --open-event : onglet à afficher.</translation>
    </message>
    <message>
        <source>With --screenshot: picture the reports window.</source>
        <translation>Avec --screenshot : photographier la fenêtre des rapports.</translation>
    </message>
    <message>
        <source>With --screenshot: picture the window with this menu open (its object name, such as exportMenu).</source>
        <translation>Avec --screenshot : photographier la fenêtre avec ce menu ouvert (son nom d'objet, par exemple exportMenu).</translation>
    </message>
    <message>
        <source>With --screenshot: picture the import wizard reading this CSV file.</source>
        <translation>Avec --screenshot : photographier l'assistant d'import lisant ce fichier CSV.</translation>
    </message>
    <message>
        <source>With --screenshot-import: contributors (the default), organisations or registrations (to the --open-event).</source>
        <translation>Avec --screenshot-import : contributors (par défaut), organisations ou registrations (pour l'évènement --open-event).</translation>
    </message>
    <message>
        <source>With --screenshot-import: the step to picture, file, mapping (the default) or plan.</source>
        <translation>Avec --screenshot-import : l'étape à photographier, file, mapping (par défaut) ou plan.</translation>
    </message>
    <message>
        <source>With --screenshot and --open-event: picture the dialog that syncs with the event's online form.</source>
        <translation>Avec --screenshot et --open-event : photographier la fenêtre de synchronisation avec le formulaire en ligne de l'évènement.</translation>
    </message>
    <message>
        <source>With --screenshot: picture the dialog that connects to a team database, filled with this address (postgresql://user@host:port/database, or "").</source>
        <translation>Avec --screenshot : photographier la fenêtre de connexion à une base d'équipe, remplie avec cette adresse (postgresql://utilisateur@hôte:port/base, ou « »).</translation>
    </message>
</context>
</TS>
