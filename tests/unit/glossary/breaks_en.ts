<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Translations that break translations/glossary_en.tsv, one way each, for tst_glossary_en_refuses. -->
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Fixture</name>
    <message>
        <source>a</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>b</source>
        <translation>Please check the FORM.</translation>
    </message>
    <message>
        <source>c</source>
        <translation>Log in with the unit’s main account.</translation>
    </message>
    <message>
        <source>d</source>
        <translation>(接口管理)</translation>
    </message>
    <message numerus="yes">
        <source>e</source>
        <translation>
            <numerusform>%n keychain</numerusform>
            <numerusform>%n Keychain entries</numerusform>
        </translation>
    </message>
</context>
</TS>
