<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AttendeesButton</name>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommunityEditor</name>
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
            <numerusform>%n e-mail address</numerusform>
            <numerusform>%n e-mail addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group membership(s)</source>
        <translation>
            <numerusform>%n group membership</numerusform>
            <numerusform>%n group memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting attendance(s)</source>
        <translation>
            <numerusform>%n meeting attendance</numerusform>
            <numerusform>%n meeting attendances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s) between organisations</source>
        <translation>
            <numerusform>%n relation between organisations</numerusform>
            <numerusform>%n relations between organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership year(s)</source>
        <translation>
            <numerusform>%n membership year</numerusform>
            <numerusform>%n membership years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding share(s)</source>
        <translation>
            <numerusform>%n funding share</numerusform>
            <numerusform>%n funding shares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lodging option(s)</source>
        <translation>
            <numerusform>%n lodging option</numerusform>
            <numerusform>%n lodging options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contributor(s) lose their current organisation</source>
        <translation>
            <numerusform>%n contributor loses their current organisation</numerusform>
            <numerusform>%n contributors lose their current organisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child organisation(s) lose their parent</source>
        <translation>
            <numerusform>%n child organisation loses its parent</numerusform>
            <numerusform>%n child organisations lose their parent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) lose their organisation</source>
        <translation>
            <numerusform>%n group loses its organisation</numerusform>
            <numerusform>%n groups lose their organisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funded development(s) lose their provider</source>
        <translation>
            <numerusform>%n funded development loses its provider</numerusform>
            <numerusform>%n funded developments lose their provider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) lose their organiser</source>
        <translation>
            <numerusform>%n event loses its organiser</numerusform>
            <numerusform>%n events lose their organiser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommunityExports</name>
    <message numerus="yes">
        <source>Wrote %n event(s) into %1.</source>
        <translation>
            <numerusform>Wrote %n event into %1.</numerusform>
            <numerusform>Wrote %n events into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact card(s) into %1: only the contributors who agreed to be contacted by e-mail.</source>
        <translation>
            <numerusform>Wrote %n contact card into %1: only the contributors who agreed to be contacted by e-mail.</numerusform>
            <numerusform>Wrote %n contact cards into %1: only the contributors who agreed to be contacted by e-mail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s) into %1. Open this community now?</source>
        <translation>
            <numerusform>Restored %n record into %1. Open this community now?</numerusform>
            <numerusform>Restored %n records into %1. Open this community now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContributorsReport</name>
    <message numerus="yes">
        <source>%n contributor(s)</source>
        <translation>
            <numerusform>%n contributor</numerusform>
            <numerusform>%n contributors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n registration(s) that count.</source>
        <translation>
            <numerusform>%n registration that count.</numerusform>
            <numerusform>%n registrations that count.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPages</name>
    <message numerus="yes">
        <source>%1 — %n attendee(s)</source>
        <translation>
            <numerusform>%1 — %n attendee</numerusform>
            <numerusform>%1 — %n attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier change(s)</source>
        <translation>
            <numerusform>… and %n earlier change</numerusform>
            <numerusform>… and %n earlier changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryReport</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message numerus="yes">
        <source>Mark %n registration(s) as %1</source>
        <translation>
            <numerusform>Mark %n registration as %1</numerusform>
            <numerusform>Mark %n registrations as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The event is full (%n place(s)).</source>
        <translation>
            <numerusform>The event is full (%n place).</numerusform>
            <numerusform>The event is full (%n places).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeStatementsReport</name>
    <message numerus="yes">
        <source>%1 to %2, %n night(s)</source>
        <translation>
            <numerusform>%1 to %2, %n night</numerusform>
            <numerusform>%1 to %2, %n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meal(s), included</source>
        <translation>
            <numerusform>%n meal, included</numerusform>
            <numerusform>%n meals, included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meal(s) at the venue's prices</source>
        <translation>
            <numerusform>%n meal at the venue's prices</numerusform>
            <numerusform>%n meals at the venue's prices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GristSourcePage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%n line(s) cannot be imported: nothing was written.</source>
        <translation>
            <numerusform>%n line cannot be imported: nothing was written.</numerusform>
            <numerusform>%n lines cannot be imported: nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message numerus="yes">
        <source>%n line(s) to import</source>
        <translation>
            <numerusform>%n line to import</numerusform>
            <numerusform>%n lines to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message numerus="yes">
        <source>The file has %n line(s) with errors: nothing was imported.</source>
        <translation>
            <numerusform>The file has %n line with errors: nothing was imported.</numerusform>
            <numerusform>The file has %n lines with errors: nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlanView</name>
    <message numerus="yes">
        <source>%n organisation(s) unknown to the community will be created: %1</source>
        <translation>
            <numerusform>%n organisation unknown to the community will be created: %1</numerusform>
            <numerusform>%n organisations unknown to the community will be created: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported, see the problems below. Correct the file (or the column choices) and read it again: nothing is imported while a line is wrong.</source>
        <translation>
            <numerusform>%n line cannot be imported, see the problems below. Correct the file (or the column choices) and read it again: nothing is imported while a line is wrong.</numerusform>
            <numerusform>%n lines cannot be imported, see the problems below. Correct the file (or the column choices) and read it again: nothing is imported while a line is wrong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n new organisation</numerusform>
            <numerusform>%n new organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new registration(s)</source>
        <translation>
            <numerusform>%n new registration</numerusform>
            <numerusform>%n new registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contributor(s)</source>
        <translation>
            <numerusform>%n new contributor</numerusform>
            <numerusform>%n new contributors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n organisation(s)</source>
        <translation>
            <numerusform>Import %n organisation</numerusform>
            <numerusform>Import %n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n registration(s) from the online form</source>
        <translation>
            <numerusform>Import %n registration from the online form</numerusform>
            <numerusform>Import %n registrations from the online form</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n registration(s)</source>
        <translation>
            <numerusform>Import %n registration</numerusform>
            <numerusform>Import %n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n contributor(s)</source>
        <translation>
            <numerusform>Import %n contributor</numerusform>
            <numerusform>Import %n contributors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n skipped by you</source>
        <translation>
            <numerusform>%1; %n skipped by you</numerusform>
            <numerusform>%1; %n skipped by you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported: nothing was imported.</source>
        <translation>
            <numerusform>%n line cannot be imported: nothing was imported.</numerusform>
            <numerusform>%n lines cannot be imported: nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LodgingPlanReport</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MealsPage</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OccupancyPage</name>
    <message numerus="yes">
        <source>%n night(s) over capacity: the red cells show which options are overfull.</source>
        <translation>
            <numerusform>%n night over capacity: the red cells show which options are overfull.</numerusform>
            <numerusform>%n nights over capacity: the red cells show which options are overfull.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsReport</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message numerus="yes">
        <source>Removed: the name, e-mail addresses (%n), phone, languages, accounts and notes.</source>
        <translation>
            <numerusform>Removed: the name, e-mail addresses (%n), phone, languages, accounts and notes.</numerusform>
            <numerusform>Removed: the name, e-mail addresses (%n), phone, languages, accounts and notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed from the registrations (%n): allergies, accessibility needs, roommate wishes, travel and notes.</source>
        <translation>
            <numerusform>Removed from the registrations (%n): allergies, accessibility needs, roommate wishes, travel and notes.</numerusform>
            <numerusform>Removed from the registrations (%n): allergies, accessibility needs, roommate wishes, travel and notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meal(s)</source>
        <translation>
            <numerusform>%n meal</numerusform>
            <numerusform>%n meals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meal(s) at the venue's prices</source>
        <translation>
            <numerusform>%n meal at the venue's prices</numerusform>
            <numerusform>%n meals at the venue's prices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The event is full (%n place(s)).</source>
        <translation>
            <numerusform>The event is full (%n place).</numerusform>
            <numerusform>The event is full (%n places).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message numerus="yes">
        <source>Delete %n registration(s) with their payments and rooms? To keep a trace, set them to Cancelled instead. You can undo this.</source>
        <translation>
            <numerusform>Delete %n registration with their payments and rooms? To keep a trace, set them to Cancelled instead. You can undo this.</numerusform>
            <numerusform>Delete %n registrations with their payments and rooms? To keep a trace, set them to Cancelled instead. You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n registration(s) into %1.</source>
        <translation>
            <numerusform>Wrote %n registration into %1.</numerusform>
            <numerusform>Wrote %n registrations into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>%n registration(s) hold personal details past this period; Purge Now clears them (Edit ▸ Undo brings them back while Convivium is open).</source>
        <translation>
            <numerusform>%n registration hold personal details past this period; Purge Now clears them (Edit ▸ Undo brings them back while Convivium is open).</numerusform>
            <numerusform>%n registrations hold personal details past this period; Purge Now clears them (Edit ▸ Undo brings them back while Convivium is open).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged the personal details of %n past registration(s).</source>
        <translation>
            <numerusform>Purged the personal details of %n past registration.</numerusform>
            <numerusform>Purged the personal details of %n past registrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personal details of registrations are kept %n year(s) after the event.</source>
        <translation>
            <numerusform>Personal details of registrations are kept %n year after the event.</numerusform>
            <numerusform>Personal details of registrations are kept %n years after the event.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message numerus="yes">
        <source>Purge the personal details of %n past registration(s)</source>
        <translation>
            <numerusform>Purge the personal details of %n past registration</numerusform>
            <numerusform>Purge the personal details of %n past registrations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomBoardPage</name>
    <message numerus="yes">
        <source>%1 (%n bed(s))</source>
        <translation>
            <numerusform>%1 (%n bed)</numerusform>
            <numerusform>%1 (%n beds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n night(s) without a room</source>
        <translation>
            <numerusform>%1 — %n night without a room</numerusform>
            <numerusform>%1 — %n nights without a room</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) created.</source>
        <translation>
            <numerusform>%n room created.</numerusform>
            <numerusform>%n rooms created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wish(es) or night(s) could not be met; see the details.</source>
        <translation>
            <numerusform>%n wish or night could not be met; see the details.</numerusform>
            <numerusform>%n wishes or nights could not be met; see the details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueSummaryReport</name>
    <message numerus="yes">
        <source>Due for %n participant(s)</source>
        <translation>
            <numerusform>Due for %n participant</numerusform>
            <numerusform>Due for %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convivium::core::GristClient</name>
    <message numerus="yes">
        <source>The Grist server %1 is receiving too many requests and refused this one %n time(s): wait a few minutes, then try again.</source>
        <translation>
            <numerusform>The Grist server %1 is receiving too many requests and refused this one %n time: wait a few minutes, then try again.</numerusform>
            <numerusform>The Grist server %1 is receiving too many requests and refused this one %n times: wait a few minutes, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s): check the server address and the network connection, then try again.</source>
        <translation>
            <numerusform>The server %1 did not answer within %n second: check the server address and the network connection, then try again.</numerusform>
            <numerusform>The server %1 did not answer within %n seconds: check the server address and the network connection, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convivium::core::OccupancyModel</name>
    <message numerus="yes">
        <source>%n person(s) over capacity</source>
        <translation>
            <numerusform>%n person over capacity</numerusform>
            <numerusform>%n people over capacity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) this night</source>
        <translation>
            <numerusform>%n person this night</numerusform>
            <numerusform>%n people this night</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n place(s) a night</source>
        <translation>
            <numerusform>%1, %n place a night</numerusform>
            <numerusform>%1, %n places a night</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convivium::ui::MainWindow</name>
    <message numerus="yes">
        <source>Wrote %n row(s) into %1.</source>
        <translation>
            <numerusform>Wrote %n row into %1.</numerusform>
            <numerusform>Wrote %n rows into %1.</numerusform>
        </translation>
    </message>
</context>
</TS>