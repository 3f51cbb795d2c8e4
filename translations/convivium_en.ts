<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AttendeesButton</name>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n attendee</numerusform><numerusform>%n attendees</numerusform></translation>
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
</TS>