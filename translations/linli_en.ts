<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Linli::Cli</name>
    <message>
        <location filename="../app/cli/cmd_audit.cpp" line="+31"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/cli/cmd_fees.cpp" line="+46"/>
        <source>&quot;%1&quot; is not a date; write it as 2026-11-29.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--from is after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>settings needs show or set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settings set needs a name (organisation-name, idle-lock-minutes) and a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>organisation-name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle-lock-minutes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_database.cpp" line="+27"/>
        <source>init needs --db FILE and --admin-user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmd_users.cpp" line="+89"/>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+48"/>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+8"/>
        <location filename="../app/cli/cmd_database.cpp" line="+16"/>
        <source>linli-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &quot;linli-cli --help&quot; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No terminal to ask for the secret: set the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was entered. (Scripts set the environment variable %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two entries differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Give the database file with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_database.cpp" line="+2"/>
        <source>The recovery key sheet is in %1: print it, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Created the encrypted database %1 and its key file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RECOVERY KEY — print or write it down now and lock it away. It opens the database when every password is lost; anyone who has it can read all data. It is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Encryption: SQLCipher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Database integrity: %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit chain: ok (%1 entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit chain: BROKEN — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee balances and totals: agree with the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee balances and totals: DO NOT agree with the ledger (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>other records (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>salvage needs --db DAMAGED-FILE and --out NEW-FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; already exists; Linli never overwrites a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rescued what could be read from %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: could not be read at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 copied, at most %3 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 copied, %3 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every row could be read; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the new file with &quot;linli-cli verify&quot; before working in it; keep the damaged file until you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="-23"/>
        <location line="+15"/>
        <location filename="../app/cli/cmd_database.cpp" line="-88"/>
        <source>Give your user name with --user NAME (or use --recovery-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_database.cpp" line="-31"/>
        <source>Result: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result: DAMAGED — restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>backup needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup written to %1. It is encrypted; it opens with the passwords valid today or with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>restore needs --from BACKUP and --db NEW-FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_users.cpp" line="-32"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>users add needs --role, one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1 (%2). They must choose their own password at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The password was changed. The database itself was not re-encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>users needs a subcommand: add, list, passwd, disable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users %1 needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown users subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Disabled %1; their password no longer opens the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Added %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+22"/>
        <source>Usage: linli-cli [--db FILE] [--user NAME | --recovery-key] [--json] [--lang zh_CN|en] COMMAND ...

Commands:
  init --db FILE --admin-user NAME [--org NAME] [--recovery-key-pdf FILE]
                        create an encrypted database and print its recovery key
                        (optionally also as a one-page PDF to print and then delete)
  users list [--pdf F] [--xlsx F] [--csv F]
                        staff accounts with roles and last sign-in
  users add NAME --role ROLE [--display-name TEXT]
                        roles: admin, subdistrict_reviewer, subdistrict_clerk,
                        property_clerk, social_worker, auditor
  users passwd [NAME]   change your own password, or (administrators) reset NAME&apos;s
  users disable NAME    disable an account; its password stops opening the database
  verify                check database integrity and the audit chain
  salvage --out NEW-FILE
                        copy every row that can still be read from a damaged --db into a new
                        file (same passwords and recovery key) and say what was lost
  backup --out FILE     write an encrypted backup
  restore --from BACKUP --db NEW-FILE
                        restore a backup to a new file (never overwrites)
  audit [--from DATE] [--to DATE] [--pdf F] [--xlsx F] [--csv F]
                        the audit log; dates as 2026-11-29, default the last 30 days
  settings show | settings set organisation-name TEXT | settings set idle-lock-minutes N
  demo-staff            add one demo account per role (password linli-demo)
  demo-data [--residents N] [--seed S]
                        add realistic synthetic compounds, households and residents
  residents search QUERY [--limit N]
                        find people by name, pinyin, initials, ID or phone tail, room (3-2-501)
  residents show ID [--unmask]
                        one resident; --unmask shows full numbers (permission needed, audited)
  residents duplicates  pairs that may be one person twice (same name and birth date,
                        or same pinyin and phone)
  import residents FILE [--dry-run] [--skip-invalid] [--compound NAME] [--errors REPORT.xlsx]
                        import an office spreadsheet (XLSX or CSV); all or nothing unless
                        --skip-invalid; exit 3 when any row has an error
  residents export --format xlsx|csv|pdf --out FILE [--tag CODE] [--min-age N] [--max-age N] [--query Q]
                        [--building NUMBER [--unit NUMBER]] [--compound NAME]
                        the (filtered) list, numbers masked; e.g. --tag elderly_alone --min-age 80
  residents roster --building NUMBER [--unit NUMBER] [--compound NAME] --out FILE.pdf|.xlsx|.csv
                        the resident roster of a building, one table per unit, numbers masked
  households show ID [--out FILE.pdf|.xlsx|.csv]
                        a household card: address, area, head, members (masked), history
  tags list | tags add NAME [--code CODE] [--sensitive]
                        resident tags; administrators add the ones their office needs
  fees items [add CODE NAME --kind area|monthly|one_off|metered [--unit U]]
  fees rates ITEM | fees rates set ITEM --price P --from DATE [--until DATE] [--compound NAME [--building N]]
                        what is charged, at what price from when (a new price ends the old one)
  fees discount --household ID --kind vacant|hardship|dibao|other --percent 30 --from DATE
                [--until DATE] [--item CODE] [--note TEXT]
                        a share of a household&apos;s fees off (supervisor), shown on its bills
  fees bill-run --period 2026-11|2026-Q4|2026 [--compound NAME [--building N]] [--due DATE] [--dry-run]
                        bill the period; a household is never billed twice for the same days
  fees void-run RUN --reason TEXT
                        cancel an unpaid bill run as a whole (supervisor); the period can be billed again
  fees pay --household ID --amount 123.45 --method cash|wechat|alipay|bank [--ref R] [--print FILE.pdf]
                        record a payment: late fees first, then the oldest bill, the rest in advance;
                        --print writes the original receipt
  fees receipt NUMBER --out FILE.pdf [--paper a4|small] [--blank-paper] [--offset-x MM] [--offset-y MM]
                        print a receipt: the first print is the original, later ones are counted reprints;
                        small: the 241 x 93 mm three-part form, values only unless --blank-paper
  fees void-receipt NUMBER --reason TEXT
                        void a receipt (supervisor); its number stays used, the amount is owed again
  fees refund --household ID --amount 12.34 --method M [--ref R] --reason TEXT
                        pay back prepaid money (supervisor); numbered on its own (2026-R000001)
  fees arrears [--compound NAME] [--json]
                        households owing on bills past their due date, by months overdue
  fees collection --period 2026-11 [--json]
                        the collection rate (收缴率) of a period by building
  fees report daily [--date DATE] [--pdf F] [--xlsx F] [--csv F]
                        the day&apos;s receipts and voids by method and clerk, checked against the ledger
  fees report monthly --period 2026-11 [--pdf F] [--xlsx F] [--csv F]
                        collection rate by building, fee item and month, arrears by age; charts in the PDF
  fees statement --household ID [--from DATE] [--to DATE] --out FILE.pdf|.xlsx|.csv
                        a household&apos;s statement of account with the running balance
  fees notice [--household ID] [--compound NAME] [--pay-by DATE] --out FILE.pdf
                        arrears notices (催缴通知单), one page per household in arrears
  fees policy show | fees policy late-fee --rate 0.05% [--grace DAYS] [--cap 10%] --from DATE
                   | fees policy dibao --percent 50 [--item CODE] --from DATE
                        the late fee, and the reduction for every 低保 household (supervisor)
  fees meter import FILE.xlsx|.csv --item CODE [--date DATE] [--dry-run]
                        meter readings by room; all rows or none; the next bill run charges them
  enrol --server https://HOST:PORT --code CODE [--ca CA.crt]
                        join a sync server with a one-time code from its administrator (https only)
  sync [--server https://HOST:PORT] [--ca CA.crt] [--server-user NAME]
                        send this database&apos;s changes to the sync server, then take the others&apos;;
                        the first time, signs --user (or --server-user) in to the server
  sync conflicts        fields two offices changed while apart (both values), changes the
                        server refused, bills paid more than once
  version               print the version

Secrets are read from the environment or asked on the terminal without echo:
  LINLI_PASSWORD        the password of --user (and of the new administrator for init)
  LINLI_NEW_PASSWORD    the new password for users add / users passwd
  LINLI_RECOVERY_KEY    the recovery key, with --recovery-key
  LINLI_SYNC_PASSWORD   the password on the sync server, when sync signs in

Exit codes:
  0 ok   1 usage   2 authentication failed or locked out   3 invalid input (nothing changed)
  4 database damaged   5 permission denied   6 internal or file-system error
  7 the database is busy in another program (try again)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_residents.cpp" line="+61"/>
        <source>Your role sees only the last 4 digits of ID and phone numbers; search with those (or with a name or room).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no building %1 with residents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no building %1 with residents in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Building %1 has no unit %2 with residents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no compound &quot;%1&quot; with residents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>residents search needs a query: a name, pinyin, initials, ID or phone tail, or a room such as 3-2-501.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nobody found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>residents export needs --format xlsx|csv|pdf and --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--unit needs --building NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 needs an age in years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no tag &quot;%1&quot;; tags are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resident list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1 residents to %2 (numbers masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>residents roster needs --building NUMBER and --out FILE ending in .pdf, .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is a building %1 in several compounds (%2); name one with --compound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote the roster of %1 people to %2 (numbers masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>same name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same pinyin and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No suspected duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>residents needs a subcommand: search, show, export, roster or duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>residents show needs a resident id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation to head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>tags needs a subcommand: list or add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tags add needs the tag&apos;s name, e.g. tags add 失独家庭 --code shidu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added the tag %1 (code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>  (sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>households needs a subcommand: show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>households show needs a household id (residents show --json prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out needs a file ending in .pdf, .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wrote the household card to %1 (numbers masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--residents needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2 residents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Created %1 residents in %2 households, %3 rooms, %4 buildings and %5 compounds (%6 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="+87"/>
        <source>import needs: import residents FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 of %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check only: %1 of %2 rows would be imported; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s) have errors; nothing was written. Correct them, or use --skip-invalid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_fees.cpp" line="-11"/>
        <source>--building needs --compound NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>fees items add needs CODE NAME --kind area|monthly|one_off|metered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added the fee item %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No fee items yet: fees items add property 物业服务费 --kind area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fees rates needs an item: fees rates ITEM, or fees rates set ITEM --price P --from DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fees rates set needs --price P and --from DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (all compounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fees bill-run needs --period 2026-11 (or 2026-Q4, 2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2 households in scope, %3 billed before, %4 new bills, total %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  not billed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview only; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billed: run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>fees pay needs --household ID --amount 123.45 --method cash|wechat|alipay|bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>fees report monthly needs --period 2026-11 [--pdf F] [--xlsx F] [--csv F].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>fees report needs: fees report daily [--date DATE] [--pdf F] [--xlsx F] [--csv F], or fees report monthly --period 2026-11 [--pdf F] [--xlsx F] [--csv F].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&quot;%1&quot; is not a receipt paper: a4 or small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a shift in millimetres between -30 and 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A receipt is printed to a .pdf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote reprint %1 of receipt %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote receipt %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fees receipt needs the receipt number and --out FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>fees statement needs --household ID and --out FILE.pdf|.xlsx|.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>fees notice needs --out FILE.pdf; --household ID for one household, otherwise every household in arrears (of --compound NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No household is in arrears; there is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n notice(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <source>fees meter import FILE.xlsx|.csv --item CODE [--date DATE] [--dry-run].</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n reading(s), %2 %3 in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nothing was imported: %n row(s) are wrong.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported; the next bill run charges them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fees policy late-fee|dibao needs --from DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fees policy late-fee needs --rate 0.05% [--grace DAYS] [--cap 10%] --from DATE; --rate 0 ends the late fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fees policy dibao needs --percent 50 [--item CODE] --from DATE; --percent 0 ends the reduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Policy recorded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fees policy needs show, late-fee or dibao.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Late fee: %1 a day after %2 grace days, at most %3 of the bill (since %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Late fee: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dibao households: %1 off %2 (since %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dibao households: no reduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>fees needs a subcommand: items, rates, discount, bill-run, void-run, pay, receipt, void-receipt, refund, arrears, collection, report, policy, meter, statement or notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-496"/>
        <source>&quot;%1&quot; is not a payment method: cash, wechat, alipay or bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Receipt %1: %2 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  late fees charged first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  in advance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n bill(s) since %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 households owe %2 on bills past their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1: %2 receipts, received %3, voided %4, net %5 (agrees with the ledger).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>fees void-run needs the run id (fees bill-run prints it) and --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bill run is cancelled; its period can be billed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fees refund needs --household ID --amount 12.34 --method cash|wechat|alipay|bank --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refund %1: %2 paid back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Wrote %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>fees discount needs --household ID --kind vacant|hardship|dibao|other --percent 30 --from DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discount recorded; bills made from now on for whole periods it covers include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fees collection needs --period 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+223"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fees void-receipt needs the receipt number and --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt %1 is voided; its number stays used and the amount is owed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="+29"/>
        <source>enrol needs --server https://… and --code CODE (and --ca FILE for a server whose certificate your office made).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enrolled with %1 as device %2; receipts made here will be numbered in series %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 %2, %3: kept &quot;%4&quot; (%5), overwritten &quot;%6&quot; (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: not applied (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: due %3, paid %4 (paid twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 conflicts to review, %2 bills paid more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This database is not enrolled with a sync server; run linli-cli enrol --server https://… --code … first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This database syncs with %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; holds no CA certificate (a PEM file is expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password of %1 on the sync server: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sent %1 changes (%2 refused by the server), received %3 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting to be sent: %1. Conflicts to review: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linli::Core</name>
    <message>
        <location filename="../modules/core/actor.h" line="+25"/>
        <source>Your role (%1) may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/core/hlc.cpp" line="+38"/>
        <source>&quot;%1&quot; is not a valid clock stamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A change is stamped %1 minutes in the future; a computer clock is wrong. Check the date and time settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/core/money.cpp" line="+15"/>
        <source>&quot;%1&quot; is not a valid amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there are no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>digits are missing after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than two decimal places (fen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the thousands separators are misplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>it contains &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Division by zero while computing an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/core/permission.cpp" line="+38"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subdistrict reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subdistrict clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>view data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export and print data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see full ID numbers and phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see disability, subsistence allowance and income data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the resident registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accept and process subsidy applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review and approve subsidy applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collect fees and issue receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>void receipts, refund and cancel bill runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage venues, activities and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/core/uuid.cpp" line="+59"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/core/idnumber.cpp" line="+56"/>
        <source>Excel turned this ID number into a number (such as 1.10105E+17 or one ending in 000), so its last digits are lost. Format the column as text and type the number again from the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A resident ID number has 18 characters (15 digits on old cards); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A resident ID number consists of digits; only the last character may be X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ID number does not begin with a valid region code (the first two digits must be a province code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The birth date %1 in the ID number is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth date in the ID number is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth date in the ID number is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The check digit does not match: a digit was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A passport number has 5 to 17 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A Hong Kong and Macao permit number is H or M followed by 8 or 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Taiwan permit number has 8 digits, or 18 characters on the new cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A document number has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Resident ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mainland Travel Permit for Hong Kong and Macao Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mainland Travel Permit for Taiwan Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ID number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/core/phone.cpp" line="+87"/>
        <source>The phone number is too short: a mobile number has 11 digits, a landline its area code and 7 or 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The phone number is too long: a mobile number has 11 digits, a landline its area code and 7 or 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a valid phone number in China: check the area code and the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a landline can have an extension, and an extension has at most %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+101"/>
        <source>Only phone numbers in mainland China (+86) can be entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-92"/>
        <source>A landline number needs its area code, for example 010-6552 1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Excel turned this phone number into a number (such as 1.38123E+10), so digits are lost. Format the column as text and type the number again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter one phone number per field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The phone number contains characters that do not belong in a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 ext. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/core/figures.cpp" line="+50"/>
        <source>There is no figure called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linli::Fees</name>
    <message>
        <location filename="../modules/fees/feecalc.cpp" line="+32"/>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The billing period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A billing period is at most ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A discount is between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&quot;%1&quot; is not a unit price such as 0.85 or ¥1.0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit price has at most four decimals (¥0.8500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>A unit price is at most ¥10,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The area must be between 0 and 100,000 m².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A price must be valid from a day, and until a later day if at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two prices are valid on the same day (from %1 and from %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No price is set for part of the period %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A monthly fee cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The meter reading is lower than the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../modules/fees/policies.cpp" line="+105"/>
        <source>The late-fee rule is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/feeservice.cpp" line="+63"/>
        <source>per m² and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1/m² a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A fee item&apos;s code has 2 to 32 lowercase letters, digits and underscores and starts with a letter, e.g. property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the fee item a name of at most 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already a fee item with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no fee item &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A rate is valid from a day, and until a later day if at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A building&apos;s rate also names its compound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A fee cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rates of this item overlap; correct them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A rate from %1 already covers part of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>A building needs its compound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no compound &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no building %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/fees/billplan.cpp" line="+22"/>
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/fees/billrun.cpp" line="+45"/>
        <source>&quot;%1&quot; is not a billing period; write a month (2026-11), a quarter (2026-Q4) or a year (2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/billplan.cpp" line="+212"/>
        <source>The due date cannot be before the period starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/billrun.cpp" line="+55"/>
        <source>There are no fee items to bill; add the property service fee and its price first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/billplan.cpp" line="-207"/>
        <source>vacant room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subsistence allowance (dibao)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %1 discount %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+186"/>
        <source>read %1: %2 → %3, %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <source>the room&apos;s area is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1 × %2/m² a month, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 a month, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 has no price on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> × %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/billrun.cpp" line="+158"/>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to bill for %1: every household in scope is billed already or cannot be billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/billrunwriter.cpp" line="+256"/>
        <location filename="../modules/fees/collection.cpp" line="+252"/>
        <location filename="../modules/fees/derivedstate.cpp" line="+23"/>
        <source>The fee totals do not agree with the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Another bill run for %1 was made meanwhile; run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/billrun.cpp" line="+23"/>
        <source>A discount is for a vacant room, hardship, dibao or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/fees/policies.cpp" line="+32"/>
        <source>A discount is more than 0 % and at most 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A discount is valid from a day, and until a later day if at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Say why the bill run is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no such bill run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This bill run is cancelled already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bills of the %1 run have been paid; void those receipts first, then cancel the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/payments.cpp" line="+45"/>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+149"/>
        <source>A payment must be more than ¥0.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payment of more than ¥10,000,000 is surely a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/feeinternal.h" line="+44"/>
        <location filename="../modules/fees/payments.cpp" line="-77"/>
        <source>There is no such household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Enter the transaction number of a WeChat, Alipay or bank payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/payments.cpp" line="+229"/>
        <source>A refund must be more than ¥0.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the money is paid back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The household has %1 in credit; no more can be paid back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <location filename="../modules/fees/ui/receiptprinting.cpp" line="+154"/>
        <source>Payment receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/feeprints.cpp" line="+87"/>
        <source>Choose a time span whose end is not before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Statement of account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+118"/>
        <location line="+87"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+64"/>
        <location filename="../modules/fees/ui/overpaidpanel.cpp" line="+23"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Bill for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late fee on the bill for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment, receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bill for %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt %1 voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance brought forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../modules/fees/ui/overpaidpanel.cpp" line="+0"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <location line="+99"/>
        <location filename="../modules/fees/ui/billrundialog.cpp" line="+57"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+0"/>
        <location filename="../modules/fees/ui/overpaidpanel.cpp" line="+0"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-159"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 paid in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance: a positive amount is owed, a negative one is paid in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The day to pay by cannot be before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Notice of fees in arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dear residents of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>According to our accounts, on %1 the following fees of your household are overdue, %2 in all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+0"/>
        <location filename="../modules/fees/ui/overpaidpanel.cpp" line="+0"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+87"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+0"/>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-86"/>
        <location filename="../modules/fees/feesync.cpp" line="+113"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+0"/>
        <source>Late fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+88"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+0"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="+146"/>
        <location line="+38"/>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+90"/>
        <location line="+15"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Please pay by %1 at the property service office, or by WeChat, Alipay or bank transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Under the fee rules a late fee of %1 of the amount owed is charged for every day after the due date and %2 days&apos; grace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you have paid in the meantime, please disregard this notice. For questions, please come to the property service office. Thank you for your support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (stamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts include the late fee accrued until the day of this notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Monthly fee report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrears on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %n household(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>By building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrears by time overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid: what was paid of the bills themselves; late fees and advance payments are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/payments.cpp" line="+20"/>
        <source>Paid in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reprint %1 of receipt %2; the original was issued when the money was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Say why the receipt is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+151"/>
        <source>There is no receipt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/collection.cpp" line="-207"/>
        <source>(room removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 building %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/payments.cpp" line="-177"/>
        <source>d MMMM yyyy</source>
        <comment>a date printed on receipts and notices, a QDate::toString format; zh_CN: yyyy年M月d日</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Reprint no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (late fee %1 included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="-78"/>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kept for later bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This receipt is void; the payment was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Receipt %1 is voided already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/dailyreport.cpp" line="+35"/>
        <source>Choose the day of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The day&apos;s receipts (%1) do not agree with the ledger (%2). Do not hand out this report; tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Daily cash report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked against the ledger when printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+11"/>
        <location line="+12"/>
        <location line="+11"/>
        <location filename="../modules/fees/feeprints.cpp" line="-7"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+6"/>
        <location line="+73"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>By payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+11"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="-73"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>By clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+0"/>
        <location filename="../modules/fees/ui/receiptprinting.cpp" line="+5"/>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+22"/>
        <location filename="../modules/fees/feesync.cpp" line="-3"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+0"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+0"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="+40"/>
        <location line="+37"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipts voided today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/meters.cpp" line="+234"/>
        <source>%1 is not a metered fee; readings are for water, electricity and the like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sheet has no room column (房号); the readings cannot be matched to rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-98"/>
        <source>the building, unit or room is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say which compound (小区) the room is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no room %1 %2-%3-%4 in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the reading day is missing; give it for the whole sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a meter reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the room has no earlier reading; add the previous reading (上期读数) column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+110"/>
        <source>%1 was read on %2 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-108"/>
        <source>%1 has a later reading already (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reading %1 is below the previous %2; a replaced meter starts from a previous reading of 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in the sheet twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody lives in %1, so nobody can be billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The sheet has no readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported; correct these rows and import the sheet again:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/policies.cpp" line="-64"/>
        <source>&quot;%1&quot; is not a daily rate; write a per cent of at most 1 % a day, such as 0.05 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a share; write a per cent from 0 to 100, such as 30 or 12.5 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+33"/>
        <source>Say from which day the rule applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/billrundialog.cpp" line="-31"/>
        <source>Make the bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/feesync.cpp" line="-37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/fees/ui/billrundialog.cpp" line="+2"/>
        <location line="+90"/>
        <location line="+1"/>
        <source>Bill run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt void or reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voiding of a bill run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fee rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meter reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a payment settling a bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/billrundialog.cpp" line="-87"/>
        <source>2026-11, 2026-Q4 or 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="-52"/>
        <source>every compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the period and press Preview: nothing is written until you make the bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="+6"/>
        <location line="+44"/>
        <source>Compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Period %1, due by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households in scope: %1; billed for this period before: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New bills: %1, in all %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Cannot be billed (%n household(s)); correct them and run the period again:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to bill: every household is billed for %1 already or cannot be billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The bills for %1 are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="-2"/>
        <location line="+264"/>
        <source>Take payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-262"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Room (3-2-501) or a member&apos;s name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find a household to take its payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>transaction number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cash handed over (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unpaid bills (late fee until today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/feesync.cpp" line="-6"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+5"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+3"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The oldest bill is paid first; anything more is kept in advance for later bills. The receipt is printed right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipts of this household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No household matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>, head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/feeprints.cpp" line="-16"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+4"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="-33"/>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+17"/>
        <source>Paid in advance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owed today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, reprinted %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The cash handed over is less than the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receive %1 by %2 from %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+2"/>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt %1 was not printed. Print it later from the list; the first print counts as the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>Void receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Why is the receipt voided? Its number stays used and the amount is owed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/feefigures.cpp" line="+26"/>
        <source>Households with arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/fees/feeprints.cpp" line="-9"/>
        <location line="+13"/>
        <location filename="../modules/fees/ui/feecharts.cpp" line="+54"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="-50"/>
        <source>Collection rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The fees have no figure called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/feecharts.cpp" line="+85"/>
        <source>Collection rate by building, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection rate by fee item, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection rate over the last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/feespage.cpp" line="-44"/>
        <source>Take payments and print receipts, follow up arrears, and see the collection rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bill run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the bills of a month, quarter or year after a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt paper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Today&apos;s cash report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cash desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/feefigures.cpp" line="-29"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="+1"/>
        <location line="+109"/>
        <source>Arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/feeprints.cpp" line="+13"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="-60"/>
        <location line="+39"/>
        <source>under 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="-38"/>
        <location line="+39"/>
        <source>3 to 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="-39"/>
        <location line="+40"/>
        <source>6 to 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="-39"/>
        <location line="+40"/>
        <source>12 months and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/feespage.cpp" line="-40"/>
        <location line="+41"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Double-click a household to take its payment at the cash desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notices for the selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notices for all in the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Households in arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n household(s) owe %1 on bills past their due date.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Select the households first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No household is in arrears; there is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/feeprints.cpp" line="-28"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="+14"/>
        <source>Billing period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/feespage.cpp" line="+2"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monthly report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 bills, %3 billed, %4 paid, collection rate %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Collection rate by building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/feeprints.cpp" line="+22"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="+1"/>
        <source>By fee item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/fees/feesync.cpp" line="-38"/>
        <source>Fee item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="+1"/>
        <source>The last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/receiptprinting.cpp" line="-104"/>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+76"/>
        <location line="+19"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-90"/>
        <source>Print preview: %n notice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 (two copies with a cut line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small three-part form, 241 × 93 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper is pre-printed (print the values only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>These settings belong to this computer and its printer. On pre-printed paper, print a test page and shift the values until they sit in the boxes: a positive shift moves them right or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test page: the values should sit in the boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Property service fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/overpaidpanel.cpp" line="-4"/>
        <source>The same bill was paid at two offices while they were apart. The money is in the household&apos;s account as paid in advance: refund it, or leave it to pay the next bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid too much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bills paid more than once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linli::Registry</name>
    <message>
        <location filename="../modules/registry/demodata.cpp" line="+298"/>
        <source>Demo data can have 1 to 1,000,000 residents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-61"/>
        <location filename="../modules/registry/residentimporter.cpp" line="+609"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registryinternal.h" line="+38"/>
        <source>The %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registryservice.cpp" line="+53"/>
        <source>The %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>compound name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>building number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/registry/ui/residentform.cpp" line="+55"/>
        <source>building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>room number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The area must be between 0 and 100,000 m².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/registry/ui/residentform.cpp" line="+1"/>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+115"/>
        <source>household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../modules/registry/residentimporter.cpp" line="-353"/>
        <location filename="../modules/registry/residentwriter.cpp" line="+115"/>
        <source>A resident with this ID number is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registryedits.cpp" line="+38"/>
        <location line="+520"/>
        <location filename="../modules/registry/registryservice.cpp" line="+89"/>
        <location line="+59"/>
        <source>There is no such resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-425"/>
        <source>Only living members of this household can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Another resident is already registered with this ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose two different residents to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose two different residents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+35"/>
        <source>There is no such household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+71"/>
        <location line="+65"/>
        <location filename="../modules/registry/registryservice.cpp" line="-6"/>
        <source>Enter the date it happened; it cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Choose the members who form the new household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The head of the new household must be one of its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At least one member must stay in the old household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The resident already belongs to this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose two different households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+57"/>
        <source>The household does not exist or is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Give the filter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is longer than 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no such saved filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-154"/>
        <location filename="../modules/registry/registryservice.cpp" line="+8"/>
        <source>This resident is no longer registered as living here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registryservice.cpp" line="+60"/>
        <source>The new head must be a living member of this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>record of %1 merged into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Give the tag a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag name has at most 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A tag code has 2 to 32 lowercase letters, digits and underscores and starts with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is already a tag with this name or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>lives alone (elderly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty nest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advanced age (80+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subsistence allowance (dibao)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near subsistence level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extreme hardship (tekun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>club leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>veteran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registrytypes.cpp" line="+31"/>
        <source>living here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-107"/>
        <source>deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>registered and living here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registered here, living elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>living here, registered elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>became head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>details corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate record merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>household split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>households merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenure or residence changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hukou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation to head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/residentwriter.cpp" line="-76"/>
        <source>The name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is longer than 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The birth date %1 does not match the ID number (which says %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sex does not match the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The birth date %1 is impossible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most two phone numbers can be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A tag&apos;s detail (such as the disability&apos;s type and grade) has at most 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/residentimporter.cpp" line="-57"/>
        <source>&quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registryedits.cpp" line="-457"/>
        <location filename="../modules/registry/residentimporter.cpp" line="+30"/>
        <location filename="../modules/registry/residentwriter.cpp" line="+40"/>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/residentimporter.cpp" line="-60"/>
        <source>&quot;%1&quot; is not an area in m².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registryservice.cpp" line="-576"/>
        <location filename="../modules/registry/residentimporter.cpp" line="+5"/>
        <source>A room number needs its building number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/residentimporter.cpp" line="+87"/>
        <source>The same ID number as in row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registryservice.cpp" line="+37"/>
        <location filename="../modules/registry/residentimporter.cpp" line="+243"/>
        <source>Unnamed compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/residentimporter.cpp" line="+221"/>
        <source>Import errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../modules/registry/ui/importdialog.cpp" line="+51"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/registry/ui/importdialog.cpp" line="+0"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/registry/ui/importdialog.cpp" line="+0"/>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Only the first %1 errors are shown: the check stopped there, and %n row(s) after it were not checked. Nothing was written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="+31"/>
        <location line="+115"/>
        <location line="+35"/>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="+49"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+69"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+44"/>
        <location filename="../modules/registry/ui/residentlistmodel.cpp" line="+83"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="+2"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="-127"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+27"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+85"/>
        <location line="+35"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+0"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <location filename="../modules/registry/ui/residentlistmodel.cpp" line="+1"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+262"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+263"/>
        <location line="+63"/>
        <source>ID numbers and phone numbers are masked. For internal use only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-323"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration and residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="+47"/>
        <location line="+13"/>
        <location filename="../modules/registry/residentreports.cpp" line="+79"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/registry/residentreports.cpp" line="+38"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resident tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Household event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair confirmed as two people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/residentimporter.cpp" line="-16"/>
        <location filename="../modules/registry/residentreports.cpp" line="+21"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="+1"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Resident roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="-66"/>
        <location filename="../modules/registry/residentreports.cpp" line="+1"/>
        <source>Compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compound name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/registry/residentreports.cpp" line="+2"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="+2"/>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+15"/>
        <source>Building %1, unit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Building %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="+18"/>
        <location filename="../modules/registry/residentreports.cpp" line="+1"/>
        <source>Tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="+1"/>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="-1"/>
        <location filename="../modules/registry/residentreports.cpp" line="+1"/>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="+1"/>
        <source>Household status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="+11"/>
        <location filename="../modules/registry/registrytypes.cpp" line="-9"/>
        <location filename="../modules/registry/residentreports.cpp" line="-320"/>
        <location line="+116"/>
        <location line="+34"/>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="+2"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+1"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <location filename="../modules/registry/ui/residentlistmodel.cpp" line="+1"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../modules/registry/residentreports.cpp" line="-150"/>
        <location line="+117"/>
        <location line="+34"/>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="+2"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+0"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <location filename="../modules/registry/ui/residentlistmodel.cpp" line="+1"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <location filename="../modules/registry/residentreports.cpp" line="-150"/>
        <location line="+314"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <location filename="../modules/registry/ui/residentlistmodel.cpp" line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="-202"/>
        <location line="+35"/>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="+2"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="-1"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <location filename="../modules/registry/ui/residentlistmodel.cpp" line="+1"/>
        <source>Relation to head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="+40"/>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="+2"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="+6"/>
        <source>Household (stays with the kept record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags (both are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="-12"/>
        <location line="+15"/>
        <location filename="../modules/registry/residentreports.cpp" line="-114"/>
        <location line="+2"/>
        <location line="+115"/>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="+2"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+1"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <location filename="../modules/registry/ui/residentspage.cpp" line="+164"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="+1"/>
        <source>History (both are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same pinyin and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep record A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep record B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <location line="+235"/>
        <source>Merge into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-292"/>
        <location line="+308"/>
        <source>Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Suspected duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record that stays keeps its household; the other one&apos;s history and tags move to it. Recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Merge the two records of %1? The record that goes is kept in the history, but it no longer appears in lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+410"/>
        <location line="+6"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 / %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No suspected duplicates: no two living residents share a name and birth date, or a pinyin name and a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>These two records may be one person (%1). Choose the record that stays and, where they differ, the value to keep. Numbers are shown masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 (%2 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>needs an access card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="-150"/>
        <location line="+117"/>
        <location line="+34"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <location filename="../modules/registry/ui/residentlistmodel.cpp" line="+1"/>
        <location filename="../modules/registry/ui/residentspage.cpp" line="+483"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="-224"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="-14"/>
        <location line="+10"/>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="-2"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+9"/>
        <location line="+119"/>
        <source>Show full numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Moved out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Died…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Shows the full ID number and phones of this resident. Each use is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="+14"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="-88"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+14"/>
        <source>Correct this resident&apos;s details (F2). Corrections can be undone with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The household card: members, history, split and merge, print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No resident selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a resident in the list to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registryedits.cpp" line="+334"/>
        <location filename="../modules/registry/registryservice.cpp" line="+300"/>
        <location filename="../modules/registry/residentreports.cpp" line="-155"/>
        <location line="+76"/>
        <location line="+54"/>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="+233"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+63"/>
        <location filename="../modules/registry/ui/residentlistmodel.cpp" line="-18"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <location filename="../modules/registry/ui/residentform.cpp" line="-23"/>
        <source>cannot use face recognition; needs an access card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+12"/>
        <source>Record a death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>Record a move-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. death certificate from the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. moved to the daughter&apos;s home in 朝阳区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — this cannot be undone here; the history keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="+26"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="-414"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+0"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+0"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+0"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+235"/>
        <source>Make head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Split…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to another household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="-18"/>
        <location line="+23"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+2"/>
        <location line="+139"/>
        <location line="+84"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="-22"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="-179"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/householddialog.cpp" line="-7"/>
        <source>Tenure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registration and residence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Household history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The selected member joins another household of this compound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selected member becomes head of this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some members form a household of their own, e.g. a son who married.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another household of this compound joins this one; it is then closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Household without a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none — choose a member and click &quot;Make head&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area: %1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>closed (merged into another household)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+29"/>
        <location line="+2"/>
        <source>Split the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+140"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>Merge households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-116"/>
        <source>e.g. 儿子结婚另立户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the members who form the new household in the same room. At least one member stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of the new household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+73"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Room (3-2-501) or the head&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 — head: %2, %n living member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Relation to its head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>e.g. 老人搬来与子女同住</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <location line="+16"/>
        <source>Move to another household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 leaves this household and joins the chosen one (e.g. after marrying). Both households&apos; history records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 结婚迁入配偶家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The living members of the chosen household join this one, whose head stays head. The chosen household is closed; its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Merge %1 into this household? This is recorded in both households&apos; history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+2"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="-10"/>
        <location filename="../modules/registry/residentreports.cpp" line="-149"/>
        <location line="+114"/>
        <location line="+36"/>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="-247"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="-416"/>
        <location filename="../modules/registry/ui/residentlistmodel.cpp" line="+11"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentspage.cpp" line="-540"/>
        <source>Type a name, pinyin or initials (张三丰, zhangsanfeng, zsf), the last digits of an ID or phone number, or a room such as 3-2-501. ID numbers and phones are shown masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search residents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+26"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="-31"/>
        <location filename="../modules/registry/residentreports.cpp" line="+105"/>
        <location filename="../modules/registry/ui/residentspage.cpp" line="-23"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Household registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation to the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../modules/registry/residentreports.cpp" line="-229"/>
        <location filename="../modules/registry/ui/residentspage.cpp" line="+2"/>
        <location line="+503"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentspage.cpp" line="-550"/>
        <location line="+97"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Age from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="+10"/>
        <location filename="../modules/registry/ui/residentspage.cpp" line="+6"/>
        <source>everyone ever registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentspage.cpp" line="+7"/>
        <source>人户一致, 户在人不在 or 人在户不在, as recorded on the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filters you saved, e.g. 80岁以上独居老人. Choose one to apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes the chosen saved filter (the residents are not touched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Delete the saved filter &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tags residents can have; add the ones your office needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+12"/>
        <location line="+413"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-424"/>
        <location line="+11"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residents who may be registered twice: compare them side by side and merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+168"/>
        <source>The list is not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Resident list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The resident roster of the chosen building, unit by unit and room by room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading the resident list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a building in the filter first; the roster lists one building room by room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+19"/>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Name for the current search and filters (e.g. 3号楼80岁以上):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 building %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%Ln resident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role sees only the last 4 digits of ID and phone numbers; search with those (or with a name or room).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>correction of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>only roles that may see sensitive data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 失独家庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code for scripts (optional), e.g. shidu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive (like 低保 or disability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/importdialog.cpp" line="-22"/>
        <source>Skip rows with errors and import only the correct ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save error report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import residents from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Excel workbook (.xlsx) or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 幸福里小区 (rooms already known are found again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compound of these rooms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="+85"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+87"/>
        <location filename="../modules/registry/ui/importdialog.cpp" line="+18"/>
        <location filename="../modules/registry/ui/residentform.cpp" line="+101"/>
        <location filename="../modules/registry/ui/residentspage.cpp" line="+8"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/importdialog.cpp" line="+5"/>
        <source>Which column holds what (correct it if a column was not recognised):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The header is in row %1; %n data row(s). Check the columns, then press Check.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Importing residents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/householddialog.cpp" line="-98"/>
        <location filename="../modules/registry/ui/importdialog.cpp" line="+0"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/importdialog.cpp" line="+63"/>
        <source>Imported %1 of %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All checked: %1 of %2 rows can be imported. Press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s) have errors; nothing was written. Correct the file, or import only the correct rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>Save error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>-errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentform.cpp" line="-99"/>
        <source>Save and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>room, e.g. 501</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mobile or landline with area code; two separated by /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+377"/>
        <location filename="../modules/registry/ui/residentform.cpp" line="+1"/>
        <source>户主, 配偶, 子, 女 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentform.cpp" line="+1"/>
        <source>e.g. 北京市朝阳区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the ID number, or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+3"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation to head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hukou:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <source>type and grade as on the disability card, e.g. 肢体二级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Disability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Correct resident details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only roles that may see full numbers can change them; the stored number stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1, born %2, %3 years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Saved %n resident(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/registry/registryfigures.cpp" line="+25"/>
        <source>Residents living here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents aged 80 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The registry has no figure called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linli::Reports</name>
    <message>
        <location filename="../modules/reports/filewriting.cpp" line="+16"/>
        <source>The file %1 could not be written. Check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The page size is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/reports/printfonts.cpp" line="+56"/>
        <source>The font &quot;%1&quot; needed for printing is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The font &quot;%1&quot; needed for printing could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Printing needs the graphical application to be running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/reports/recoverykeysheet.cpp" line="+54"/>
        <location line="+155"/>
        <location filename="../modules/reports/ui/reportdialogs.cpp" line="+100"/>
        <source>Linli database recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Confidential: keep this sheet locked away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How to keep this sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this sheet locked away like cash, for example in the office safe. Do not photograph, scan, copy or e-mail it, and do not store it on a computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This key opens the database when every password has been lost. Without it such a database cannot be opened by anyone, not even by Linli&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone who holds this key can read all data in the database, including the residents&apos; personal information. Show it to nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If this sheet is lost, or someone else may have seen it, tell the administrator at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stored by (name and signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/reports/forms.cpp" line="+103"/>
        <location filename="../modules/reports/recoverykeysheet.cpp" line="+23"/>
        <location filename="../modules/reports/reportrenderer.cpp" line="+392"/>
        <source>The printer is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../modules/reports/recoverykeysheet.cpp" line="+5"/>
        <location filename="../modules/reports/reportrenderer.cpp" line="+25"/>
        <source>Printing could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../modules/reports/recoverykeysheet.cpp" line="+4"/>
        <location filename="../modules/reports/reportrenderer.cpp" line="+10"/>
        <source>Printing could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VOID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+37"/>
        <source>Period / details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+37"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+35"/>
        <source>Total (in words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Paid by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payee (stamp): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer: ________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Copy 2 of 3: for the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cut here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy 1 of 3: counterfoil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>There is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/reports/reportexport.cpp" line="+60"/>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/reports/reportrenderer.cpp" line="-321"/>
        <location filename="../modules/reports/reportxlsx.cpp" line="+176"/>
        <source>%1: %2</source>
        <comment>report parameter label and value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../modules/reports/reportxlsx.cpp" line="+5"/>
        <source>Prepared by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/reports/reportxlsx.cpp" line="+2"/>
        <source>Generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+167"/>
        <location filename="../modules/reports/reportxlsx.cpp" line="+26"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Total: %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Printing stopped before the last page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>d MMMM yyyy, HH:mm</source>
        <comment>date and time printed on reports, a QDateTime::toString format; zh_CN: yyyy年M月d日 HH:mm</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/reports/reportxlsx.cpp" line="-152"/>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The table &quot;%1&quot; has more rows than a spreadsheet can hold. Export it as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/reports/textblock.cpp" line="+94"/>
        <source>[text too long to print, see the export]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/reports/ui/reportdialogs.cpp" line="-74"/>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linli::Shell</name>
    <message>
        <location filename="../app/gui/createdatabasedialog.cpp" line="+31"/>
        <source>New Linli database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 幸福里社区居民委员会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/gui/restoredialog.cpp" line="+52"/>
        <location line="+1"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is encrypted with a random key. Your password unlocks it on this computer; a recovery key, shown next, opens it if every password is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/restoredialog.cpp" line="+15"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/restoredialog.cpp" line="+25"/>
        <source>Linli databases (*.linli)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose where the database file goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/homepage.cpp" line="+24"/>
        <source>Residents living here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting for sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-ins, last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Data protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>in %1 compounds, %2 buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync is not configured yet; changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not synced yet; changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>More than a week ago — back up soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make a backup to another disk or USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the audit log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The database is encrypted with SQLCipher %1 (256-bit key). Passwords unlock it through key slots in &lt;i&gt;%2&lt;/i&gt;; keep that file beside the database. The screen locks itself after %3 idle minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/lockscreen.cpp" line="+30"/>
        <source>The screen is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signed in: %1. Enter the password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/logindialog.cpp" line="+56"/>
        <location line="+156"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+209"/>
        <source>Forgot every password? Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Linli — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Linli Community Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Residents, subsidies, fees and activities — encrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <location filename="../app/gui/restoredialog.cpp" line="-35"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/restoredialog.cpp" line="+1"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the 56 characters from the printed recovery key sheet. You will sign in as administrator and can then set new passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/gui/restoredialog.cpp" line="+2"/>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Open another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>none chosen — open one or create a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Wait %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a Linli database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linli databases (*.linli);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sign in with a password instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="+28"/>
        <source>Choose your own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+122"/>
        <source>&lt;b&gt;The database file is damaged.&lt;/b&gt; To protect what is in it, Linli no longer saves changes to it: you can still look things up and print. Restore the last backup (sign out, then &quot;Restore backup…&quot; in the sign-in window), or have your IT staff rescue what can still be read with &lt;i&gt;linli-cli salvage&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1 in the Linli window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies after Linli restarts. Restart now? You will sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in to the sync server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync and &amp;conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Linli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1 (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sign in to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed, will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 conflict(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database syncs with %1 as device %2; its receipts are numbered in series %3. Changes are kept here until the server has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes are kept in this database and will be sent once sync is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linli — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This session was opened with the recovery key; sign out and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <location line="+1"/>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Linli backups (*.linlibak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The encrypted backup was written to %1. Keep a copy away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Linli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Linli %1&lt;/h3&gt;&lt;p&gt;Community administration for subdistrict offices, property management and social workers.&lt;/p&gt;&lt;p&gt;Data are stored encrypted (SQLCipher %2) on this computer.&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/recoverykeydialog.cpp" line="+19"/>
        <source>I have printed or written down the recovery key and locked it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/gui/restoredialog.cpp" line="-21"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this recovery key like cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It opens the database when every password is lost. Anyone who has it can read all the data. It is shown only now; Linli cannot show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Linli recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to %1. Print it, then delete the file: a file can be copied unnoticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/restoredialog.cpp" line="-1"/>
        <source>User name and password valid when the backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore as (new file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is checked before anything is written; an existing database file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linli backups (*.linlibak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>-restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the backup file and where to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linli::Staff</name>
    <message numerus="yes">
        <location filename="../modules/staff/authservice.cpp" line="+25"/>
        <source>Too many wrong passwords for this account. Try again in %n minute(s), or ask an administrator.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/staff/settingsservice.cpp" line="+55"/>
        <source>Enter the organisation name that appears on printouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/staff/setup.cpp" line="+32"/>
        <source>The organisation name may have at most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The idle lock must be between 0 (off) and 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/staff/staffreports.cpp" line="+31"/>
        <location filename="../modules/staff/ui/settingspage.cpp" line="+38"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>previously: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows could not be rescued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../modules/staff/ui/auditpage.cpp" line="+112"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../modules/staff/ui/userspage.cpp" line="+72"/>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/staff/ui/staffusermodel.cpp" line="+60"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/staff/ui/staffusermodel.cpp" line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/staff/ui/staffusermodel.cpp" line="+1"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/staff/ui/staffusermodel.cpp" line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/staff/ui/staffusermodel.cpp" line="+1"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../modules/staff/ui/staffusermodel.cpp" line="-18"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/staff/ui/staffusermodel.cpp" line="-1"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../modules/staff/ui/auditpage.cpp" line="-38"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/staff/ui/auditlogmodel.cpp" line="+69"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/staff/ui/auditlogmodel.cpp" line="+1"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/staff/ui/auditlogmodel.cpp" line="+1"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/staff/ui/auditlogmodel.cpp" line="+1"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/staff/ui/auditlogmodel.cpp" line="+1"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/staff/ui/auditlogmodel.cpp" line="+1"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each entry is chained to the previous one by a SHA-256 hash; &quot;linli-cli verify&quot; checks the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/staff/ui/auditpage.cpp" line="-43"/>
        <source>Every sign-in, failed sign-in, account change, export and decision, chained by hashes so that no entry can be changed unnoticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Check the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n entry(ies) from %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database is sound and the audit chain is whole (%1 entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from a backup and tell your IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/staff/ui/passworddialog.cpp" line="+21"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least 8 characters. Only your key slot is rewritten; the data stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the colleague the temporary password in person; they must change it at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/staff/ui/userdialog.cpp" line="+53"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/staff/ui/reportactions.cpp" line="+16"/>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+1"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/staff/ui/settingspage.cpp" line="-14"/>
        <location filename="../modules/staff/ui/userdialog.cpp" line="-1"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the whole organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 幸福里社区居民委员会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation name on printouts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the screen after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only administrators change these. On a shared office PC keep the idle lock short: residents&apos; data must not stay open on an empty desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/staff/ui/staffusermodel.cpp" line="+1"/>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/staff/ui/userdialog.cpp" line="-29"/>
        <source>New staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. wangfang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 王芳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new colleague must choose their own password at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new role takes effect at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/staff/ui/userspage.cpp" line="-46"/>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+137"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Who may open this database, in which role. Each account has its own password; disabling an account stops its password from working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 can now sign in with the temporary password and must then choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Disable %1? Their password will no longer open the database. An administrator can enable the account again by resetting its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/staff/userservice.cpp" line="+71"/>
        <source>A user name has 2 to 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is reserved; choose another user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A user name may contain letters, digits, Chinese characters, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;; &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password may have at most 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not be the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no staff account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The user name &quot;%1&quot; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&quot;%1&quot; is the last active administrator; add another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/staff/setup.cpp" line="+77"/>
        <source>Too many wrong passwords for this account. Try again later, or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cryptography library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The staff accounts in the damaged file cannot be read. Rescue it with the recovery key (--recovery-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an administrator (or the recovery key) may rescue a damaged database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; already exists; Linli never overwrites a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/staff/staffsync.cpp" line="+16"/>
        <source>Shared setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linli::Storage</name>
    <message>
        <location filename="../modules/storage/auditlog.cpp" line="+143"/>
        <source>Audit entry %1 is missing (the next entry is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit entry %1 does not follow entry %2: an entry was removed or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit entry %1 (%2, %3) was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Database created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocked the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset by administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescued from a damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compound added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident details corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full ID and phone numbers viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move-out recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Death recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate records merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspected duplicates confirmed as two people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of household changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household tenure or residence changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resident moved to another household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved filter stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved filter deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/storage/backup.cpp" line="+27"/>
        <source>The backup file is damaged or incomplete; it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file &quot;%1&quot; cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; already exists; choose another name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&quot;%1&quot; already exists; restore to a new file name so nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a Linli backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This backup was made by a newer version of Linli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/storage/connection.cpp" line="+38"/>
        <source>The disk is full; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file cannot be opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change conflicts with existing data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading or writing the database file failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/storage/outbox.cpp" line="+32"/>
        <location line="+11"/>
        <location line="+64"/>
        <location line="+71"/>
        <location filename="../modules/storage/transaction.cpp" line="+109"/>
        <source>An unexpected database error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The database file is damaged. Linli no longer writes to it; restore it from a backup, or rescue what can still be read with &quot;linli-cli salvage&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <location filename="../modules/storage/store.cpp" line="+106"/>
        <source>The database file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file &quot;%1&quot; already exists; it was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Encryption is not available in this program (SQLCipher is missing). Linli refuses to store data unencrypted; reinstall Linli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/storage/keyslots.cpp" line="+25"/>
        <source>The key file of this database is damaged. Open the database with the recovery key, or restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The key file &quot;%1&quot; is missing. It must lie beside the database file. Copy it back, or open the database with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This is not the key file of a Linli database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+4"/>
        <source>The key file &quot;%1&quot; cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not enough memory to check the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This recovery key does not belong to this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not enough memory to protect the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/storage/migrations.cpp" line="+33"/>
        <source>This database was written by a newer version of Linli (part &quot;%1&quot;, schema %2). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database schema steps are out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/storage/outbox.cpp" line="+61"/>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/storage/recoverykey.cpp" line="+79"/>
        <source>A recovery key has 56 characters in 14 groups; %1 characters were entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The recovery key contains &quot;%1&quot;, which never occurs in a recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The recovery key was mistyped: check each group against the printed sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/storage/store.cpp" line="+2"/>
        <source>&quot;%1&quot; is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is an unencrypted SQLite file, not a Linli database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+126"/>
        <source>The database file &quot;%1&quot; is truncated or damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/storage/salvage.cpp" line="+153"/>
        <source>The list of tables in the damaged file cannot be read, so nothing can be rescued from it. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 could not be made again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../modules/storage/store.cpp" line="-115"/>
        <source>&quot;%1&quot; already exists; Linli never overwrites a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first page of the damaged file cannot be read, so nothing can be rescued from it. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/storage/store.cpp" line="+2"/>
        <location line="+62"/>
        <source>The cryptography library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The recovery key does not open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is damaged, or the key file beside it belongs to another database. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key file belongs to a different database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This encrypted file is not a Linli database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database is missing its identity; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/storage/salvage.cpp" line="-23"/>
        <location filename="../modules/storage/store.cpp" line="+52"/>
        <source>Broken reference in table %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/storage/transaction.cpp" line="-59"/>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The database is busy: %1 is writing to it. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linli::Sync</name>
    <message>
        <location filename="../modules/sync/synchttp.cpp" line="+84"/>
        <source>The sync server&apos;s certificate expired on %1; nothing was sent. Ask the server&apos;s administrator to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sync server&apos;s certificate is made out to another name than %1; nothing was sent. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s certificate was not issued by the certificate authority this computer trusts for it; nothing was sent. Check the server address and the CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach the sync server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/syncclient.cpp" line="+29"/>
        <source>The sync server&apos;s address must start with https:// (for example https://sync.example.cn:8443); unencrypted http is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter the enrolment code the server&apos;s administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; holds no CA certificate (a PEM file is expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is enrolled with %1 already (as device %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../modules/sync/syncengine.cpp" line="+141"/>
        <source>This version of Linli is too old for the sync server; update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The enrolment code is unknown, used already or expired; ask the server&apos;s administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sync server could not enrol this computer (HTTP %1); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/syncengine.cpp" line="-62"/>
        <source>This database is not enrolled with a sync server yet; enrol it first (linli-cli enrol --server https://… --code …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has not signed in to the sync server on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The sync server does not know user %1, or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The sync server&apos;s administrator has revoked this computer; ask them to enrol it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync server does not know this computer; enrol it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sync server asks %1 to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer&apos;s clock differs from the server&apos;s by more than 5 minutes; set the system time correctly, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sync server refused changes this user may not make (another compound, or not allowed for the role); nothing was applied. Sign in to the server as a user allowed to make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sync server could not take the request (HTTP %1); Linli will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/syncpush.cpp" line="+74"/>
        <location line="+151"/>
        <source>An unexpected database error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>This database and the sync server disagree about which changes were sent (was it restored from a backup?). Nothing was changed; ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/syncconflicts.cpp" line="+62"/>
        <source>This conflict was dealt with already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Only a field two offices changed can be set back; this one can only be noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Another office changed it first (a bill of the run was paid, or the receipt voided there); the server did not take this change, and it was taken back here with what it wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has a different record under the same identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not take changes to this kind of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/ui/conflictspage.cpp" line="+70"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwritten value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the overwritten value back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When two offices change the same item while apart, the server keeps the later change; the other value is listed here and can be set back. Changes the server refused are kept here too: nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conflicts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sync and conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>syncing now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 change(s) waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to the sync server to start syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changed at two offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be taken here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kept: %1; overwritten: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/ui/signindialog.cpp" line="+24"/>
        <source>Sign in to the sync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer syncs with %1. Sign in with the user name and password the server&apos;s administrator gave you; this computer then stays signed in for 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the user name and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linli::Tabular</name>
    <message>
        <location filename="../modules/tabular/csvreader.cpp" line="+20"/>
        <source>The file is neither an Excel workbook (.xlsx) nor a CSV text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has more than %1 rows or cells; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The CSV file is damaged: it is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This system cannot read GB18030 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>A cell holds more than %1 characters, more than Excel allows. Check that this is the right file; a quotation mark that is never closed makes the rest of the file one cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <location filename="../modules/tabular/sheetreader.cpp" line="+18"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/tabular/table.cpp" line="+175"/>
        <source>No header row was found in the first %1 rows. The header must name the columns, for example: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The header in row %1 lacks required columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/tabular/sheetreader.cpp" line="+13"/>
        <source>The workbook is protected by a password. Remove the password in Excel or WPS, save it and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is an old Excel 97–2003 workbook (.xls). Save it as .xlsx in Excel or WPS and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/tabular/xlsxreader.cpp" line="+34"/>
        <source>The Excel file is damaged or incomplete. Open it in Excel or WPS and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is a ZIP archive but not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The worksheet has more than %1 rows or too many cells; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A cell holds more than %1 characters, more than Excel allows. Check that this is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The worksheet holds more text than one import can take; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+673"/>
        <source>The workbook has no worksheet named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linli::Ui</name>
    <message>
        <location filename="../modules/uikit/messages.cpp" line="+18"/>
        <location line="+7"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
