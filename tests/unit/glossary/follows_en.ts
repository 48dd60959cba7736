<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Translations that follow translations/glossary_en.tsv although they contain forbidden words
     inside other words or inside an allowed form, for tst_glossary_en_refuses. -->
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Fixture</name>
    <message>
        <source>a</source>
        <translation>The platform’s format: log in with the UNIT MAIN ACCOUNT and its resident ID number.</translation>
    </message>
    <message>
        <source>b</source>
        <translation>Ask your unit’s IT staff (system administrator).</translation>
    </message>
</context>
</TS>
