<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>BulkInsert</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
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
</context>
<context>
    <name>DemoCommunity</name>
    <message>
        <source>The demonstration data refers to an unknown record: %1</source>
        <translation>Les données de démonstration font référence à une fiche inconnue : %1</translation>
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
        <source>Département</source>
        <translation>Département</translation>
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
        <translation>Supprimer « %1 » ?</translation>
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
</context>
</TS>
