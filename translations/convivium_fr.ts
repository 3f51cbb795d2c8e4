<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommunityEditor</name>
    <message>
        <source>Create organisation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organisation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create contributor “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contributor “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create funded development “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit funded development “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of record cannot be deleted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n affiliation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group membership(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting attendance(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s) between organisations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding share(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lodging option(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contributor(s) lose their current organisation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child organisation(s) lose their parent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) lose their organisation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funded development(s) lose their provider</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) lose their organiser</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Also deleted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept but changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributorDialog</name>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other e-mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fr, en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of conduct accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code of conduct accepted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affiliations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles (forge, chat, mailing lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date cannot be read; use dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributorMerger</name>
    <message>
        <source>Choose two different contributors to merge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributorPicker</name>
    <message>
        <source>Type a name or an e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributorRepository</name>
    <message>
        <source>This contributor no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address %1 is already used by another contributor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An affiliation refers to an organisation that no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the contributor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the contributor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the records of the merged contributor: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not write the backup copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Convivium file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder does not exist or is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Convivium file (it is not a database at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. Make it writable, or save a copy elsewhere, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 is read-only; Convivium needs to write its journal next to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it. Close that program or wait for it to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read safely. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database, but not a Convivium community file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Convivium (schema %2; this version reads up to %3). Update Convivium to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommunity</name>
    <message>
        <source>The demonstration data refers to an unknown record: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPages</name>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is affiliated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relation recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider, budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pledged %1, paid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded developments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No co-financed development.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No affiliation recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of no group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registration yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n attendee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at the start, %2 at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens %1, deadline %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 per night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + %1 supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 × %2 bed(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lodging options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lodging option yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal prices for people lodging elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funder yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>This event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the venue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that contributor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundedDevelopmentDialog</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;arted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elivered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New funded development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledged %1 of %2, paid %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded development “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget “%1” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date cannot be read; use dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery date is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundedDevelopmentRepository</name>
    <message>
        <source>This funded development no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation is listed twice among the funders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the funded development: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;dence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#channel, list address or chat room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mee&amp;tings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date cannot be read; use dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>This group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A membership refers to a contributor who no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting lists the same attendee twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the group: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListModels</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded developments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeContributorsDialog</name>
    <message>
        <source>Merge contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged record preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duplicate&apos;s e-mails, affiliations, memberships and registrations move to the contributor kept; the duplicate is then deleted. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the duplicate record.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;E-mails:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Affiliations:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Languages:&lt;/b&gt; %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed (%3); the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Région Bretagne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoBretagne, PIGMA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;arent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears in the public “who uses it” list, since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation has this name; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date cannot be read; use dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee “%1” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <source>This organisation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same relation is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membership of %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has as member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operated by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Filter: type part of a name, an e-mail, a city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a line to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowStore</name>
    <message>
        <source>Undo or redo failed, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or locked; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <source>Convivium communities (*.convivium);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convivium communities (*.convivium)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the two-letter country code, such as FR or BO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website must be a full address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already part of this organisation; it cannot also be its parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the related organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation cannot be related to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This relation is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membership year %1 is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A membership fee cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation of this affiliation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affiliation ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of conduct cannot be accepted in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository must be a full address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of seats cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membership ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the funding organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convivium::ui::MainWindow</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a community with File ▸ Open, or create one with File ▸ New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with a Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Convivium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Convivium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Convivium %1&lt;/h3&gt;&lt;p&gt;Members, groups, events, lodging and fees for open-source and public-sector software communities.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo or redo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded from schema %1; a copy of the previous file was kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; open it with File ▸ Open, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Convivium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convivium</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convivium::ui::RecordActions</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge contributors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Members, groups, events, lodging and fees for open-source communities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo community (written on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (fr or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to a PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convivium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo community: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
