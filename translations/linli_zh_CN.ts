<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Linli::Cli</name>
    <message>
        <location filename="../app/cli/cmd_audit.cpp" line="+31"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/cli/cmd_fees.cpp" line="+46"/>
        <source>&quot;%1&quot; is not a date; write it as 2026-11-29.</source>
        <translation>“%1”不是有效日期，请按 2026-11-29 的格式填写。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--from is after --to.</source>
        <translation>--from 的日期晚于 --to。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>settings needs show or set.</source>
        <translation>settings 需要 show 或 set 子命令。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settings set needs a name (organisation-name, idle-lock-minutes) and a value.</source>
        <translation>settings set 需要设置项名称（organisation-name 或 idle-lock-minutes）和值。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a number of minutes.</source>
        <translation>“%1”不是有效的分钟数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>未知设置项“%1”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>organisation-name: %1</source>
        <translation>organisation-name: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle-lock-minutes: %1</source>
        <translation>idle-lock-minutes: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_database.cpp" line="+27"/>
        <source>init needs --db FILE and --admin-user NAME.</source>
        <translation>init 需要 --db FILE 和 --admin-user NAME。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmd_users.cpp" line="+89"/>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+48"/>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+8"/>
        <location filename="../app/cli/cmd_database.cpp" line="+16"/>
        <source>linli-cli: %1</source>
        <translation>linli-cli: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &quot;linli-cli --help&quot; for the commands and options.</source>
        <translation>运行“linli-cli --help”可查看命令和选项。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No terminal to ask for the secret: set the environment variable %1.</source>
        <translation>没有可用于输入密码或密钥的终端，请设置环境变量 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was entered. (Scripts set the environment variable %1.)</source>
        <translation>没有输入任何内容。（脚本请设置环境变量 %1。）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat it: </source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two entries differ; nothing was changed.</source>
        <translation>两次输入不一致，未作任何更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recovery key: </source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Give the database file with --db FILE.</source>
        <translation>请用 --db 文件 指定数据库文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_database.cpp" line="+2"/>
        <source>The recovery key sheet is in %1: print it, then delete the file.</source>
        <translation>恢复密钥单已保存到 %1：请打印后删除该文件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Created the encrypted database %1 and its key file %2.</source>
        <translation>已创建加密数据库 %1 及其密钥文件 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator: %1</source>
        <translation>系统管理员：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RECOVERY KEY — print or write it down now and lock it away. It opens the database when every password is lost; anyone who has it can read all data. It is shown only once.</source>
        <translation>【恢复密钥】请立即打印或抄写，并锁存保管。所有密码遗失时，可用它打开数据库；任何人持有它都能读取全部数据。恢复密钥仅显示这一次。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Encryption: SQLCipher %1</source>
        <translation>加密：SQLCipher %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database integrity: ok</source>
        <translation>数据库完整性：正常</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Database integrity: %n problem(s)</source>
        <translation>
            <numerusform>数据库完整性：发现 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit chain: ok (%1 entries)</source>
        <translation>审计链：正常（共 %1 条记录）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit chain: BROKEN — %1</source>
        <translation>审计链：已损坏 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee balances and totals: agree with the ledger</source>
        <translation>费用余额和汇总：与台账一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee balances and totals: DO NOT agree with the ledger (%1)</source>
        <translation>费用余额和汇总：与台账不一致（%1）</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>staff accounts</source>
        <translation>工作人员账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes not yet sent</source>
        <translation>尚未同步的更改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>other records (%1)</source>
        <translation>其他记录（%1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>salvage needs --db DAMAGED-FILE and --out NEW-FILE.</source>
        <translation>salvage 需要 --db 损坏的文件 和 --out 新文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; already exists; Linli never overwrites a database.</source>
        <translation>“%1”已存在；邻里不会覆盖已有的数据库。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rescued what could be read from %1 into %2.</source>
        <translation>已把 %1 中仍能读出的记录抢救到 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: could not be read at all</source>
        <translation>%1：完全无法读取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 copied, at most %3 lost</source>
        <translation>%1：已复制 %2 条，最多丢失 %3 条</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 copied, %3 lost</source>
        <translation>%1：已复制 %2 条，丢失 %3 条</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every row could be read; nothing was lost.</source>
        <translation>所有记录都能读出，没有丢失。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the new file with &quot;linli-cli verify&quot; before working in it; keep the damaged file until you have.</source>
        <translation>在新文件上工作之前，请先用“linli-cli verify”检查它；检查通过之前请保留损坏的文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="-23"/>
        <location line="+15"/>
        <location filename="../app/cli/cmd_database.cpp" line="-88"/>
        <source>Give your user name with --user NAME (or use --recovery-key).</source>
        <translation>请用 --user 用户名 指定您的用户名（或使用 --recovery-key）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_database.cpp" line="-31"/>
        <source>Result: ok</source>
        <translation>结论：正常</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result: DAMAGED — restore from a backup</source>
        <translation>结论：已损坏，请从备份还原</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>backup needs --out FILE.</source>
        <translation>backup 需要 --out FILE。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup written to %1. It is encrypted; it opens with the passwords valid today or with the recovery key.</source>
        <translation>备份已写入 %1。备份已加密，可用当前有效的密码或恢复密钥打开。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>restore needs --from BACKUP and --db NEW-FILE.</source>
        <translation>restore 需要 --from BACKUP 和 --db NEW-FILE。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 还原 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_users.cpp" line="-32"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last sign-in: %1</source>
        <translation>上次登录：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>users add needs --role, one of: %1.</source>
        <translation>users add 需要 --role，可选值：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary password for %1: </source>
        <translation>%1 的临时密码：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1 (%2). They must choose their own password at the first sign-in.</source>
        <translation>已添加 %1（%2）。该用户首次登录时须自行设置密码。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The password was changed. The database itself was not re-encrypted.</source>
        <translation>密码已修改。数据库本身未重新加密。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>users needs a subcommand: add, list, passwd, disable.</source>
        <translation>users 需要子命令：add、list、passwd 或 disable。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users %1 needs a user name.</source>
        <translation>users %1 需要用户名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown users subcommand &quot;%1&quot;.</source>
        <translation>未知的 users 子命令“%1”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Disabled %1; their password no longer opens the database.</source>
        <translation>已停用 %1，其密码不能再打开数据库。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Added %1 (%2)</source>
        <translation>已添加 %1（%2）</translation>
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
        <translation>用法：linli-cli [--db FILE] [--user NAME | --recovery-key] [--json] [--lang zh_CN|en] COMMAND ...

命令：
  init --db FILE --admin-user NAME [--org NAME] [--recovery-key-pdf FILE]
                        创建加密数据库并打印其恢复密钥
                        （也可另存为一页 PDF，打印后请删除该文件）
  users list [--pdf F] [--xlsx F] [--csv F]
                        列出工作人员账号及其角色和上次登录时间
  users add NAME --role ROLE [--display-name TEXT]
                        角色：admin、subdistrict_reviewer、subdistrict_clerk、
                        property_clerk、social_worker、auditor
  users passwd [NAME]   修改自己的密码，或（系统管理员）重置 NAME 的密码
  users disable NAME    停用账号，其密码将不能再打开数据库
  verify                检查数据库完整性和审计链
  salvage --out NEW-FILE
                        把损坏的 --db 中仍能读出的每一行复制到新文件（密码和恢复密钥不变），
                        并说明丢失了哪些记录
  backup --out FILE     写入加密备份
  restore --from BACKUP --db NEW-FILE
                        将备份还原到新文件（不会覆盖已有文件）
  audit [--from DATE] [--to DATE] [--pdf F] [--xlsx F] [--csv F]
                        审计日志；日期格式如 2026-11-29，默认为最近 30 天
  settings show | settings set organisation-name TEXT | settings set idle-lock-minutes N
  demo-staff            为每个角色添加一个演示账号（密码为 linli-demo）
  demo-data [--residents N] [--seed S]
                        生成逼真的示例小区、住户和居民数据
  residents search QUERY [--limit N]
                        按姓名、拼音、首字母、证件号或电话尾号、房号（3-2-501）查找居民
  residents show ID [--unmask]
                        查看一位居民；--unmask 显示完整号码（需相应权限，记入审计日志）
  residents duplicates  列出疑似重复登记的居民（姓名和出生日期相同，
                        或姓名拼音和电话相同）
  import residents FILE [--dry-run] [--skip-invalid] [--compound NAME] [--errors REPORT.xlsx]
                        导入单位的电子表格（XLSX 或 CSV）；除非使用 --skip-invalid，
                        否则要么全部导入、要么不写入；任一行有错误时退出码为 3
  residents export --format xlsx|csv|pdf --out FILE [--tag CODE] [--min-age N] [--max-age N] [--query Q]
                        [--building NUMBER [--unit NUMBER]] [--compound NAME]
                        导出（筛选后的）名单，号码已脱敏；例如 --tag elderly_alone --min-age 80
  residents roster --building NUMBER [--unit NUMBER] [--compound NAME] --out FILE.pdf|.xlsx|.csv
                        一栋楼的居民花名册，每个单元一张表，号码已脱敏
  households show ID [--out FILE.pdf|.xlsx|.csv]
                        户卡：住址、面积、户主、家庭成员（已脱敏）、变动记录
  tags list | tags add NAME [--code CODE] [--sensitive]
                        居民标签；系统管理员可添加本单位需要的标签
  fees items [add CODE NAME --kind area|monthly|one_off|metered [--unit U]]
  fees rates ITEM | fees rates set ITEM --price P --from DATE [--until DATE] [--compound NAME [--building N]]
                        收费项目及其单价和生效日期（设置新单价时旧单价自动截止）
  fees discount --household ID --kind vacant|hardship|dibao|other --percent 30 --from DATE
                [--until DATE] [--item CODE] [--note TEXT]
                        为某户设置费用减免（需主管权限），在账单上注明
  fees bill-run --period 2026-11|2026-Q4|2026 [--compound NAME [--building N]] [--due DATE] [--dry-run]
                        按期开账；同一户的同一天绝不会重复计费
  fees void-run RUN --reason TEXT
                        整批撤销尚未缴费的开账批次（需主管权限）；该计费期可重新开账
  fees pay --household ID --amount 123.45 --method cash|wechat|alipay|bank [--ref R] [--print FILE.pdf]
                        登记收款：先计收滞纳金，再冲抵最早的欠费账单，余额记为预存；
                        --print 输出收据原件
  fees receipt NUMBER --out FILE.pdf [--paper a4|small] [--blank-paper] [--offset-x MM] [--offset-y MM]
                        打印收据：第一次为原件，以后为补打并计次；
                        small 为 241 × 93 mm 三联收据纸，除非加 --blank-paper，只打印内容
  fees void-receipt NUMBER --reason TEXT
                        作废收据（需主管权限）；收据号保留不再使用，该笔金额恢复为欠费
  fees refund --household ID --amount 12.34 --method M [--ref R] --reason TEXT
                        退还预存款（红冲，需主管权限）；单独编号（如 2026-R000001）
  fees arrears [--compound NAME] [--json]
                        逾期未缴的户，按逾期月数分段
  fees collection --period 2026-11 [--json]
                        某计费期按楼栋统计的收缴率
  fees report daily [--date DATE] [--pdf F] [--xlsx F] [--csv F]
                        收费日报：当日收据和作废，按收款方式和收款员汇总，并与台账核对
  fees report monthly --period 2026-11 [--pdf F] [--xlsx F] [--csv F]
                        收费月报：按楼栋、收费项目和月份统计收缴率，欠费账龄；PDF 含图表
  fees statement --household ID [--from DATE] [--to DATE] --out FILE.pdf|.xlsx|.csv
                        住户缴费对账单，逐笔列出并显示结欠
  fees notice [--household ID] [--compound NAME] [--pay-by DATE] --out FILE.pdf
                        催缴通知单，每个欠费户一页
  fees policy show | fees policy late-fee --rate 0.05% [--grace DAYS] [--cap 10%] --from DATE
                   | fees policy dibao --percent 50 [--item CODE] --from DATE
                        滞纳金规则，以及所有低保户的减免（需主管权限）
  fees meter import FILE.xlsx|.csv --item CODE [--date DATE] [--dry-run]
                        按房屋导入抄表读数；全部导入或全部不导入；下次开账时计费
  enrol --server https://主机:端口 --code 登记码 [--ca CA证书.crt]
                        用服务器管理员给的一次性登记码加入同步服务器（只接受 https）
  sync [--server https://主机:端口] [--ca CA证书.crt] [--server-user 用户名]
                        把本数据库的更改发送到同步服务器，再接收其他办公室的更改；
                        第一次同步时，以 --user（或 --server-user）登录服务器
  sync conflicts        两个办公室离线时都修改过的字段（两个值都列出）、服务器拒绝的更改、
                        重复缴费的账单
  version               显示版本号

密码和密钥从环境变量读取，或在终端中输入（不回显）：
  LINLI_PASSWORD        --user 的密码（执行 init 时为新系统管理员的密码）
  LINLI_NEW_PASSWORD    users add / users passwd 使用的新密码
  LINLI_RECOVERY_KEY    恢复密钥，与 --recovery-key 配合使用
  LINLI_SYNC_PASSWORD   同步登录时在同步服务器上的密码

退出码：
  0 成功   1 用法错误   2 身份验证失败或已锁定   3 输入无效（未作任何更改）
  4 数据库已损坏   5 权限不足   6 内部错误或文件系统错误
  7 数据库正被其他程序使用（请稍后重试）
</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_residents.cpp" line="+61"/>
        <source>Your role sees only the last 4 digits of ID and phone numbers; search with those (or with a name or room).</source>
        <translation>您的角色只能看到证件号码和电话号码的后 4 位，请用后 4 位（或姓名、房号）查找。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no building %1 with residents.</source>
        <translation>没有住有居民的 %1 号楼。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no building %1 with residents in %2.</source>
        <translation>%2 没有住有居民的 %1 号楼。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Building %1 has no unit %2 with residents.</source>
        <translation>%1 号楼没有住有居民的 %2 单元。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Building</source>
        <translation>楼号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no compound &quot;%1&quot; with residents.</source>
        <translation>没有住有居民的小区“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>residents search needs a query: a name, pinyin, initials, ID or phone tail, or a room such as 3-2-501.</source>
        <translation>residents search 需要查询内容：姓名、拼音、首字母、证件号或电话尾号，或房号（如 3-2-501）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--limit needs a positive number.</source>
        <translation>--limit 需要一个正整数。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nobody found.</source>
        <translation>没有找到。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>residents export needs --format xlsx|csv|pdf and --out FILE.</source>
        <translation>residents export 需要 --format xlsx|csv|pdf 和 --out 文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--unit needs --building NUMBER.</source>
        <translation>--unit 需要同时指定 --building 楼号。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 needs an age in years.</source>
        <translation>%1 需要以年计的年龄。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no tag &quot;%1&quot;; tags are: %2.</source>
        <translation>没有“%1”这个标签；可用的标签有：%2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resident list</source>
        <translation>居民名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List: %1</source>
        <translation>%1名单</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1 residents to %2 (numbers masked).</source>
        <translation>已将 %1 名居民写入 %2（号码已脱敏）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>residents roster needs --building NUMBER and --out FILE ending in .pdf, .xlsx or .csv.</source>
        <translation>residents roster 需要 --building 楼号，以及以 .pdf、.xlsx 或 .csv 结尾的 --out 文件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is a building %1 in several compounds (%2); name one with --compound.</source>
        <translation>多个小区都有 %1 号楼（%2），请用 --compound 指定小区。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote the roster of %1 people to %2 (numbers masked).</source>
        <translation>已将 %1 人的花名册写入 %2（号码已脱敏）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>same name and birth date</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same pinyin and phone</source>
        <translation>姓名拼音和电话相同</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No suspected duplicates.</source>
        <translation>没有疑似重复的居民。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>residents needs a subcommand: search, show, export, roster or duplicates.</source>
        <translation>residents 需要子命令：search、show、export、roster 或 duplicates。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>residents show needs a resident id.</source>
        <translation>residents show 需要居民编号。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ID number: %1</source>
        <translation>证件号码：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>住址：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation to head: %1</source>
        <translation>与户主关系：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>tags needs a subcommand: list or add.</source>
        <translation>tags 需要子命令：list 或 add。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tags add needs the tag&apos;s name, e.g. tags add 失独家庭 --code shidu.</source>
        <translation>tags add 需要标签名称，例如：tags add 失独家庭 --code shidu。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added the tag %1 (code %2).</source>
        <translation>已添加标签 %1（代码 %2）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>  (sensitive)</source>
        <translation>  （敏感）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>households needs a subcommand: show.</source>
        <translation>households 需要子命令：show。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>households show needs a household id (residents show --json prints it).</source>
        <translation>households show 需要户编号（residents show --json 会显示）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out needs a file ending in .pdf, .xlsx or .csv.</source>
        <translation>--out 需要以 .pdf、.xlsx 或 .csv 结尾的文件名。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wrote the household card to %1 (numbers masked).</source>
        <translation>户卡已写入 %1（号码已脱敏）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--residents needs a positive number.</source>
        <translation>--residents 需要一个正整数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed needs a number.</source>
        <translation>--seed 需要一个数字。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2 residents…</source>
        <translation>已生成 %1 / %2 名居民…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Created %1 residents in %2 households, %3 rooms, %4 buildings and %5 compounds (%6 s).</source>
        <translation>已生成 %1 名居民，%2 户，%3 套房屋，%4 栋楼，%5 个小区（用时 %6 秒）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="+87"/>
        <source>import needs: import residents FILE.</source>
        <translation>import 的用法：import residents 文件。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 of %2 rows.</source>
        <translation>已导入 %2 行中的 %1 行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check only: %1 of %2 rows would be imported; nothing was written.</source>
        <translation>仅检查：%2 行中有 %1 行可以导入；未写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s) have errors; nothing was written. Correct them, or use --skip-invalid.</source>
        <translation>
            <numerusform>有 %n 行存在错误，未写入任何数据。请更正后重试，或使用 --skip-invalid。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_fees.cpp" line="-11"/>
        <source>--building needs --compound NAME.</source>
        <translation>--building 需要同时用 --compound 指定小区。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>fees items add needs CODE NAME --kind area|monthly|one_off|metered.</source>
        <translation>fees items add 需要 代码 名称 --kind area|monthly|one_off|metered。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added the fee item %1 (%2, %3).</source>
        <translation>已添加收费项目 %1（%2，%3）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No fee items yet: fees items add property 物业服务费 --kind area</source>
        <translation>还没有收费项目：fees items add property 物业服务费 --kind area</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fees rates needs an item: fees rates ITEM, or fees rates set ITEM --price P --from DATE.</source>
        <translation>fees rates 需要收费项目：fees rates 项目，或 fees rates set 项目 --price 单价 --from 日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fees rates set needs --price P and --from DATE.</source>
        <translation>fees rates set 需要 --price 单价和 --from 日期。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 from %3.</source>
        <translation>%1：自 %3 起 %2。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>open</source>
        <translation>至今</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (all compounds)</source>
        <translation>  （所有小区）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fees bill-run needs --period 2026-11 (or 2026-Q4, 2026).</source>
        <translation>fees bill-run 需要 --period 2026-11（或 2026-Q4、2026）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2 households in scope, %3 billed before, %4 new bills, total %5.</source>
        <translation>%1：范围内 %2 户，此前已开账 %3 户，本次新开账单 %4 张，合计 %5。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  not billed: %1</source>
        <translation>  未开账：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to bill.</source>
        <translation>没有需要开账的户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview only; nothing was written.</source>
        <translation>仅为预览，未写入任何数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billed: run %1.</source>
        <translation>已开账：批次 %1。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>fees pay needs --household ID --amount 123.45 --method cash|wechat|alipay|bank.</source>
        <translation>fees pay 需要 --household 户编号 --amount 123.45 --method cash|wechat|alipay|bank。</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>fees report monthly needs --period 2026-11 [--pdf F] [--xlsx F] [--csv F].</source>
        <translation>fees report monthly 需要 --period 2026-11 [--pdf 文件] [--xlsx 文件] [--csv 文件]。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>fees report needs: fees report daily [--date DATE] [--pdf F] [--xlsx F] [--csv F], or fees report monthly --period 2026-11 [--pdf F] [--xlsx F] [--csv F].</source>
        <translation>fees report 用法：fees report daily [--date 日期] [--pdf 文件] [--xlsx 文件] [--csv 文件]，或 fees report monthly --period 2026-11 [--pdf 文件] [--xlsx 文件] [--csv 文件]。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&quot;%1&quot; is not a receipt paper: a4 or small.</source>
        <translation>“%1”不是有效的收据纸张，可选 a4 或 small。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a shift in millimetres between -30 and 30.</source>
        <translation>%1 是以毫米计的偏移量，范围为 -30 到 30。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A receipt is printed to a .pdf file.</source>
        <translation>收据只能输出为 .pdf 文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote reprint %1 of receipt %2 to %3.</source>
        <translation>已将收据 %2 的第 %1 次补打写入 %3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote receipt %1 to %2.</source>
        <translation>已将收据 %1 写入 %2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fees receipt needs the receipt number and --out FILE.pdf.</source>
        <translation>fees receipt 需要收据号和 --out 文件.pdf。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>fees statement needs --household ID and --out FILE.pdf|.xlsx|.csv.</source>
        <translation>fees statement 需要 --household 户编号 和 --out 文件.pdf|.xlsx|.csv。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>fees notice needs --out FILE.pdf; --household ID for one household, otherwise every household in arrears (of --compound NAME).</source>
        <translation>fees notice 需要 --out 文件.pdf；用 --household 户编号 打印单户，否则打印所有欠费户（可用 --compound 小区 限定）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No household is in arrears; there is nothing to print.</source>
        <translation>没有欠费户，无需打印。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n notice(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 份催缴通知单写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <source>fees meter import FILE.xlsx|.csv --item CODE [--date DATE] [--dry-run].</source>
        <translation>fees meter import FILE.xlsx|.csv --item 项目代码 [--date 日期] [--dry-run]。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n reading(s), %2 %3 in all.</source>
        <translation>
            <numerusform>%1：%n 条读数，合计 %2 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nothing was imported: %n row(s) are wrong.</source>
        <translation>
            <numerusform>未导入任何数据：有 %n 行有误。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported; the next bill run charges them.</source>
        <translation>已导入；下次开账时计费。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fees policy late-fee|dibao needs --from DATE.</source>
        <translation>fees policy late-fee|dibao 需要 --from 日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fees policy late-fee needs --rate 0.05% [--grace DAYS] [--cap 10%] --from DATE; --rate 0 ends the late fee.</source>
        <translation>fees policy late-fee 需要 --rate 0.05% [--grace 天数] [--cap 10%] --from 日期；--rate 0 表示停止收取滞纳金。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a number of days.</source>
        <translation>“%1”不是有效的天数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fees policy dibao needs --percent 50 [--item CODE] --from DATE; --percent 0 ends the reduction.</source>
        <translation>fees policy dibao 需要 --percent 50 [--item 项目代码] --from 日期；--percent 0 表示停止减免。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Policy recorded from %1.</source>
        <translation>政策已登记，自 %1 起执行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fees policy needs show, late-fee or dibao.</source>
        <translation>fees policy 需要 show、late-fee 或 dibao。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Late fee: %1 a day after %2 grace days, at most %3 of the bill (since %4).</source>
        <translation>滞纳金：宽限 %2 天后每日 %1，最多为账单金额的 %3（自 %4 起）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Late fee: none.</source>
        <translation>滞纳金：不收取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dibao households: %1 off %2 (since %3).</source>
        <translation>低保户：%2减免 %1（自 %3 起）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every fee</source>
        <translation>各项费用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dibao households: no reduction.</source>
        <translation>低保户：无减免。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>fees needs a subcommand: items, rates, discount, bill-run, void-run, pay, receipt, void-receipt, refund, arrears, collection, report, policy, meter, statement or notice.</source>
        <translation>fees 需要子命令：items、rates、discount、bill-run、void-run、pay、receipt、void-receipt、refund、arrears、collection、report、policy、meter、statement 或 notice。</translation>
    </message>
    <message>
        <location line="-496"/>
        <source>&quot;%1&quot; is not a payment method: cash, wechat, alipay or bank.</source>
        <translation>“%1”不是有效的收款方式：cash、wechat、alipay 或 bank。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Receipt %1: %2 received.</source>
        <translation>收据 %1：已收 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  late fees charged first: %1</source>
        <translation>  先计收滞纳金：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1: %2</source>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  in advance: %1</source>
        <translation>  预存：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n bill(s) since %1</source>
        <translation>
            <numerusform>自 %1 起共 %n 张账单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 households owe %2 on bills past their due date.</source>
        <translation>共 %1 户逾期欠费，合计 %2。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1: %2 receipts, received %3, voided %4, net %5 (agrees with the ledger).</source>
        <translation>%1：收据 %2 张，收款 %3，作废 %4，净额 %5（与台账一致）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>fees void-run needs the run id (fees bill-run prints it) and --reason TEXT.</source>
        <translation>fees void-run 需要开账批次编号（fees bill-run 会显示）和 --reason 撤销原因。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bill run is cancelled; its period can be billed again.</source>
        <translation>该开账批次已撤销；该计费期可重新开账。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fees refund needs --household ID --amount 12.34 --method cash|wechat|alipay|bank --reason TEXT.</source>
        <translation>fees refund 需要 --household 户编号 --amount 12.34 --method cash|wechat|alipay|bank --reason 原因。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refund %1: %2 paid back.</source>
        <translation>退款 %1：已退还 %2。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Wrote %1 to %2.</source>
        <translation>已将%1写入 %2。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>fees discount needs --household ID --kind vacant|hardship|dibao|other --percent 30 --from DATE.</source>
        <translation>fees discount 需要 --household 户编号 --kind vacant|hardship|dibao|other --percent 30 --from 日期。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discount recorded; bills made from now on for whole periods it covers include it.</source>
        <translation>减免已登记；此后开具、计费期完全在减免期内的账单将按此减免。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fees collection needs --period 2026-11.</source>
        <translation>fees collection 需要 --period 2026-11。</translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+223"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fees void-receipt needs the receipt number and --reason TEXT.</source>
        <translation>fees void-receipt 需要收据号和 --reason 作废原因。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt %1 is voided; its number stays used and the amount is owed again.</source>
        <translation>收据 %1 已作废；该收据号保留不再使用，该笔金额恢复为欠费。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sync.cpp" line="+29"/>
        <source>enrol needs --server https://… and --code CODE (and --ca FILE for a server whose certificate your office made).</source>
        <translation>enrol 需要 --server https://… 和 --code 登记码（服务器证书由本单位自建 CA 签发时，还要 --ca 文件）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enrolled with %1 as device %2; receipts made here will be numbered in series %3.</source>
        <translation>已登记到 %1，本机设备编号 %2；本机开出的收据编号使用序列 %3。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 %2, %3: kept &quot;%4&quot; (%5), overwritten &quot;%6&quot; (%7)</source>
        <translation>%1 %2，%3：保留“%4”（%5），被覆盖“%6”（%7）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: not applied (%3)</source>
        <translation>%1 %2：未应用（%3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: due %3, paid %4 (paid twice)</source>
        <translation>%1 %2：应收 %3，已收 %4（重复缴费）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 conflicts to review, %2 bills paid more than once.</source>
        <translation>待查看的冲突 %1 条，重复缴费的账单 %2 张。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This database is not enrolled with a sync server; run linli-cli enrol --server https://… --code … first.</source>
        <translation>本数据库尚未登记到同步服务器；请先运行 linli-cli enrol --server https://… --code …。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This database syncs with %1, not %2.</source>
        <translation>本数据库与 %1 同步，而不是 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; holds no CA certificate (a PEM file is expected).</source>
        <translation>“%1”中没有 CA 证书（需要 PEM 格式的文件）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password of %1 on the sync server: </source>
        <translation>%1 在同步服务器上的密码：</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sent %1 changes (%2 refused by the server), received %3 rows.</source>
        <translation>已发送 %1 条更改（其中服务器拒绝 %2 条），已接收 %3 条记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting to be sent: %1. Conflicts to review: %2.</source>
        <translation>待发送：%1 条。待处理的冲突：%2 条。</translation>
    </message>
</context>
<context>
    <name>Linli::Core</name>
    <message>
        <location filename="../modules/core/actor.h" line="+25"/>
        <source>Your role (%1) may not %2.</source>
        <translation>您的角色“%1”无权%2。</translation>
    </message>
    <message>
        <location filename="../modules/core/hlc.cpp" line="+38"/>
        <source>&quot;%1&quot; is not a valid clock stamp.</source>
        <translation>“%1”不是有效的时间戳。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A change is stamped %1 minutes in the future; a computer clock is wrong. Check the date and time settings.</source>
        <translation>有一项更改的时间戳比当前时间晚 %1 分钟，说明某台计算机的时钟有误。请检查日期和时间设置。</translation>
    </message>
    <message>
        <location filename="../modules/core/money.cpp" line="+15"/>
        <source>&quot;%1&quot; is not a valid amount: %2</source>
        <translation>“%1”不是有效的金额：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>it is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there are no digits</source>
        <translation>没有数字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>digits are missing after the decimal point</source>
        <translation>小数点后缺少数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than two decimal places (fen)</source>
        <translation>小数超过两位（最小单位为分）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the thousands separators are misplaced</source>
        <translation>千位分隔符位置不正确</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>it contains &quot;%1&quot;</source>
        <translation>含有“%1”</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Division by zero while computing an amount.</source>
        <translation>计算金额时出现除数为零的错误。</translation>
    </message>
    <message>
        <location filename="../modules/core/permission.cpp" line="+38"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subdistrict reviewer</source>
        <translation>街道审核员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subdistrict clerk</source>
        <translation>街道经办人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property clerk</source>
        <translation>物业收费员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor (read-only)</source>
        <translation>审计员（只读）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>view data</source>
        <translation>查看数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage staff accounts</source>
        <translation>管理工作人员账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export and print data</source>
        <translation>导出和打印数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see full ID numbers and phone numbers</source>
        <translation>查看完整的身份证号码和电话号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see disability, subsistence allowance and income data</source>
        <translation>查看残疾、低保和收入等敏感信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the resident registry</source>
        <translation>编辑居民档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accept and process subsidy applications</source>
        <translation>受理和办理补贴申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review and approve subsidy applications</source>
        <translation>审核和审批补贴申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collect fees and issue receipts</source>
        <translation>收取费用并开具收据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>void receipts, refund and cancel bill runs</source>
        <translation>作废收据、办理退款和撤销批量出账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage venues, activities and tasks</source>
        <translation>管理场地、活动和任务</translation>
    </message>
    <message>
        <location filename="../modules/core/uuid.cpp" line="+59"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid identifier.</source>
        <translation>“%1”不是有效的标识符。</translation>
    </message>
    <message>
        <location filename="../modules/core/idnumber.cpp" line="+56"/>
        <source>Excel turned this ID number into a number (such as 1.10105E+17 or one ending in 000), so its last digits are lost. Format the column as text and type the number again from the ID card.</source>
        <translation>该身份证号码已被 Excel 转换为数字（如 1.10105E+17 或末尾为 000），后几位数字已丢失。请将该列设置为文本格式，并按身份证重新录入号码。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A resident ID number has 18 characters (15 digits on old cards); this one has %1.</source>
        <translation>居民身份证号码应为 18 位（旧版为 15 位），此号码为 %1 位。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A resident ID number consists of digits; only the last character may be X.</source>
        <translation>居民身份证号码应由数字组成，仅最后一位可以是 X。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ID number does not begin with a valid region code (the first two digits must be a province code).</source>
        <translation>身份证号码开头不是有效的行政区划代码（前两位应为省级代码）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The birth date %1 in the ID number is not a real date.</source>
        <translation>身份证号码中的出生日期 %1 不是有效日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth date in the ID number is before 1900.</source>
        <translation>身份证号码中的出生日期早于 1900 年。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth date in the ID number is in the future.</source>
        <translation>身份证号码中的出生日期晚于当前日期。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The check digit does not match: a digit was probably mistyped.</source>
        <translation>校验码不符，可能有数字录入错误。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A passport number has 5 to 17 letters and digits.</source>
        <translation>护照号码应为 5 至 17 位字母或数字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A Hong Kong and Macao permit number is H or M followed by 8 or 10 digits.</source>
        <translation>港澳居民来往内地通行证号码应为 H 或 M 加 8 位或 10 位数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Taiwan permit number has 8 digits, or 18 characters on the new cards.</source>
        <translation>台湾居民来往大陆通行证号码应为 8 位数字，或新版的 18 位号码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A document number has at most %1 characters.</source>
        <translation>证件号码最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mainland Travel Permit for Hong Kong and Macao Residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mainland Travel Permit for Taiwan Residents</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ID number is empty.</source>
        <translation>证件号码为空。</translation>
    </message>
    <message>
        <location filename="../modules/core/phone.cpp" line="+87"/>
        <source>The phone number is too short: a mobile number has 11 digits, a landline its area code and 7 or 8 digits.</source>
        <translation>电话号码位数不足：手机号码为 11 位，固定电话为区号加 7 位或 8 位号码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The phone number is too long: a mobile number has 11 digits, a landline its area code and 7 or 8 digits.</source>
        <translation>电话号码位数过多：手机号码为 11 位，固定电话为区号加 7 位或 8 位号码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a valid phone number in China: check the area code and the digits.</source>
        <translation>不是有效的中国电话号码，请核对区号和号码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a landline can have an extension, and an extension has at most %1 digits.</source>
        <translation>只有固定电话可以带分机号，且分机号最多 %1 位。</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+101"/>
        <source>Only phone numbers in mainland China (+86) can be entered.</source>
        <translation>只能填写中国大陆（+86）的电话号码。</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>A landline number needs its area code, for example 010-6552 1234.</source>
        <translation>固定电话号码须加区号，例如 010-6552 1234。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The phone number is empty.</source>
        <translation>电话号码为空。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Excel turned this phone number into a number (such as 1.38123E+10), so digits are lost. Format the column as text and type the number again.</source>
        <translation>该电话号码已被 Excel 转换为数字（如 1.38123E+10），部分数字已丢失。请将该列设置为文本格式后重新录入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter one phone number per field.</source>
        <translation>每栏只能填写一个电话号码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The phone number contains characters that do not belong in a phone number.</source>
        <translation>电话号码中含有无效字符。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 ext. %2</source>
        <translation>%1 转 %2</translation>
    </message>
    <message>
        <location filename="../modules/core/figures.cpp" line="+50"/>
        <source>There is no figure called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的统计指标。</translation>
    </message>
</context>
<context>
    <name>Linli::Fees</name>
    <message>
        <location filename="../modules/fees/feecalc.cpp" line="+32"/>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The billing period must end after it starts.</source>
        <translation>计费期的结束日期必须晚于开始日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A billing period is at most ten years.</source>
        <translation>计费期最长十年。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A discount is between 0 % and 100 %.</source>
        <translation>减免比例应在 0% 至 100% 之间。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&quot;%1&quot; is not a unit price such as 0.85 or ¥1.0000.</source>
        <translation>“%1”不是有效的单价（如 0.85 或 ¥1.0000）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit price has at most four decimals (¥0.8500).</source>
        <translation>单价最多保留四位小数（如 ¥0.8500）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>A unit price is at most ¥10,000.</source>
        <translation>单价不能超过 ¥10,000。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The area must be between 0 and 100,000 m².</source>
        <translation>面积应在 0 至 100,000 平方米之间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A price must be valid from a day, and until a later day if at all.</source>
        <translation>单价须有生效日期；如有截止日期，须晚于生效日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two prices are valid on the same day (from %1 and from %2).</source>
        <translation>有两个单价在同一天生效（分别自 %1 和 %2 起）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No price is set for part of the period %1 to %2.</source>
        <translation>%1 至 %2 期间有部分日期没有设置单价。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A monthly fee cannot be negative.</source>
        <translation>月费不能为负数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The meter reading is lower than the previous one.</source>
        <translation>本次读数低于上次读数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../modules/fees/policies.cpp" line="+105"/>
        <source>The late-fee rule is incomplete.</source>
        <translation>滞纳金规则不完整。</translation>
    </message>
    <message>
        <location filename="../modules/fees/feeservice.cpp" line="+63"/>
        <source>per m² and month</source>
        <translation>按面积按月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed monthly</source>
        <translation>按月固定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one-off</source>
        <translation>一次性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metered</source>
        <translation>按表计量</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1/m² a month</source>
        <translation>%1/㎡·月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a unit</source>
        <translation>%1/单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a month</source>
        <translation>%1/月</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A fee item&apos;s code has 2 to 32 lowercase letters, digits and underscores and starts with a letter, e.g. property.</source>
        <translation>收费项目代码由 2 至 32 个小写字母、数字和下划线组成，以字母开头，如 property。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the fee item a name of at most 30 characters.</source>
        <translation>请填写收费项目名称（最多 30 个字）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already a fee item with the code %1.</source>
        <translation>已有代码为 %1 的收费项目。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no fee item &quot;%1&quot;.</source>
        <translation>没有“%1”这个收费项目。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A rate is valid from a day, and until a later day if at all.</source>
        <translation>单价须有生效日期；如有截止日期，须晚于生效日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A building&apos;s rate also names its compound.</source>
        <translation>楼栋单价须同时指定所在小区。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A fee cannot be negative.</source>
        <translation>费用不能为负数。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rates of this item overlap; correct them first.</source>
        <translation>该项目的单价时段有重叠，请先更正。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A rate from %1 already covers part of this period.</source>
        <translation>自 %1 起的单价已覆盖该时段的一部分。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>A building needs its compound.</source>
        <translation>指定楼栋时须同时指定小区。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no compound &quot;%1&quot;.</source>
        <translation>没有“%1”这个小区。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no building %1 in %2.</source>
        <translation>%2 没有 %1 号楼。</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/fees/billplan.cpp" line="+22"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/fees/billrun.cpp" line="+45"/>
        <source>&quot;%1&quot; is not a billing period; write a month (2026-11), a quarter (2026-Q4) or a year (2026).</source>
        <translation>“%1”不是有效的计费期，请写月份（2026-11）、季度（2026-Q4）或年份（2026）。</translation>
    </message>
    <message>
        <location filename="../modules/fees/billplan.cpp" line="+212"/>
        <source>The due date cannot be before the period starts.</source>
        <translation>缴费截止日不能早于计费期开始日。</translation>
    </message>
    <message>
        <location filename="../modules/fees/billrun.cpp" line="+55"/>
        <source>There are no fee items to bill; add the property service fee and its price first.</source>
        <translation>没有可开账的收费项目，请先添加物业服务费及其单价。</translation>
    </message>
    <message>
        <location filename="../modules/fees/billplan.cpp" line="-207"/>
        <source>vacant room</source>
        <translation>空置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hardship</source>
        <translation>困难</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subsistence allowance (dibao)</source>
        <translation>低保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %1 discount %2 %</source>
        <translation>，%1减免 %2%</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>read %1: %2 → %3, %4 %5</source>
        <translation>%1 抄表：%2 → %3，用量 %4 %5</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>the room&apos;s area is not recorded</source>
        <translation>房屋面积未登记</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1 × %2/m² a month, %3</source>
        <translation>%1 × %2/㎡·月，%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 a month, %2</source>
        <translation>%1/月，%2</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 has no price on %2</source>
        <translation>%1 在 %2 没有单价</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> × %1/%2</source>
        <translation> × %1/%2</translation>
    </message>
    <message>
        <location filename="../modules/fees/billrun.cpp" line="+158"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to bill for %1: every household in scope is billed already or cannot be billed.</source>
        <translation>%1 没有需要开账的户：范围内各户均已开账或无法开账。</translation>
    </message>
    <message>
        <location filename="../modules/fees/billrunwriter.cpp" line="+256"/>
        <location filename="../modules/fees/collection.cpp" line="+252"/>
        <location filename="../modules/fees/derivedstate.cpp" line="+23"/>
        <source>The fee totals do not agree with the ledger.</source>
        <translation>费用汇总与台账不一致。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Another bill run for %1 was made meanwhile; run it again.</source>
        <translation>其间已有人为 %1 开账，请重新运行。</translation>
    </message>
    <message>
        <location filename="../modules/fees/billrun.cpp" line="+23"/>
        <source>A discount is for a vacant room, hardship, dibao or other.</source>
        <translation>减免类型应为空置、困难、低保或其他。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/fees/policies.cpp" line="+32"/>
        <source>A discount is more than 0 % and at most 100 %.</source>
        <translation>减免比例应大于 0% 且不超过 100%。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A discount is valid from a day, and until a later day if at all.</source>
        <translation>减免须有生效日期；如有截止日期，须晚于生效日期。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Say why the bill run is cancelled.</source>
        <translation>请填写撤销开账的原因。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no such bill run.</source>
        <translation>没有这个开账批次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This bill run is cancelled already.</source>
        <translation>该开账批次已撤销。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bills of the %1 run have been paid; void those receipts first, then cancel the run.</source>
        <translation>%1 批次的账单已有缴费；请先作废相关收据，再撤销该批次。</translation>
    </message>
    <message>
        <location filename="../modules/fees/payments.cpp" line="+45"/>
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>A payment must be more than ¥0.00.</source>
        <translation>收款金额必须大于 ¥0.00。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payment of more than ¥10,000,000 is surely a typing error.</source>
        <translation>收款金额超过 ¥10,000,000，应是录入错误。</translation>
    </message>
    <message>
        <location filename="../modules/fees/feeinternal.h" line="+44"/>
        <location filename="../modules/fees/payments.cpp" line="-77"/>
        <source>There is no such household.</source>
        <translation>没有这一户。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Enter the transaction number of a WeChat, Alipay or bank payment.</source>
        <translation>微信、支付宝或银行转账收款请填写交易单号。</translation>
    </message>
    <message>
        <location filename="../modules/fees/payments.cpp" line="+229"/>
        <source>A refund must be more than ¥0.00.</source>
        <translation>退款金额必须大于 ¥0.00。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the money is paid back.</source>
        <translation>请填写退款原因。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The household has %1 in credit; no more can be paid back.</source>
        <translation>该户预存余额为 %1，退款不能超过此数。</translation>
    </message>
    <message>
        <location line="+98"/>
        <location filename="../modules/fees/ui/receiptprinting.cpp" line="+154"/>
        <source>Payment receipt</source>
        <translation>收款收据</translation>
    </message>
    <message>
        <location filename="../modules/fees/feeprints.cpp" line="+87"/>
        <source>Choose a time span whose end is not before its start.</source>
        <translation>请选择结束日期不早于开始日期的时间段。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Statement of account</source>
        <translation>缴费对账单</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+118"/>
        <location line="+87"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+64"/>
        <location filename="../modules/fees/ui/overpaidpanel.cpp" line="+23"/>
        <source>Paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Bill for %1</source>
        <translation>%1 账单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late fee on the bill for %1</source>
        <translation>%1 账单滞纳金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment, receipt %1</source>
        <translation>缴费，收据 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bill for %1 cancelled</source>
        <translation>%1 账单撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt %1 voided</source>
        <translation>收据 %1 作废</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged</source>
        <translation>应收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>结欠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance brought forward</source>
        <translation>上期结转</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total of the period</source>
        <translation>本期合计</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../modules/fees/ui/overpaidpanel.cpp" line="+0"/>
        <source>Household</source>
        <translation>交款户</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <location line="+99"/>
        <location filename="../modules/fees/ui/billrundialog.cpp" line="+57"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+0"/>
        <location filename="../modules/fees/ui/overpaidpanel.cpp" line="+0"/>
        <source>Period</source>
        <translation>计费期</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance on %1</source>
        <translation>%1 结欠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 owed</source>
        <translation>欠缴 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 paid in advance</source>
        <translation>预存 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance: a positive amount is owed, a negative one is paid in advance.</source>
        <translation>结欠：正数为欠缴，负数为预存。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The day to pay by cannot be before today.</source>
        <translation>缴费期限不能早于今天。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Notice of fees in arrears</source>
        <translation>物业费催缴通知单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dear residents of %1:</source>
        <translation>尊敬的 %1 住户：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>According to our accounts, on %1 the following fees of your household are overdue, %2 in all:</source>
        <translation>经核对，截至 %1，贵户以下费用已逾期未缴，共计 %2，明细如下：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+0"/>
        <location filename="../modules/fees/ui/overpaidpanel.cpp" line="+0"/>
        <source>Due</source>
        <translation>缴费截止日</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+87"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+0"/>
        <source>Billed</source>
        <translation>应缴</translation>
    </message>
    <message>
        <location line="-86"/>
        <location filename="../modules/fees/feesync.cpp" line="+113"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+0"/>
        <source>Late fee</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+88"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+0"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="+146"/>
        <location line="+38"/>
        <source>Owed</source>
        <translation>欠缴</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+90"/>
        <location line="+15"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Please pay by %1 at the property service office, or by WeChat, Alipay or bank transfer.</source>
        <translation>请于 %1 前到物业服务中心缴纳，也可通过微信、支付宝或银行转账缴纳。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Under the fee rules a late fee of %1 of the amount owed is charged for every day after the due date and %2 days&apos; grace.</source>
        <translation>按收费规定，超过缴费截止日及 %2 天宽限期后，每日按欠缴金额的 %1 计收滞纳金。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you have paid in the meantime, please disregard this notice. For questions, please come to the property service office. Thank you for your support.</source>
        <translation>如您已缴纳，请勿理会本通知。如有疑问，请到物业服务中心咨询。感谢您的理解与支持！</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (stamp)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts include the late fee accrued until the day of this notice.</source>
        <translation>金额含截至本通知日的滞纳金。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Monthly fee report %1</source>
        <translation>%1 收费月报</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1（应收 %3，实收 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrears on %1</source>
        <translation>%1 欠费</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %n household(s)</source>
        <translation>
            <numerusform>%1，%n 户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>By building</source>
        <translation>按楼栋</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrears by time overdue</source>
        <translation>欠费账龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>逾期时长</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid: what was paid of the bills themselves; late fees and advance payments are not counted.</source>
        <translation>实收：仅计账单本身已缴金额，不含滞纳金和预存。</translation>
    </message>
    <message>
        <location filename="../modules/fees/payments.cpp" line="+20"/>
        <source>Paid in advance</source>
        <translation>预存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reprint %1 of receipt %2; the original was issued when the money was received.</source>
        <translation>收据 %2 第 %1 次补打；原件已于收款时开具。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Say why the receipt is voided.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+151"/>
        <source>There is no receipt %1.</source>
        <translation>没有收据 %1。</translation>
    </message>
    <message>
        <location filename="../modules/fees/collection.cpp" line="-207"/>
        <source>(room removed)</source>
        <translation>（房屋已删除）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 building %2</source>
        <translation>%1 %2号楼</translation>
    </message>
    <message>
        <location filename="../modules/fees/payments.cpp" line="-177"/>
        <source>d MMMM yyyy</source>
        <comment>a date printed on receipts and notices, a QDate::toString format; zh_CN: yyyy年M月d日</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Reprint no. %1</source>
        <translation>补打（第 %1 次）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (late fee %1 included)</source>
        <translation>（含滞纳金 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="-78"/>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kept for later bills</source>
        <translation>用于抵扣以后的账单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This receipt is void; the payment was cancelled.</source>
        <translation>本收据已作废，该笔收款已撤销。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Receipt %1 is voided already.</source>
        <translation>收据 %1 已作废。</translation>
    </message>
    <message>
        <location filename="../modules/fees/dailyreport.cpp" line="+35"/>
        <source>Choose the day of the report.</source>
        <translation>请选择日报的日期。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The day&apos;s receipts (%1) do not agree with the ledger (%2). Do not hand out this report; tell the administrator.</source>
        <translation>当日收据合计（%1）与台账（%2）不一致。请勿使用此日报，并通知系统管理员。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Daily cash report</source>
        <translation>收费日报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked against the ledger when printed.</source>
        <translation>打印时已与台账核对一致。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Receipts</source>
        <translation>收据</translation>
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
        <translation>金额</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>By payment method</source>
        <translation>按收款方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+11"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="-73"/>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>By clerk</source>
        <translation>按收款员</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+0"/>
        <location filename="../modules/fees/ui/receiptprinting.cpp" line="+5"/>
        <source>Clerk</source>
        <translation>收款员</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+22"/>
        <location filename="../modules/fees/feesync.cpp" line="-3"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+0"/>
        <source>Receipt</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location line="-22"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="+40"/>
        <location line="+37"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (voided)</source>
        <translation>（已作废）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipts voided today</source>
        <translation>当日作废的收据</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../modules/fees/meters.cpp" line="+234"/>
        <source>%1 is not a metered fee; readings are for water, electricity and the like.</source>
        <translation>%1 不是按表计量的费用；抄表读数只用于水费、电费等。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sheet has no room column (房号); the readings cannot be matched to rooms.</source>
        <translation>表格中没有“房号”列，无法把读数对应到房屋。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>the building, unit or room is missing</source>
        <translation>缺少楼号、单元或房号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say which compound (小区) the room is in</source>
        <translation>请注明房屋所在小区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no room %1 %2-%3-%4 in the registry</source>
        <translation>登记中没有房屋 %1 %2-%3-%4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the reading day is missing; give it for the whole sheet</source>
        <translation>缺少抄表日期，请为整张表指定日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation>“%1”不是有效日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a meter reading</source>
        <translation>“%1”不是有效的表读数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the room has no earlier reading; add the previous reading (上期读数) column</source>
        <translation>该房屋没有以往读数，请加上“上期读数”列</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+110"/>
        <source>%1 was read on %2 already</source>
        <translation>%1 在 %2 已有读数</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>%1 has a later reading already (%2)</source>
        <translation>%1 已有更晚的读数（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reading %1 is below the previous %2; a replaced meter starts from a previous reading of 0</source>
        <translation>读数 %1 小于上期读数 %2；如已换表，上期读数请填 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in the sheet twice</source>
        <translation>%1 在表中出现了两次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody lives in %1, so nobody can be billed</source>
        <translation>%1 无在住户，无法计费</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The sheet has no readings.</source>
        <translation>表格中没有读数。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>… and %1 more</source>
        <translation>……另有 %1 处</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported; correct these rows and import the sheet again:
%1</source>
        <translation>未导入任何数据；请更正以下各行后重新导入：
%1</translation>
    </message>
    <message>
        <location filename="../modules/fees/policies.cpp" line="-64"/>
        <source>&quot;%1&quot; is not a daily rate; write a per cent of at most 1 % a day, such as 0.05 %.</source>
        <translation>“%1”不是有效的日费率，请填写不超过每日 1% 的百分比，例如 0.05%。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a share; write a per cent from 0 to 100, such as 30 or 12.5 %.</source>
        <translation>“%1”不是有效的比例，请填写 0 到 100 的百分比，例如 30 或 12.5%。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+33"/>
        <source>Say from which day the rule applies.</source>
        <translation>请填写该规则的生效日期。</translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/billrundialog.cpp" line="-31"/>
        <source>Make the bills</source>
        <translation>确认开账</translation>
    </message>
    <message>
        <location filename="../modules/fees/feesync.cpp" line="-37"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/fees/ui/billrundialog.cpp" line="+2"/>
        <location line="+90"/>
        <location line="+1"/>
        <source>Bill run</source>
        <translation>开账</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt void or reprint</source>
        <translation>收据作废或补打</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voiding of a bill run</source>
        <translation>作废开账</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fee rate</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee discount</source>
        <translation>收费减免</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee policy</source>
        <translation>收费规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meter reading</source>
        <translation>抄表读数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill line</source>
        <translation>账单明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger entry</source>
        <translation>台账记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a payment settling a bill</source>
        <translation>缴费冲抵账单记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt print</source>
        <translation>收据打印记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/billrundialog.cpp" line="-87"/>
        <source>2026-11, 2026-Q4 or 2026</source>
        <translation>2026-11、2026-Q4 或 2026</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="-52"/>
        <source>every compound</source>
        <translation>全部小区</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the period and press Preview: nothing is written until you make the bills.</source>
        <translation>请选择计费期并点击“预览”；确认开账之前不会写入任何数据。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="+6"/>
        <location line="+44"/>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>缴费截止日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Period %1, due by %2</source>
        <translation>计费期 %1，缴费截止日 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households in scope: %1; billed for this period before: %2</source>
        <translation>范围内住户：%1 户；本期已开账：%2 户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New bills: %1, in all %2</source>
        <translation>新账单：%1 张，合计 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Cannot be billed (%n household(s)); correct them and run the period again:</source>
        <translation>
            <numerusform>无法开账（%n 户），请更正后重新对本期开账：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to bill: every household is billed for %1 already or cannot be billed.</source>
        <translation>没有需要开账的户：各户 %1 均已开账或无法开账。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The bills for %1 are made.</source>
        <translation>%1 的账单已生成。</translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="-2"/>
        <location line="+264"/>
        <source>Take payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint…</source>
        <translation>补打…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement…</source>
        <translation>对账单…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Room (3-2-501) or a member&apos;s name, then Enter</source>
        <translation>输入房号（如 3-2-501）或家庭成员姓名，按回车查找</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find a household to take its payment.</source>
        <translation>请先查找要收费的住户。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>transaction number</source>
        <translation>交易单号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cash handed over (optional)</source>
        <translation>实收现金（可不填）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unpaid bills (late fee until today)</source>
        <translation>未缴账单（滞纳金计至今天）</translation>
    </message>
    <message>
        <location filename="../modules/fees/feesync.cpp" line="-6"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+5"/>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+3"/>
        <source>Paid by</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction no.</source>
        <translation>交易单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash handed over</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The oldest bill is paid first; anything more is kept in advance for later bills. The receipt is printed right away.</source>
        <translation>先缴最早的账单；多缴部分作为预存，抵扣以后的账单。收款后立即打印收据。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipts of this household</source>
        <translation>本户收据</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No household matches &quot;%1&quot;.</source>
        <translation>没有与“%1”相符的住户。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>, head %1</source>
        <translation>，户主 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %1 m²</source>
        <translation>，%1 ㎡</translation>
    </message>
    <message>
        <location filename="../modules/fees/feeprints.cpp" line="-16"/>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+4"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="-33"/>
        <source>Bills</source>
        <translation>账单数</translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/cashdesk.cpp" line="+17"/>
        <source>Paid in advance: %1</source>
        <translation>预存：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owed today: %1</source>
        <translation>截至今天欠缴：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, reprinted %n time(s)</source>
        <translation>
            <numerusform>，已补打 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 short</source>
        <translation>还差 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The cash handed over is less than the amount.</source>
        <translation>实收现金少于收款金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receive %1 by %2 from %3?</source>
        <translation>确认以%2向 %3 收款 %1？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive</source>
        <translation>确认收款</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+2"/>
        <source>Print receipt</source>
        <translation>打印收据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt %1 was not printed. Print it later from the list; the first print counts as the original.</source>
        <translation>收据 %1 未打印。请稍后在列表中打印；第一次打印视为原件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>Void receipt %1</source>
        <translation>作废收据 %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Why is the receipt voided? Its number stays used and the amount is owed again.</source>
        <translation>作废原因？收据号仍保留占用，该笔金额恢复为欠缴。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../modules/fees/feefigures.cpp" line="+26"/>
        <source>Households with arrears</source>
        <translation>欠费户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/fees/feeprints.cpp" line="-9"/>
        <location line="+13"/>
        <location filename="../modules/fees/ui/feecharts.cpp" line="+54"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="-50"/>
        <source>Collection rate</source>
        <translation>收缴率</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The fees have no figure called &quot;%1&quot;.</source>
        <translation>收费模块没有名为“%1”的统计指标。</translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/feecharts.cpp" line="+85"/>
        <source>Collection rate by building, %1</source>
        <translation>%1 各楼栋收缴率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection rate by fee item, %1</source>
        <translation>%1 各收费项目收缴率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection rate over the last twelve months</source>
        <translation>近十二个月收缴率</translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/feespage.cpp" line="-44"/>
        <source>Take payments and print receipts, follow up arrears, and see the collection rate.</source>
        <translation>收款并打印收据，跟进欠费，查看收缴率。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bill run…</source>
        <translation>开账…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the bills of a month, quarter or year after a preview.</source>
        <translation>预览后生成一个月、一个季度或一年的账单。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt paper…</source>
        <translation>收据纸张…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Today&apos;s cash report:</source>
        <translation>今日收费日报：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cash desk</source>
        <translation>收费台</translation>
    </message>
    <message>
        <location filename="../modules/fees/feefigures.cpp" line="-29"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="+1"/>
        <location line="+109"/>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <location filename="../modules/fees/feeprints.cpp" line="+13"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="-60"/>
        <location line="+39"/>
        <source>under 3 months</source>
        <translation>3 个月以内</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="-38"/>
        <location line="+39"/>
        <source>3 to 6 months</source>
        <translation>3–6 个月</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="-39"/>
        <location line="+40"/>
        <source>6 to 12 months</source>
        <translation>6–12 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="-39"/>
        <location line="+40"/>
        <source>12 months and more</source>
        <translation>12 个月以上</translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/feespage.cpp" line="-40"/>
        <location line="+41"/>
        <source>Since</source>
        <translation>最早欠费期</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Double-click a household to take its payment at the cash desk.</source>
        <translation>双击某户可转到收费台为其收款。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notices for the selected…</source>
        <translation>打印所选住户催缴通知单…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notices for all in the list…</source>
        <translation>打印全部催缴通知单…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Households in arrears</source>
        <translation>欠费住户清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>截至</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n household(s) owe %1 on bills past their due date.</source>
        <translation>
            <numerusform>%n 户逾期欠费，合计 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>Notices</source>
        <translation>催缴通知单</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Select the households first.</source>
        <translation>请先选择住户。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No household is in arrears; there is nothing to print.</source>
        <translation>没有欠费户，无需打印。</translation>
    </message>
    <message>
        <location filename="../modules/fees/feeprints.cpp" line="-28"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="+14"/>
        <source>Billing period</source>
        <translation>计费期</translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/feespage.cpp" line="+2"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monthly report:</source>
        <translation>收费月报：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 bills, %3 billed, %4 paid, collection rate %5</source>
        <translation>%1：账单 %2 张，应收 %3，实收 %4，收缴率 %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Collection rate by building</source>
        <translation>各楼栋收缴率</translation>
    </message>
    <message>
        <location filename="../modules/fees/feeprints.cpp" line="+22"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="+1"/>
        <source>By fee item</source>
        <translation>按收费项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/fees/feesync.cpp" line="-38"/>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/fees/ui/feespage.cpp" line="+1"/>
        <source>The last twelve months</source>
        <translation>近十二个月</translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/receiptprinting.cpp" line="-104"/>
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print receipt %1</source>
        <translation>打印收据 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+76"/>
        <location line="+19"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message numerus="yes">
        <location line="-90"/>
        <source>Print preview: %n notice(s)</source>
        <translation>
            <numerusform>打印预览：%n 份通知单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt paper</source>
        <translation>收据纸张</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 (two copies with a cut line)</source>
        <translation>A4 纸（两联，中间裁开）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small three-part form, 241 × 93 mm</source>
        <translation>三联收据纸，241 × 93 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper is pre-printed (print the values only)</source>
        <translation>纸张已印好格式（只打印内容）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>These settings belong to this computer and its printer. On pre-printed paper, print a test page and shift the values until they sit in the boxes: a positive shift moves them right or down.</source>
        <translation>这些设置只对本机及其打印机有效。使用已印好格式的收据纸时，请先打印测试页，再调整偏移量直到内容落在格子里：正数表示向右或向下移动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift right</source>
        <translation>向右偏移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift down</source>
        <translation>向下偏移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test page…</source>
        <translation>打印测试页…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Test page</source>
        <translation>测试页</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test page: the values should sit in the boxes</source>
        <translation>测试页：内容应落在格子里</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Property service fee</source>
        <translation>物业服务费</translation>
    </message>
    <message>
        <location filename="../modules/fees/ui/overpaidpanel.cpp" line="-4"/>
        <source>The same bill was paid at two offices while they were apart. The money is in the household&apos;s account as paid in advance: refund it, or leave it to pay the next bills.</source>
        <translation>同一张账单在两个办公室离线期间都收了款。多收的钱已作为预收款记在该户账上：可以退款，也可以留作以后的账单抵扣。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid too much</source>
        <translation>多收</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bills paid more than once</source>
        <translation>重复缴费的账单</translation>
    </message>
</context>
<context>
    <name>Linli::Registry</name>
    <message>
        <location filename="../modules/registry/demodata.cpp" line="+298"/>
        <source>Demo data can have 1 to 1,000,000 residents.</source>
        <translation>演示数据的居民人数须在 1 到 1,000,000 之间。</translation>
    </message>
    <message>
        <location line="-61"/>
        <location filename="../modules/registry/residentimporter.cpp" line="+609"/>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../modules/registry/registryinternal.h" line="+38"/>
        <source>The %1 does not exist (any more).</source>
        <translation>该%1不存在（或已删除）。</translation>
    </message>
    <message>
        <location filename="../modules/registry/registryservice.cpp" line="+53"/>
        <source>The %1 is missing.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>compound name</source>
        <translation>小区名称</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>building number</source>
        <translation>楼号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unit number</source>
        <translation>单元号</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/registry/ui/residentform.cpp" line="+55"/>
        <source>building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>room number</source>
        <translation>房号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The area must be between 0 and 100,000 m².</source>
        <translation>面积须在 0 到 100,000 平方米之间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/registry/ui/residentform.cpp" line="+1"/>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>room</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>household</source>
        <translation>户</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../modules/registry/residentimporter.cpp" line="-353"/>
        <location filename="../modules/registry/residentwriter.cpp" line="+115"/>
        <source>A resident with this ID number is already registered.</source>
        <translation>已有居民登记了此证件号码。</translation>
    </message>
    <message>
        <location filename="../modules/registry/registryedits.cpp" line="+38"/>
        <location line="+520"/>
        <location filename="../modules/registry/registryservice.cpp" line="+89"/>
        <location line="+59"/>
        <source>There is no such resident.</source>
        <translation>没有这位居民。</translation>
    </message>
    <message>
        <location line="-425"/>
        <source>Only living members of this household can be moved.</source>
        <translation>只能移动本户在住的成员。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Another resident is already registered with this ID number.</source>
        <translation>已有其他居民使用此证件号码登记。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose two different residents to merge.</source>
        <translation>请选择两位不同的居民进行合并。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose two different residents.</source>
        <translation>请选择两位不同的居民。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+35"/>
        <source>There is no such household.</source>
        <translation>没有这一户。</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+71"/>
        <location line="+65"/>
        <location filename="../modules/registry/registryservice.cpp" line="-6"/>
        <source>Enter the date it happened; it cannot be in the future.</source>
        <translation>请填写发生日期，不能晚于今天。</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Choose the members who form the new household.</source>
        <translation>请选择组成新户的成员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The head of the new household must be one of its members.</source>
        <translation>新户的户主必须是新户成员之一。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At least one member must stay in the old household.</source>
        <translation>原户至少要留下一名成员。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The resident already belongs to this household.</source>
        <translation>该居民已在本户。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose two different households.</source>
        <translation>请选择两个不同的户。</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+57"/>
        <source>The household does not exist or is already closed.</source>
        <translation>该户不存在或已注销。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Give the filter a name.</source>
        <translation>请为筛选条件命名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is longer than 40 characters.</source>
        <translation>名称超过 40 个字。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no such saved filter.</source>
        <translation>没有这个已保存的筛选条件。</translation>
    </message>
    <message>
        <location line="-154"/>
        <location filename="../modules/registry/registryservice.cpp" line="+8"/>
        <source>This resident is no longer registered as living here.</source>
        <translation>该居民已不是在住状态。</translation>
    </message>
    <message>
        <location filename="../modules/registry/registryservice.cpp" line="+60"/>
        <source>The new head must be a living member of this household.</source>
        <translation>新户主必须是本户在住的成员。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>record of %1 merged into this one</source>
        <translation>%1 的重复记录已并入本记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed: %1</source>
        <translation>修改了：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>members: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Give the tag a name.</source>
        <translation>请填写标签名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag name has at most 20 characters.</source>
        <translation>标签名称最多 20 个字。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A tag code has 2 to 32 lowercase letters, digits and underscores and starts with a letter.</source>
        <translation>标签代码由 2 至 32 个小写字母、数字和下划线组成，并以字母开头。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is already a tag with this name or code.</source>
        <translation>已有同名或同代码的标签。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>lives alone (elderly)</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty nest</source>
        <translation>空巢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advanced age (80+)</source>
        <translation>高龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subsistence allowance (dibao)</source>
        <translation>低保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near subsistence level</source>
        <translation>低保边缘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extreme hardship (tekun)</source>
        <translation>特困</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>club leader</source>
        <translation>社团团长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>veteran</source>
        <translation>退役军人</translation>
    </message>
    <message>
        <location filename="../modules/registry/registrytypes.cpp" line="+31"/>
        <source>living here</source>
        <translation>在住</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>owner</source>
        <translation>自有产权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenant</source>
        <translation>租住</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>registered and living here</source>
        <translation>人户一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registered here, living elsewhere</source>
        <translation>户在人不在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>living here, registered elsewhere</source>
        <translation>人在户不在</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>moved in</source>
        <translation>迁入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>died</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>became head of household</source>
        <translation>成为户主</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>details corrected</source>
        <translation>更正信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate record merged</source>
        <translation>合并重复记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>household split</source>
        <translation>分户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>households merged</source>
        <translation>合户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenure or residence changed</source>
        <translation>变更产权或人户状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second phone</source>
        <translation>第二电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hukou</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access card</source>
        <translation>门禁卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../modules/registry/residentwriter.cpp" line="-76"/>
        <source>The name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is longer than 30 characters.</source>
        <translation>姓名超过 30 个字。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The birth date %1 does not match the ID number (which says %2).</source>
        <translation>出生日期 %1 与身份证号码不符（身份证号码显示为 %2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sex does not match the ID number.</source>
        <translation>性别与身份证号码不符。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The birth date %1 is impossible.</source>
        <translation>出生日期 %1 不合理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most two phone numbers can be kept.</source>
        <translation>最多可登记两个电话号码。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A tag&apos;s detail (such as the disability&apos;s type and grade) has at most 30 characters.</source>
        <translation>标签说明（如残疾类别和等级）最多 30 个字。</translation>
    </message>
    <message>
        <location filename="../modules/registry/residentimporter.cpp" line="-57"/>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>“%1”不是有效日期。</translation>
    </message>
    <message>
        <location filename="../modules/registry/registryedits.cpp" line="-457"/>
        <location filename="../modules/registry/residentimporter.cpp" line="+30"/>
        <location filename="../modules/registry/residentwriter.cpp" line="+40"/>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation>没有“%1”这个标签。</translation>
    </message>
    <message>
        <location filename="../modules/registry/residentimporter.cpp" line="-60"/>
        <source>&quot;%1&quot; is not an area in m².</source>
        <translation>“%1”不是以平方米计的面积。</translation>
    </message>
    <message>
        <location filename="../modules/registry/registryservice.cpp" line="-576"/>
        <location filename="../modules/registry/residentimporter.cpp" line="+5"/>
        <source>A room number needs its building number.</source>
        <translation>填写了房号，还需填写楼号。</translation>
    </message>
    <message>
        <location filename="../modules/registry/residentimporter.cpp" line="+87"/>
        <source>The same ID number as in row %1.</source>
        <translation>与第 %1 行的证件号码相同。</translation>
    </message>
    <message>
        <location filename="../modules/registry/registryservice.cpp" line="+37"/>
        <location filename="../modules/registry/residentimporter.cpp" line="+243"/>
        <source>Unnamed compound</source>
        <translation>未命名小区</translation>
    </message>
    <message>
        <location filename="../modules/registry/residentimporter.cpp" line="+221"/>
        <source>Import errors</source>
        <translation>导入错误报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data rows</source>
        <translation>数据行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with errors</source>
        <translation>有错误的行数</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../modules/registry/ui/importdialog.cpp" line="+51"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/registry/ui/importdialog.cpp" line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason code</source>
        <translation>原因代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/registry/ui/importdialog.cpp" line="+0"/>
        <source>What is wrong</source>
        <translation>错误说明</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Only the first %1 errors are shown: the check stopped there, and %n row(s) after it were not checked. Nothing was written.</source>
        <translation>
            <numerusform>仅显示前 %1 条错误：检查到此为止，之后还有 %n 行未检查。未写入任何数据。</numerusform>
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
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="+2"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="-127"/>
        <source>Search</source>
        <translation>搜索</translation>
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
        <translation>年龄</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+262"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+263"/>
        <location line="+63"/>
        <source>ID numbers and phone numbers are masked. For internal use only.</source>
        <translation>证件号码和电话号码已脱敏。仅供内部使用。</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2 岁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and over</source>
        <translation>%1 岁及以上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %1</source>
        <translation>%1 岁及以下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration and residence</source>
        <translation>人户状态</translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="+47"/>
        <location line="+13"/>
        <location filename="../modules/registry/residentreports.cpp" line="+79"/>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Second phone</source>
        <translation>电话 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/registry/residentreports.cpp" line="+38"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tag name</source>
        <translation>标签名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resident tag</source>
        <translation>居民标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Household event</source>
        <translation>家庭变动记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair confirmed as two people</source>
        <translation>确认为两个人的记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved filter</source>
        <translation>保存的筛选条件</translation>
    </message>
    <message>
        <location filename="../modules/registry/residentimporter.cpp" line="-16"/>
        <location filename="../modules/registry/residentreports.cpp" line="+21"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="+1"/>
        <source>Recorded by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Resident roster</source>
        <translation>居民花名册</translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="-66"/>
        <location filename="../modules/registry/residentreports.cpp" line="+1"/>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compound name</source>
        <translation>小区名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/registry/residentreports.cpp" line="+2"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="+2"/>
        <source>Rooms</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+15"/>
        <source>Building %1, unit %2</source>
        <translation>%1号楼 %2单元</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Building %1</source>
        <translation>%1号楼</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no head)</source>
        <translation>（无户主）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household card</source>
        <translation>户卡</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="+18"/>
        <location filename="../modules/registry/residentreports.cpp" line="+1"/>
        <source>Tenure</source>
        <translation>产权性质</translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="+1"/>
        <source>Residence</source>
        <translation>人户状态</translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="-1"/>
        <location filename="../modules/registry/residentreports.cpp" line="+1"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="+1"/>
        <source>Household status</source>
        <translation>户状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>在册</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>已注销</translation>
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
        <translation>证件号码</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <location line="-35"/>
        <location filename="../modules/registry/residentreports.cpp" line="-150"/>
        <location line="+314"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <location filename="../modules/registry/ui/residentlistmodel.cpp" line="+1"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="-202"/>
        <location line="+35"/>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="+2"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="-1"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <location filename="../modules/registry/ui/residentlistmodel.cpp" line="+1"/>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="+40"/>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="+2"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="+6"/>
        <source>Household (stays with the kept record)</source>
        <translation>所在户（随保留的记录）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags (both are kept)</source>
        <translation>标签（两者都保留）</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="+1"/>
        <source>History (both are kept)</source>
        <translation>变动记录（两者都保留）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same name and birth date</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same pinyin and phone</source>
        <translation>姓名拼音和电话相同</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep record A</source>
        <translation>保留记录 A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep record B</source>
        <translation>保留记录 B</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <location line="+235"/>
        <source>Merge into one</source>
        <translation>合并为一人</translation>
    </message>
    <message>
        <location line="-292"/>
        <location line="+308"/>
        <source>Not the same person</source>
        <translation>不是同一人</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Suspected duplicates</source>
        <translation>疑似重复登记</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record A</source>
        <translation>记录 A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record B</source>
        <translation>记录 B</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record that stays keeps its household; the other one&apos;s history and tags move to it. Recorded in the audit log.</source>
        <translation>保留的记录保持其所在户；另一条记录的变动记录和标签并入其中。此操作记入审计日志。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Merge the two records of %1? The record that goes is kept in the history, but it no longer appears in lists.</source>
        <translation>确定合并 %1 的两条记录吗？被并入的记录保留在变动记录中，但不再出现在名单里。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+410"/>
        <location line="+6"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 / %2 — %3</source>
        <translation>%1 / %2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No suspected duplicates: no two living residents share a name and birth date, or a pinyin name and a phone number.</source>
        <translation>没有疑似重复登记：没有两位在住居民的姓名和出生日期相同，或姓名拼音和电话相同。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>These two records may be one person (%1). Choose the record that stays and, where they differ, the value to keep. Numbers are shown masked.</source>
        <translation>这两条记录可能是同一个人（%1）。请选择保留哪条记录，并在不一致的项目中选择要保留的值。号码以脱敏形式显示。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 (%2 years)</source>
        <translation>%1（%2 岁）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>needs an access card</source>
        <translation>需要门禁卡</translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="-150"/>
        <location line="+117"/>
        <location line="+34"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <location filename="../modules/registry/ui/residentlistmodel.cpp" line="+1"/>
        <location filename="../modules/registry/ui/residentspage.cpp" line="+483"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="-224"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <source>Access</source>
        <translation>门禁</translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="-14"/>
        <location line="+10"/>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="-2"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+9"/>
        <location line="+119"/>
        <source>Show full numbers</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Moved out…</source>
        <translation>登记迁出…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Died…</source>
        <translation>登记死亡…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household…</source>
        <translation>户信息…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Shows the full ID number and phones of this resident. Each use is recorded in the audit log.</source>
        <translation>显示该居民的完整证件号码和电话。每次使用都会记入审计日志。</translation>
    </message>
    <message>
        <location line="+107"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="+14"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="-88"/>
        <source>History</source>
        <translation>变动记录</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+14"/>
        <source>Correct this resident&apos;s details (F2). Corrections can be undone with Ctrl+Z.</source>
        <translation>更正这位居民的信息（F2）。更正可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The household card: members, history, split and merge, print.</source>
        <translation>户卡：家庭成员、变动记录、分户与合户、打印。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No resident selected</source>
        <translation>未选择居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a resident in the list to see the details.</source>
        <translation>在列表中选择一位居民即可查看详情。</translation>
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
        <translation>、</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <location filename="../modules/registry/ui/residentform.cpp" line="-23"/>
        <source>cannot use face recognition; needs an access card</source>
        <translation>无法使用人脸识别，需办理门禁卡</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+12"/>
        <source>Record a death</source>
        <translation>登记死亡</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>Record a move-out</source>
        <translation>登记迁出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. death certificate from the hospital</source>
        <translation>例如：医院开具的死亡证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. moved to the daughter&apos;s home in 朝阳区</source>
        <translation>例如：搬到朝阳区女儿家</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — this cannot be undone here; the history keeps it.</source>
        <translation>%1 —— 登记后不能在此撤销，变动记录会保留。</translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="+26"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="-414"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+0"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+0"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+0"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+235"/>
        <source>Make head</source>
        <translation>设为户主</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Split…</source>
        <translation>分户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with…</source>
        <translation>合户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to another household…</source>
        <translation>迁至他户…</translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="-18"/>
        <location line="+23"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+2"/>
        <location line="+139"/>
        <location line="+84"/>
        <source>Household</source>
        <translation>户信息</translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="-22"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="-179"/>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/householddialog.cpp" line="-7"/>
        <source>Tenure:</source>
        <translation>产权性质：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registration and residence:</source>
        <translation>人户状态：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Household history</source>
        <translation>本户变动记录</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The selected member joins another household of this compound.</source>
        <translation>选中的成员迁入本小区的另一户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selected member becomes head of this household.</source>
        <translation>选中的成员成为本户户主。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some members form a household of their own, e.g. a son who married.</source>
        <translation>部分成员另立一户，例如儿子结婚。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another household of this compound joins this one; it is then closed.</source>
        <translation>本小区的另一户并入本户，该户随后注销。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Household without a room</source>
        <translation>未关联房屋的户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none — choose a member and click &quot;Make head&quot;</source>
        <translation>无 — 请选中一名成员并点击“设为户主”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Head: %1</source>
        <translation>户主：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area: %1 m²</source>
        <translation>面积：%1 m²</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>closed (merged into another household)</source>
        <translation>已注销（已并入其他户）</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+29"/>
        <location line="+2"/>
        <source>Split the household</source>
        <translation>分户</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+140"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>Merge households</source>
        <translation>合户</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>e.g. 儿子结婚另立户</source>
        <translation>例如：儿子结婚另立户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the members who form the new household in the same room. At least one member stays.</source>
        <translation>勾选在同一房屋另立新户的成员。原户至少留下一人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of the new household:</source>
        <translation>新户户主：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+73"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Split</source>
        <translation>分户</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Room (3-2-501) or the head&apos;s name</source>
        <translation>房号（3-2-501）或户主姓名</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 — head: %2, %n living member(s)</source>
        <translation>
            <numerusform>%1 — 户主：%2，在住 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Relation to its head:</source>
        <translation>与该户户主关系：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>e.g. 老人搬来与子女同住</source>
        <translation>例如：老人搬来与子女同住</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <location line="+16"/>
        <source>Move to another household</source>
        <translation>迁至他户</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 leaves this household and joins the chosen one (e.g. after marrying). Both households&apos; history records it.</source>
        <translation>%1 迁出本户并迁入所选的户（例如结婚）。两户的变动记录中都会记载。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move</source>
        <translation>迁移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 结婚迁入配偶家</source>
        <translation>例如：结婚迁入配偶家</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The living members of the chosen household join this one, whose head stays head. The chosen household is closed; its history is kept.</source>
        <translation>所选户的在住成员并入本户，本户户主不变。所选户随即注销，其变动记录保留。</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household:</source>
        <translation>户：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Merge %1 into this household? This is recorded in both households&apos; history.</source>
        <translation>确定将 %1 并入本户吗？两户的变动记录中都会记载此次合户。</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+2"/>
        <source>Record</source>
        <translation>登记</translation>
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
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentspage.cpp" line="-540"/>
        <source>Type a name, pinyin or initials (张三丰, zhangsanfeng, zsf), the last digits of an ID or phone number, or a room such as 3-2-501. ID numbers and phones are shown masked.</source>
        <translation>输入姓名、拼音或首字母（张三丰、zhangsanfeng、zsf），证件号或电话号码的尾号，或房号（如 3-2-501）。证件号码和电话均以脱敏形式显示。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search residents…</source>
        <translation>搜索居民…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+26"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../modules/registry/registrysync.cpp" line="-31"/>
        <location filename="../modules/registry/residentreports.cpp" line="+105"/>
        <location filename="../modules/registry/ui/residentspage.cpp" line="-23"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Household registration</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../modules/registry/residentreports.cpp" line="-229"/>
        <location filename="../modules/registry/ui/residentspage.cpp" line="+2"/>
        <location line="+503"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentspage.cpp" line="-550"/>
        <location line="+97"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Age from</source>
        <translation>年龄从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../modules/registry/residentreports.cpp" line="+10"/>
        <location filename="../modules/registry/ui/residentspage.cpp" line="+6"/>
        <source>everyone ever registered</source>
        <translation>全部（含迁出、去世）</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentspage.cpp" line="+7"/>
        <source>人户一致, 户在人不在 or 人在户不在, as recorded on the household</source>
        <translation>按户登记的人户一致、户在人不在或人在户不在筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>人户</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filters you saved, e.g. 80岁以上独居老人. Choose one to apply it.</source>
        <translation>您保存的筛选条件，例如“80岁以上独居老人”。选择即可应用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save filter…</source>
        <translation>保存筛选…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes the chosen saved filter (the residents are not touched).</source>
        <translation>删除所选的已保存筛选条件（不影响居民数据）。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Delete the saved filter &quot;%1&quot;?</source>
        <translation>确定删除已保存的筛选条件“%1”吗？</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tags residents can have; add the ones your office needs.</source>
        <translation>居民可用的标签；可添加本单位需要的标签。</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+12"/>
        <location line="+413"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="-424"/>
        <location line="+11"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Duplicates…</source>
        <translation>查重…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residents who may be registered twice: compare them side by side and merge.</source>
        <translation>可能重复登记的居民：并排比对并合并。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+168"/>
        <source>The list is not loaded yet.</source>
        <translation>名单尚未载入。</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Resident list</source>
        <translation>居民名单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roster…</source>
        <translation>花名册…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The resident roster of the chosen building, unit by unit and room by room.</source>
        <translation>所选楼栋的居民花名册，按单元、按房号排列。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading the resident list…</source>
        <translation>正在载入居民名单…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a building in the filter first; the roster lists one building room by room.</source>
        <translation>请先在筛选中选择楼栋；花名册按房号列出一栋楼的居民。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+19"/>
        <source>Save filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Name for the current search and filters (e.g. 3号楼80岁以上):</source>
        <translation>为当前的搜索和筛选条件命名（例如“3号楼80岁以上”）：</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 building %2</source>
        <translation>%1 %2号楼</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%Ln resident(s)</source>
        <translation>
            <numerusform>共 %Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role sees only the last 4 digits of ID and phone numbers; search with those (or with a name or room).</source>
        <translation>您的角色只能看到证件号码和电话号码的后 4 位，请用后 4 位（或姓名、房号）查找。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>correction of %1</source>
        <translation>更正 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>only roles that may see sensitive data</source>
        <translation>仅限可查看敏感信息的角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 失独家庭</source>
        <translation>例如：失独家庭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code for scripts (optional), e.g. shidu</source>
        <translation>供脚本使用的代码（可不填），如 shidu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive (like 低保 or disability)</source>
        <translation>敏感（如低保、残疾）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/importdialog.cpp" line="-22"/>
        <source>Skip rows with errors and import only the correct ones</source>
        <translation>跳过有错误的行，只导入正确的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save error report…</source>
        <translation>保存错误报告…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import residents from a spreadsheet</source>
        <translation>从电子表格导入居民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Excel workbook (.xlsx) or a CSV file</source>
        <translation>Excel 工作簿（.xlsx）或 CSV 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 幸福里小区 (rooms already known are found again)</source>
        <translation>例如：幸福里小区（已登记的房屋会自动对应）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compound of these rooms:</source>
        <translation>房屋所在小区：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information</source>
        <translation>信息项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/duplicatesdialog.cpp" line="+85"/>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+87"/>
        <location filename="../modules/registry/ui/importdialog.cpp" line="+18"/>
        <location filename="../modules/registry/ui/residentform.cpp" line="+101"/>
        <location filename="../modules/registry/ui/residentspage.cpp" line="+8"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/importdialog.cpp" line="+5"/>
        <source>Which column holds what (correct it if a column was not recognised):</source>
        <translation>各列对应的信息（如有未识别的列，请手动更正）：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import residents</source>
        <translation>导入居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The header is in row %1; %n data row(s). Check the columns, then press Check.</source>
        <translation>
            <numerusform>表头在第 %1 行，共 %n 行数据。请核对各列，然后点击“检查”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Importing residents…</source>
        <translation>正在导入居民…</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/householddialog.cpp" line="-98"/>
        <location filename="../modules/registry/ui/importdialog.cpp" line="+0"/>
        <location filename="../modules/registry/ui/residentdetail.cpp" line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/importdialog.cpp" line="+63"/>
        <source>Imported %1 of %2 rows.</source>
        <translation>已导入 %2 行中的 %1 行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All checked: %1 of %2 rows can be imported. Press Import.</source>
        <translation>检查完毕：%2 行中有 %1 行可以导入。请点击“导入”。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s) have errors; nothing was written. Correct the file, or import only the correct rows.</source>
        <translation>
            <numerusform>有 %n 行存在错误，未写入任何数据。请更正文件，或只导入正确的行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>-errors</source>
        <translation>-错误报告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentform.cpp" line="-99"/>
        <source>Save and next</source>
        <translation>保存并录入下一位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add residents</source>
        <translation>录入居民</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>room, e.g. 501</source>
        <translation>房号，如 501</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the ID number</source>
        <translation>按身份证号码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mobile or landline with area code; two separated by /</source>
        <translation>手机或带区号的固定电话；两个号码用 / 分隔</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/householddialog.cpp" line="+377"/>
        <location filename="../modules/registry/ui/residentform.cpp" line="+1"/>
        <source>户主, 配偶, 子, 女 …</source>
        <translation>户主、配偶、子、女 …</translation>
    </message>
    <message>
        <location filename="../modules/registry/ui/residentform.cpp" line="+1"/>
        <source>e.g. 北京市朝阳区</source>
        <translation>例如：北京市朝阳区</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the ID number, or unknown</source>
        <translation>按身份证号码或不详</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+3"/>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID document:</source>
        <translation>证件：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation to head:</source>
        <translation>与户主关系：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity:</source>
        <translation>民族：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hukou:</source>
        <translation>户籍地：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>type and grade as on the disability card, e.g. 肢体二级</source>
        <translation>按残疾人证填写类别和等级，如：肢体二级</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Disability:</source>
        <translation>残疾情况：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Correct resident details</source>
        <translation>更正居民信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no household</source>
        <translation>未入户</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only roles that may see full numbers can change them; the stored number stays.</source>
        <translation>只有可查看完整号码的角色才能修改号码；原号码保持不变。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1, born %2, %3 years old</source>
        <translation>%1，%2 出生，%3 岁</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Saved %n resident(s).</source>
        <translation>
            <numerusform>已保存 %n 位居民。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/registry/registryfigures.cpp" line="+25"/>
        <source>Residents living here</source>
        <translation>在住居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents aged 80 or more</source>
        <translation>80 岁及以上居民</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The registry has no figure called &quot;%1&quot;.</source>
        <translation>居民档案没有名为“%1”的统计指标。</translation>
    </message>
</context>
<context>
    <name>Linli::Reports</name>
    <message>
        <location filename="../modules/reports/filewriting.cpp" line="+16"/>
        <source>The file %1 could not be written. Check that the folder exists and that you may write there.</source>
        <translation>无法写入文件 %1。请检查文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The page size is not supported.</source>
        <translation>不支持该纸张尺寸。</translation>
    </message>
    <message>
        <location filename="../modules/reports/printfonts.cpp" line="+56"/>
        <source>The font &quot;%1&quot; needed for printing is not installed.</source>
        <translation>未安装打印所需的字体“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The font &quot;%1&quot; needed for printing could not be loaded.</source>
        <translation>无法加载打印所需的字体“%1”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Printing needs the graphical application to be running.</source>
        <translation>打印功能需要在图形界面程序中使用。</translation>
    </message>
    <message>
        <location filename="../modules/reports/recoverykeysheet.cpp" line="+54"/>
        <location line="+155"/>
        <location filename="../modules/reports/ui/reportdialogs.cpp" line="+100"/>
        <source>Linli database recovery key</source>
        <translation>邻里数据库恢复密钥</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Confidential: keep this sheet locked away</source>
        <translation>机密：请将本页锁存保管</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database ID</source>
        <translation>数据库 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How to keep this sheet</source>
        <translation>保管须知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this sheet locked away like cash, for example in the office safe. Do not photograph, scan, copy or e-mail it, and do not store it on a computer.</source>
        <translation>请像保管现金一样锁存本页，例如放入办公室保险柜。不得拍照、扫描、复印或通过电子邮件发送，也不得保存在计算机上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This key opens the database when every password has been lost. Without it such a database cannot be opened by anyone, not even by Linli&apos;s support.</source>
        <translation>所有密码遗失时，可用此密钥打开数据库。没有此密钥，任何人都无法打开该数据库，邻里技术支持人员也不例外。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone who holds this key can read all data in the database, including the residents&apos; personal information. Show it to nobody.</source>
        <translation>任何人持有此密钥都能读取数据库中的全部数据，包括居民个人信息。请勿向任何人出示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If this sheet is lost, or someone else may have seen it, tell the administrator at once.</source>
        <translation>如本页遗失或可能已被他人看到，请立即告知系统管理员。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stored by (name and signature):</source>
        <translation>保管人（姓名及签字）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of storage:</source>
        <translation>存放地点：</translation>
    </message>
    <message>
        <location filename="../modules/reports/forms.cpp" line="+103"/>
        <location filename="../modules/reports/recoverykeysheet.cpp" line="+23"/>
        <location filename="../modules/reports/reportrenderer.cpp" line="+392"/>
        <source>The printer is not ready.</source>
        <translation>打印机未就绪。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../modules/reports/recoverykeysheet.cpp" line="+5"/>
        <location filename="../modules/reports/reportrenderer.cpp" line="+25"/>
        <source>Printing could not be started.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../modules/reports/recoverykeysheet.cpp" line="+4"/>
        <location filename="../modules/reports/reportrenderer.cpp" line="+10"/>
        <source>Printing could not be finished.</source>
        <translation>打印未能完成。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VOID</source>
        <translation>作&#x3000;废</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No. %1</source>
        <translation>NO. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received from: %1</source>
        <translation>交款户：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+37"/>
        <source>Period / details</source>
        <translation>所属期间 / 说明</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+37"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+35"/>
        <source>Total (in words)</source>
        <translation>合计（大写）</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Paid by: %1</source>
        <translation>收款方式：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payee (stamp): %1</source>
        <translation>收款单位（盖章）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by: %1</source>
        <translation>收款人：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer: ________</source>
        <translation>交款人：________</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No.</source>
        <translation>NO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer</source>
        <translation>交款户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paid by</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by</source>
        <translation>收款人</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Copy 2 of 3: for the payer</source>
        <translation>第二联&#x3000;交款人收执</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cut here</source>
        <translation>沿此线裁开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy 1 of 3: counterfoil</source>
        <translation>第一联&#x3000;存根</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <location filename="../modules/reports/reportexport.cpp" line="+60"/>
        <source>report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../modules/reports/reportrenderer.cpp" line="-321"/>
        <location filename="../modules/reports/reportxlsx.cpp" line="+176"/>
        <source>%1: %2</source>
        <comment>report parameter label and value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../modules/reports/reportxlsx.cpp" line="+5"/>
        <source>Prepared by: %1</source>
        <translation>制表人：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/reports/reportxlsx.cpp" line="+2"/>
        <source>Generated: %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <location line="+167"/>
        <location filename="../modules/reports/reportxlsx.cpp" line="+26"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No records</source>
        <translation>无记录</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Total: %n record(s)</source>
        <translation>
            <numerusform>合计：%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Printing stopped before the last page.</source>
        <translation>打印在最后一页之前中止。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>d MMMM yyyy, HH:mm</source>
        <comment>date and time printed on reports, a QDateTime::toString format; zh_CN: yyyy年M月d日 HH:mm</comment>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <location filename="../modules/reports/reportxlsx.cpp" line="-152"/>
        <source>Table %1</source>
        <translation>表 %1</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The table &quot;%1&quot; has more rows than a spreadsheet can hold. Export it as CSV instead.</source>
        <translation>表格“%1”的行数超出电子表格的上限，请改为导出 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../modules/reports/textblock.cpp" line="+94"/>
        <source>[text too long to print, see the export]</source>
        <translation>[内容过长，无法打印，请查看导出文件]</translation>
    </message>
    <message>
        <location filename="../modules/reports/ui/reportdialogs.cpp" line="-74"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
</context>
<context>
    <name>Linli::Shell</name>
    <message>
        <location filename="../app/gui/createdatabasedialog.cpp" line="+31"/>
        <source>New Linli database</source>
        <translation>新建邻里数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 幸福里社区居民委员会</source>
        <translation>例如：幸福里社区居民委员会</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/gui/restoredialog.cpp" line="+52"/>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator user name:</source>
        <translation>系统管理员用户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator password:</source>
        <translation>系统管理员密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is encrypted with a random key. Your password unlocks it on this computer; a recovery key, shown next, opens it if every password is lost.</source>
        <translation>所有数据均使用随机密钥加密。在本机上用您的密码即可解锁；下一步将显示恢复密钥，所有密码遗失时可用它打开数据库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/restoredialog.cpp" line="+15"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New database file</source>
        <translation>新建数据库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/restoredialog.cpp" line="+25"/>
        <source>Linli databases (*.linli)</source>
        <translation>邻里数据库 (*.linli)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose where the database file goes.</source>
        <translation>请选择数据库文件的保存位置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../app/gui/homepage.cpp" line="+24"/>
        <source>Residents living here</source>
        <translation>在住居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active staff accounts</source>
        <translation>正常账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit entries</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting for sync</source>
        <translation>待同步的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database size</source>
        <translation>数据库大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup</source>
        <translation>上次备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-ins, last 7 days</source>
        <translation>近 7 天登录失败次数</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Data protection</source>
        <translation>数据保护</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hello, %1</source>
        <translation>您好，%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>in %1 compounds, %2 buildings</source>
        <translation>分布在 %1 个小区、%2 栋楼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rooms</source>
        <translation>%1 套房屋</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 today</source>
        <translation>今日 %1 条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync is not configured yet; changes are kept.</source>
        <translation>尚未配置同步，更改已保留在本机。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last synced %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not synced yet; changes are kept.</source>
        <translation>尚未同步；更改保留在本机。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>More than a week ago — back up soon.</source>
        <translation>已超过一周，请尽快备份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make a backup to another disk or USB stick.</source>
        <translation>请备份到其他磁盘或 U 盘。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the audit log for details.</source>
        <translation>详情请查看审计日志。</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The database is encrypted with SQLCipher %1 (256-bit key). Passwords unlock it through key slots in &lt;i&gt;%2&lt;/i&gt;; keep that file beside the database. The screen locks itself after %3 idle minutes.</source>
        <translation>数据库已使用 SQLCipher %1（256 位密钥）加密。密码通过 &lt;i&gt;%2&lt;/i&gt; 中的密钥槽解锁数据库，请将该文件与数据库放在同一文件夹中。无操作 %3 分钟后将自动锁定屏幕。</translation>
    </message>
    <message>
        <location filename="../app/gui/lockscreen.cpp" line="+30"/>
        <source>The screen is locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signed in: %1. Enter the password to continue.</source>
        <translation>已登录：%1。请输入密码以继续。</translation>
    </message>
    <message>
        <location filename="../app/gui/logindialog.cpp" line="+56"/>
        <location line="+156"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+209"/>
        <source>Forgot every password? Use the recovery key</source>
        <translation>忘记了所有密码？请使用恢复密钥</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Linli — sign in</source>
        <translation>邻里 — 登录</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Linli Community Administration</source>
        <translation>邻里社区管理系统</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Residents, subsidies, fees and activities — encrypted on this computer.</source>
        <translation>居民、补贴、费用和活动信息，均在本机加密保存。</translation>
    </message>
    <message>
        <location line="+89"/>
        <location filename="../app/gui/restoredialog.cpp" line="-35"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/restoredialog.cpp" line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the 56 characters from the printed recovery key sheet. You will sign in as administrator and can then set new passwords.</source>
        <translation>请输入打印的恢复密钥页上的 56 个字符。您将以系统管理员身份登录，之后可以设置新密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/gui/restoredialog.cpp" line="+2"/>
        <source>Recovery key:</source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Open another…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore backup…</source>
        <translation>从备份还原…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>none chosen — open one or create a new one</source>
        <translation>未选择，请打开或新建数据库</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Wait %1 s</source>
        <translation>请等待 %1 秒</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a Linli database</source>
        <translation>打开邻里数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linli databases (*.linli);;All files (*)</source>
        <translation>邻里数据库 (*.linli);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sign in with a password instead</source>
        <translation>改用密码登录</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="+28"/>
        <source>Choose your own password</source>
        <translation>设置您自己的密码</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+122"/>
        <source>&lt;b&gt;The database file is damaged.&lt;/b&gt; To protect what is in it, Linli no longer saves changes to it: you can still look things up and print. Restore the last backup (sign out, then &quot;Restore backup…&quot; in the sign-in window), or have your IT staff rescue what can still be read with &lt;i&gt;linli-cli salvage&lt;/i&gt;.</source>
        <translation>&lt;b&gt;数据库文件已损坏。&lt;/b&gt;为保护其中的数据，邻里不再向它保存任何更改：您仍可查询和打印。请用最近的备份恢复（退出登录后，在登录窗口点“从备份还原…”），或请信息化人员用 &lt;i&gt;linli-cli salvage&lt;/i&gt; 抢救仍能读出的记录。</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1 in the Linli window</source>
        <translation>%1（邻里窗口）</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies after Linli restarts. Restart now? You will sign in again.</source>
        <translation>新语言将在邻里重新启动后生效。是否立即重新启动？重新启动后需要再次登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart</source>
        <translation>重新启动</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in to the sync server…</source>
        <translation>登录同步服务器(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync and &amp;conflicts</source>
        <translation>同步与冲突(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Linli</source>
        <translation>关于邻里(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1 (encrypted)</source>
        <translation>数据库：%1（已加密）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sign in to start</source>
        <translation>请先登录同步服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed, will retry</source>
        <translation>同步失败，稍后自动重试</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>synced %1</source>
        <translation>%1 已同步</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync (%1): %2</source>
        <translation>同步（%1）：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to send</source>
        <translation>待发送 %1 条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 conflict(s)</source>
        <translation>冲突 %1 条</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database syncs with %1 as device %2; its receipts are numbered in series %3. Changes are kept here until the server has them.</source>
        <translation>本数据库以设备 %2 的身份与 %1 同步；本机开出的收据编号属于 %3 系列。更改会一直保留在本机，直到服务器收到。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync: not configured</source>
        <translation>同步：未配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes are kept in this database and will be sent once sync is set up.</source>
        <translation>更改保存在本数据库中，配置同步后将自动发送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linli</source>
        <translation>邻里</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linli — %1</source>
        <translation>邻里 — %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This session was opened with the recovery key; sign out and sign in again.</source>
        <translation>本次会话是用恢复密钥打开的，请注销后重新登录。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <location line="+1"/>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Linli backups (*.linlibak)</source>
        <translation>邻里备份 (*.linlibak)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The encrypted backup was written to %1. Keep a copy away from this computer.</source>
        <translation>加密备份已写入 %1。请另存一份副本，并存放在本机以外的地方。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Linli</source>
        <translation>关于邻里</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Linli %1&lt;/h3&gt;&lt;p&gt;Community administration for subdistrict offices, property management and social workers.&lt;/p&gt;&lt;p&gt;Data are stored encrypted (SQLCipher %2) on this computer.&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;邻里 %1&lt;/h3&gt;&lt;p&gt;面向街道办事处、物业管理和社工的社区管理系统。&lt;/p&gt;&lt;p&gt;数据已加密（SQLCipher %2）保存在本机。&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/recoverykeydialog.cpp" line="+19"/>
        <source>I have printed or written down the recovery key and locked it away.</source>
        <translation>我已打印或抄写恢复密钥，并已锁存保管。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/gui/restoredialog.cpp" line="-21"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this recovery key like cash</source>
        <translation>请像保管现金一样保管此恢复密钥</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It opens the database when every password is lost. Anyone who has it can read all the data. It is shown only now; Linli cannot show it again.</source>
        <translation>所有密码遗失时，可用它打开数据库。任何人持有它都能读取全部数据。恢复密钥仅在此时显示，邻里无法再次显示。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>Save the recovery key</source>
        <translation>保存恢复密钥</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Linli recovery key</source>
        <translation>邻里恢复密钥</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to %1. Print it, then delete the file: a file can be copied unnoticed.</source>
        <translation>已保存到 %1。请打印后删除该文件：文件可能被他人悄悄复制。</translation>
    </message>
    <message>
        <location filename="../app/gui/restoredialog.cpp" line="-1"/>
        <source>User name and password valid when the backup was made</source>
        <translation>备份时有效的用户名和密码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore from a backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup file:</source>
        <translation>备份文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore as (new file):</source>
        <translation>还原为（新文件）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is checked before anything is written; an existing database file is never overwritten.</source>
        <translation>写入前会先校验备份文件；不会覆盖已有的数据库文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linli backups (*.linlibak);;All files (*)</source>
        <translation>邻里备份 (*.linlibak);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>-restored</source>
        <translation>-还原</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore as</source>
        <translation>还原为</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the backup file and where to restore it.</source>
        <translation>请选择备份文件以及还原的位置。</translation>
    </message>
</context>
<context>
    <name>Linli::Staff</name>
    <message numerus="yes">
        <location filename="../modules/staff/authservice.cpp" line="+25"/>
        <source>Too many wrong passwords for this account. Try again in %n minute(s), or ask an administrator.</source>
        <translation>
            <numerusform>该账号密码错误次数过多。请 %n 分钟后再试，或联系系统管理员。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../modules/staff/settingsservice.cpp" line="+55"/>
        <source>Enter the organisation name that appears on printouts.</source>
        <translation>请输入打印件上显示的单位名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/staff/setup.cpp" line="+32"/>
        <source>The organisation name may have at most 60 characters.</source>
        <translation>单位名称最多 60 个字符。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The idle lock must be between 0 (off) and 240 minutes.</source>
        <translation>无操作锁定时间须在 0（关闭）到 240 分钟之间。</translation>
    </message>
    <message>
        <location filename="../modules/staff/staffreports.cpp" line="+31"/>
        <location filename="../modules/staff/ui/settingspage.cpp" line="+38"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>previously: %1</source>
        <translation>原为：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 audit entries</source>
        <translation>%1 条审计记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows could not be rescued</source>
        <translation>%1 行未能抢救</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new value: %1</source>
        <translation>新值：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../modules/staff/ui/auditpage.cpp" line="+112"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../modules/staff/ui/userspage.cpp" line="+72"/>
        <source>Staff accounts</source>
        <translation>工作人员账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/staff/ui/staffusermodel.cpp" line="+60"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/staff/ui/staffusermodel.cpp" line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/staff/ui/staffusermodel.cpp" line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/staff/ui/staffusermodel.cpp" line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/staff/ui/staffusermodel.cpp" line="+1"/>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../modules/staff/ui/staffusermodel.cpp" line="-18"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/staff/ui/staffusermodel.cpp" line="-1"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts</source>
        <translation>账号数</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../modules/staff/ui/auditpage.cpp" line="-38"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../modules/staff/ui/auditlogmodel.cpp" line="+69"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/staff/ui/auditlogmodel.cpp" line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/staff/ui/auditlogmodel.cpp" line="+1"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/staff/ui/auditlogmodel.cpp" line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/staff/ui/auditlogmodel.cpp" line="+1"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../modules/staff/ui/auditlogmodel.cpp" line="+1"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each entry is chained to the previous one by a SHA-256 hash; &quot;linli-cli verify&quot; checks the chain.</source>
        <translation>每条记录都通过 SHA-256 哈希值与上一条记录相链接；可用“linli-cli verify”检查审计链。</translation>
    </message>
    <message>
        <location filename="../modules/staff/ui/auditpage.cpp" line="-43"/>
        <source>Every sign-in, failed sign-in, account change, export and decision, chained by hashes so that no entry can be changed unnoticed.</source>
        <translation>记录每一次登录、登录失败、账号变更、导出和审批决定。各条记录以哈希值相互链接，任何改动都会被发现。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Check the chain</source>
        <translation>检查审计链</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The start date is after the end date.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n entry(ies) from %1 to %2.</source>
        <translation>
            <numerusform>%1 至 %2 共 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database is sound and the audit chain is whole (%1 entries).</source>
        <translation>数据库完好，审计链完整（共 %1 条记录）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database integrity: %1</source>
        <translation>数据库完整性：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from a backup and tell your IT staff.</source>
        <translation>请从备份还原，并告知信息技术人员。</translation>
    </message>
    <message>
        <location filename="../modules/staff/ui/passworddialog.cpp" line="+21"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat new password:</source>
        <translation>确认新密码：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least 8 characters. Only your key slot is rewritten; the data stay as they are.</source>
        <translation>至少 8 个字符。只会重写您的密钥槽，数据本身保持不变。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the colleague the temporary password in person; they must change it at the next sign-in.</source>
        <translation>请当面将临时密码告知该同事，对方下次登录时须修改密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/staff/ui/userdialog.cpp" line="+53"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../modules/staff/ui/reportactions.cpp" line="+16"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+1"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../modules/staff/ui/settingspage.cpp" line="-14"/>
        <location filename="../modules/staff/ui/userdialog.cpp" line="-1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the whole organisation</source>
        <translation>适用于整个单位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 幸福里社区居民委员会</source>
        <translation>例如：幸福里社区居民委员会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation name on printouts:</source>
        <translation>打印件上的单位名称：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the screen after idle:</source>
        <translation>无操作后锁定屏幕：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only administrators change these. On a shared office PC keep the idle lock short: residents&apos; data must not stay open on an empty desk.</source>
        <translation>这些设置仅限系统管理员修改。在多人共用的办公电脑上，请将无操作锁定时间设短一些：工位无人时，居民数据不能一直显示在屏幕上。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On this computer</source>
        <translation>仅适用于本机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The settings were saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../modules/staff/ui/staffusermodel.cpp" line="+1"/>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location filename="../modules/staff/ui/userdialog.cpp" line="-29"/>
        <source>New staff account</source>
        <translation>新建工作人员账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit staff account</source>
        <translation>编辑工作人员账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. wangfang</source>
        <translation>例如：wangfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 王芳</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary password:</source>
        <translation>临时密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new colleague must choose their own password at the first sign-in.</source>
        <translation>新同事首次登录时须自行设置密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new role takes effect at the next sign-in.</source>
        <translation>角色变更将在下次登录时生效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../modules/staff/ui/userspage.cpp" line="-46"/>
        <source>Add account…</source>
        <translation>添加账号…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+137"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Who may open this database, in which role. Each account has its own password; disabling an account stops its password from working.</source>
        <translation>管理哪些人可以打开本数据库以及各自的角色。每个账号都有自己的密码；账号停用后，其密码即失效。</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 can now sign in with the temporary password and must then choose a new one.</source>
        <translation>%1 现在可以用临时密码登录，登录后须设置新密码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Disable %1? Their password will no longer open the database. An administrator can enable the account again by resetting its password.</source>
        <translation>确定要停用 %1 吗？停用后其密码将不能再打开数据库。系统管理员可通过重置密码重新启用该账号。</translation>
    </message>
    <message>
        <location filename="../modules/staff/userservice.cpp" line="+71"/>
        <source>A user name has 2 to 32 characters.</source>
        <translation>用户名须为 2 至 32 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is reserved; choose another user name.</source>
        <translation>“%1”为保留名称，请换一个用户名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A user name may contain letters, digits, Chinese characters, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;; &quot;%1&quot; is not allowed.</source>
        <translation>用户名只能包含字母、数字、汉字以及“.”“_”“-”，不允许使用“%1”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password may have at most 256 characters.</source>
        <translation>密码最多 256 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no staff account &quot;%1&quot;.</source>
        <translation>不存在工作人员账号“%1”。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The user name &quot;%1&quot; is already taken.</source>
        <translation>用户名“%1”已被占用。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&quot;%1&quot; is the last active administrator; add another administrator first.</source>
        <translation>“%1”是最后一个状态正常的系统管理员，请先添加另一名系统管理员。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您自己的账号。</translation>
    </message>
    <message>
        <location filename="../modules/staff/setup.cpp" line="+77"/>
        <source>Too many wrong passwords for this account. Try again later, or ask an administrator.</source>
        <translation>该账号密码输错次数过多。请稍后再试，或联系系统管理员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cryptography library could not be started.</source>
        <translation>无法启动加密库。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The staff accounts in the damaged file cannot be read. Rescue it with the recovery key (--recovery-key).</source>
        <translation>损坏的文件中工作人员账号无法读取。请用恢复密钥（--recovery-key）进行抢救。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an administrator (or the recovery key) may rescue a damaged database.</source>
        <translation>只有系统管理员（或持恢复密钥者）可以抢救损坏的数据库。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database file &quot;%1&quot; does not exist.</source>
        <translation>数据库文件“%1”不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; already exists; Linli never overwrites a database.</source>
        <translation>“%1”已存在；邻里不会覆盖已有的数据库。</translation>
    </message>
    <message>
        <location filename="../modules/staff/staffsync.cpp" line="+16"/>
        <source>Shared setting</source>
        <translation>共享设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>设置值</translation>
    </message>
</context>
<context>
    <name>Linli::Storage</name>
    <message>
        <location filename="../modules/storage/auditlog.cpp" line="+143"/>
        <source>Audit entry %1 is missing (the next entry is %2).</source>
        <translation>第 %1 条审计记录缺失（下一条为第 %2 条）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit entry %1 does not follow entry %2: an entry was removed or replaced.</source>
        <translation>第 %1 条审计记录与第 %2 条记录衔接不上：有记录被删除或替换。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit entry %1 (%2, %3) was altered after it was written.</source>
        <translation>第 %1 条审计记录（%2，%3）在写入后被修改过。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Database created</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened with the recovery key</source>
        <translation>使用恢复密钥打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocked the screen</source>
        <translation>解锁屏幕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed unlock</source>
        <translation>解锁失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account added</source>
        <translation>添加工作人员账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account changed</source>
        <translation>修改工作人员账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff account disabled</source>
        <translation>停用工作人员账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset by administrator</source>
        <translation>系统管理员重置密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own password changed</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data exported</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report printed</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from a backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescued from a damaged database</source>
        <translation>从损坏的数据库抢救数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database checked</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compound added</source>
        <translation>添加小区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building added</source>
        <translation>添加楼栋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit added</source>
        <translation>添加单元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room added</source>
        <translation>添加房屋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household added</source>
        <translation>添加户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident added</source>
        <translation>添加居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident details corrected</source>
        <translation>更正居民信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full ID and phone numbers viewed</source>
        <translation>查看完整证件号和电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move-out recorded</source>
        <translation>登记迁出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Death recorded</source>
        <translation>登记去世</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate records merged</source>
        <translation>合并重复记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspected duplicates confirmed as two people</source>
        <translation>确认疑似重复为两人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of household changed</source>
        <translation>变更户主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household split</source>
        <translation>分户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households merged</source>
        <translation>合户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household tenure or residence changed</source>
        <translation>变更户的产权或人户状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents imported</source>
        <translation>导入居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag added</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resident moved to another household</source>
        <translation>居民迁至他户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data generated</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved filter stored</source>
        <translation>保存筛选条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved filter deleted</source>
        <translation>删除筛选条件</translation>
    </message>
    <message>
        <location filename="../modules/storage/backup.cpp" line="+27"/>
        <source>The backup file is damaged or incomplete; it cannot be restored.</source>
        <translation>备份文件已损坏或不完整，无法还原。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file &quot;%1&quot; cannot be read or written.</source>
        <translation>无法读写文件“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; already exists; choose another name for the backup.</source>
        <translation>“%1”已存在，请为备份另选一个文件名。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&quot;%1&quot; already exists; restore to a new file name so nothing is overwritten.</source>
        <translation>“%1”已存在。请还原到新的文件名，以免覆盖已有文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup file &quot;%1&quot; does not exist.</source>
        <translation>备份文件“%1”不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a Linli backup file.</source>
        <translation>“%1”不是邻里备份文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This backup was made by a newer version of Linli.</source>
        <translation>此备份由更高版本的邻里创建。</translation>
    </message>
    <message>
        <location filename="../modules/storage/connection.cpp" line="+38"/>
        <source>The disk is full; nothing was saved.</source>
        <translation>磁盘已满，未保存任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file cannot be opened for writing.</source>
        <translation>无法以写入方式打开数据库文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>数据库正被其他程序占用，请稍后再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change conflicts with existing data.</source>
        <translation>此更改与现有数据冲突。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading or writing the database file failed.</source>
        <translation>读写数据库文件失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../modules/storage/outbox.cpp" line="+32"/>
        <location line="+11"/>
        <location line="+64"/>
        <location line="+71"/>
        <location filename="../modules/storage/transaction.cpp" line="+109"/>
        <source>An unexpected database error occurred.</source>
        <translation>发生意外的数据库错误。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The database file is damaged. Linli no longer writes to it; restore it from a backup, or rescue what can still be read with &quot;linli-cli salvage&quot;.</source>
        <translation>数据库文件已损坏。邻里不再向它写入任何内容；请从备份还原，或用“linli-cli salvage”抢救仍能读出的记录。</translation>
    </message>
    <message>
        <location line="+88"/>
        <location filename="../modules/storage/store.cpp" line="+106"/>
        <source>The database file &quot;%1&quot; does not exist.</source>
        <translation>数据库文件“%1”不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file &quot;%1&quot; already exists; it was not touched.</source>
        <translation>文件“%1”已存在，未对其作任何改动。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Encryption is not available in this program (SQLCipher is missing). Linli refuses to store data unencrypted; reinstall Linli.</source>
        <translation>本程序无法使用加密功能（缺少 SQLCipher）。邻里不会以未加密方式保存数据，请重新安装邻里。</translation>
    </message>
    <message>
        <location filename="../modules/storage/keyslots.cpp" line="+25"/>
        <source>The key file of this database is damaged. Open the database with the recovery key, or restore it from a backup.</source>
        <translation>此数据库的密钥文件已损坏。请使用恢复密钥打开数据库，或从备份还原。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The key file &quot;%1&quot; is missing. It must lie beside the database file. Copy it back, or open the database with the recovery key.</source>
        <translation>缺少密钥文件“%1”。该文件必须与数据库文件放在同一文件夹中。请将其复制回原处，或使用恢复密钥打开数据库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key file &quot;%1&quot; cannot be read.</source>
        <translation>无法读取密钥文件“%1”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This is not the key file of a Linli database.</source>
        <translation>这不是邻里数据库的密钥文件。</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+4"/>
        <source>The key file &quot;%1&quot; cannot be written.</source>
        <translation>无法写入密钥文件“%1”。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not enough memory to check the password.</source>
        <translation>内存不足，无法验证密码。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This recovery key does not belong to this database.</source>
        <translation>此恢复密钥不属于该数据库。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法对密码进行加密保护。</translation>
    </message>
    <message>
        <location filename="../modules/storage/migrations.cpp" line="+33"/>
        <source>This database was written by a newer version of Linli (part &quot;%1&quot;, schema %2). Install the newer version to open it.</source>
        <translation>此数据库由更高版本的邻里写入（模块“%1”，架构版本 %2）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database schema steps are out of order.</source>
        <translation>数据库架构升级步骤的顺序有误。</translation>
    </message>
    <message>
        <location filename="../modules/storage/outbox.cpp" line="+61"/>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../modules/storage/recoverykey.cpp" line="+79"/>
        <source>A recovery key has 56 characters in 14 groups; %1 characters were entered.</source>
        <translation>恢复密钥共 56 个字符，分为 14 组；您输入了 %1 个字符。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The recovery key contains &quot;%1&quot;, which never occurs in a recovery key.</source>
        <translation>输入的恢复密钥含有“%1”，而恢复密钥中不会出现该字符。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The recovery key was mistyped: check each group against the printed sheet.</source>
        <translation>恢复密钥输入有误，请对照打印页逐组核对。</translation>
    </message>
    <message>
        <location filename="../modules/storage/store.cpp" line="+2"/>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file &quot;%1&quot; cannot be read.</source>
        <translation>无法读取数据库文件“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is an unencrypted SQLite file, not a Linli database.</source>
        <translation>“%1”是未加密的 SQLite 文件，不是邻里数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+126"/>
        <source>The database file &quot;%1&quot; is truncated or damaged. Restore it from a backup.</source>
        <translation>数据库文件“%1”不完整或已损坏，请从备份还原。</translation>
    </message>
    <message>
        <location filename="../modules/storage/salvage.cpp" line="+153"/>
        <source>The list of tables in the damaged file cannot be read, so nothing can be rescued from it. Restore it from a backup.</source>
        <translation>损坏的文件中数据表目录无法读取，无法抢救任何记录。请用备份恢复。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 could not be made again: %2</source>
        <translation>无法重建 %1：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../modules/storage/store.cpp" line="-115"/>
        <source>&quot;%1&quot; already exists; Linli never overwrites a database.</source>
        <translation>“%1”已存在；邻里不会覆盖已有的数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first page of the damaged file cannot be read, so nothing can be rescued from it. Restore it from a backup.</source>
        <translation>损坏的文件第一页无法读取，无法抢救任何记录。请用备份恢复。</translation>
    </message>
    <message>
        <location filename="../modules/storage/store.cpp" line="+2"/>
        <location line="+62"/>
        <source>The cryptography library could not be started.</source>
        <translation>无法启动加密库。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The recovery key does not open this database file.</source>
        <translation>此恢复密钥无法打开该数据库文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is damaged, or the key file beside it belongs to another database. Restore it from a backup.</source>
        <translation>数据库文件已损坏，或同一文件夹中的密钥文件属于其他数据库。请从备份还原。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key file belongs to a different database.</source>
        <translation>该密钥文件属于其他数据库。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This encrypted file is not a Linli database.</source>
        <translation>此加密文件不是邻里数据库。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database is missing its identity; restore it from a backup.</source>
        <translation>数据库缺少身份标识，请从备份还原。</translation>
    </message>
    <message>
        <location filename="../modules/storage/salvage.cpp" line="-23"/>
        <location filename="../modules/storage/store.cpp" line="+52"/>
        <source>Broken reference in table %1, row %2</source>
        <translation>表 %1 第 %2 行存在无效引用</translation>
    </message>
    <message>
        <location filename="../modules/storage/transaction.cpp" line="-59"/>
        <source>%1, since %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The database is busy: %1 is writing to it. Try again when it has finished.</source>
        <translation>数据库正被占用：%1 正在写入。请等它完成后再试。</translation>
    </message>
</context>
<context>
    <name>Linli::Sync</name>
    <message>
        <location filename="../modules/sync/synchttp.cpp" line="+84"/>
        <source>The sync server&apos;s certificate expired on %1; nothing was sent. Ask the server&apos;s administrator to renew it.</source>
        <translation>同步服务器的证书已于 %1 过期；未发送任何内容。请联系服务器管理员更新证书。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sync server&apos;s certificate is made out to another name than %1; nothing was sent. Check the server address.</source>
        <translation>同步服务器的证书不是颁发给 %1 的；未发送任何内容。请检查服务器地址。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s certificate was not issued by the certificate authority this computer trusts for it; nothing was sent. Check the server address and the CA file.</source>
        <translation>服务器证书不是本机信任的证书颁发机构（CA）签发的，未发送任何数据。请核对服务器地址和 CA 证书文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach the sync server at %1: %2</source>
        <translation>无法连接同步服务器 %1：%2</translation>
    </message>
    <message>
        <location filename="../modules/sync/syncclient.cpp" line="+29"/>
        <source>The sync server&apos;s address must start with https:// (for example https://sync.example.cn:8443); unencrypted http is refused.</source>
        <translation>同步服务器地址必须以 https:// 开头（例如 https://sync.example.cn:8443）；不接受未加密的 http。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter the enrolment code the server&apos;s administrator gave you.</source>
        <translation>请输入服务器管理员给您的登记码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; holds no CA certificate (a PEM file is expected).</source>
        <translation>“%1”中没有 CA 证书（应为 PEM 格式文件）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is enrolled with %1 already (as device %2).</source>
        <translation>此数据库已登记到 %1（设备编号 %2）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../modules/sync/syncengine.cpp" line="+141"/>
        <source>This version of Linli is too old for the sync server; update it.</source>
        <translation>此版本的邻里过旧，同步服务器不再接受，请升级。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The enrolment code is unknown, used already or expired; ask the server&apos;s administrator for a new one.</source>
        <translation>登记码无效、已被使用或已过期，请向服务器管理员索取新的登记码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sync server could not enrol this computer (HTTP %1); try again later.</source>
        <translation>同步服务器暂时无法登记本机（HTTP %1），请稍后再试。</translation>
    </message>
    <message>
        <location filename="../modules/sync/syncengine.cpp" line="-62"/>
        <source>This database is not enrolled with a sync server yet; enrol it first (linli-cli enrol --server https://… --code …).</source>
        <translation>本数据库尚未登记到同步服务器；请先登记（linli-cli enrol --server https://… --code …）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has not signed in to the sync server on this computer yet.</source>
        <translation>%1 尚未在本机登录同步服务器。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The sync server does not know user %1, or the password is wrong.</source>
        <translation>同步服务器上没有用户 %1，或密码错误。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The sync server&apos;s administrator has revoked this computer; ask them to enrol it again.</source>
        <translation>同步服务器管理员已吊销本机；请联系管理员重新登记。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync server does not know this computer; enrol it again.</source>
        <translation>同步服务器不认识本机；请重新登记。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sync server asks %1 to sign in again.</source>
        <translation>同步服务器要求 %1 重新登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer&apos;s clock differs from the server&apos;s by more than 5 minutes; set the system time correctly, then sync again.</source>
        <translation>本机时钟与服务器相差超过 5 分钟，请校准系统时间后再同步。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sync server refused changes this user may not make (another compound, or not allowed for the role); nothing was applied. Sign in to the server as a user allowed to make them.</source>
        <translation>同步服务器拒绝了该用户无权做出的更改（属于其他小区，或其角色不允许）；未应用任何更改。请以有权限的用户登录同步服务器。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sync server could not take the request (HTTP %1); Linli will try again later.</source>
        <translation>同步服务器暂时无法处理请求（HTTP %1）；邻里稍后会自动重试。</translation>
    </message>
    <message>
        <location filename="../modules/sync/syncpush.cpp" line="+74"/>
        <location line="+151"/>
        <source>An unexpected database error occurred.</source>
        <translation>发生了意外的数据库错误。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>This database and the sync server disagree about which changes were sent (was it restored from a backup?). Nothing was changed; ask the server&apos;s administrator.</source>
        <translation>本数据库与同步服务器对已发送的更改记录不一致（是否从备份恢复过？）。未作任何更改；请联系服务器管理员。</translation>
    </message>
    <message>
        <location filename="../modules/sync/syncconflicts.cpp" line="+62"/>
        <source>This conflict was dealt with already.</source>
        <translation>这条冲突已经处理过了。</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Only a field two offices changed can be set back; this one can only be noted.</source>
        <translation>只有两个办公室都修改过的字段才能恢复；这一条只能标记为已查看。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Another office changed it first (a bill of the run was paid, or the receipt voided there); the server did not take this change, and it was taken back here with what it wrote.</source>
        <translation>另一处先改过了（这批账单已有人缴费，或收据已在那边作废）；服务器没有接受这项更改，本机已将它连同它写下的记录一并撤回。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has a different record under the same identity.</source>
        <translation>服务器上同一编号下已有不同的记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not take changes to this kind of record.</source>
        <translation>服务器不接受对这类记录的修改。</translation>
    </message>
    <message>
        <location filename="../modules/sync/ui/conflictspage.cpp" line="+70"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the server…</source>
        <translation>登录同步服务器…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value now</source>
        <translation>现在的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwritten value</source>
        <translation>被覆盖的值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offices</source>
        <translation>办公室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the overwritten value back</source>
        <translation>恢复被覆盖的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as reviewed</source>
        <translation>标记为已查看</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When two offices change the same item while apart, the server keeps the later change; the other value is listed here and can be set back. Changes the server refused are kept here too: nothing is lost.</source>
        <translation>两个办公室在各自离线时修改了同一项内容时，服务器保留较晚的修改；被覆盖的值列在这里，可以恢复。服务器拒绝的更改也保留在这里：什么都不会丢失。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conflicts to review</source>
        <translation>待查看的冲突</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sync and conflicts</source>
        <translation>同步与冲突</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>syncing now…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last synced %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 change(s) waiting to be sent</source>
        <translation>待发送的更改 %1 条</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to the sync server to start syncing.</source>
        <translation>请登录同步服务器以开始同步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last sync failed: %1</source>
        <translation>上次同步失败：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changed at two offices</source>
        <translation>两处同时修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the server</source>
        <translation>服务器拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be taken here</source>
        <translation>本机无法接收</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kept: %1; overwritten: %2</source>
        <translation>保留：%1；被覆盖：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 to review</source>
        <translation>待查看 %1 条</translation>
    </message>
    <message>
        <location filename="../modules/sync/ui/signindialog.cpp" line="+24"/>
        <source>Sign in to the sync server</source>
        <translation>登录同步服务器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer syncs with %1. Sign in with the user name and password the server&apos;s administrator gave you; this computer then stays signed in for 30 days.</source>
        <translation>本机与 %1 同步。请使用服务器管理员给您的用户名和密码登录；登录后本机在 30 天内保持登录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User on the server:</source>
        <translation>服务器用户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the user name and the password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>Linli::Tabular</name>
    <message>
        <location filename="../modules/tabular/csvreader.cpp" line="+20"/>
        <source>The file is neither an Excel workbook (.xlsx) nor a CSV text file.</source>
        <translation>该文件既不是 Excel 工作簿（.xlsx），也不是 CSV 文本文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has more than %1 rows or cells; split it into smaller files.</source>
        <translation>文件超过 %1 行或单元格过多，请拆分为多个较小的文件。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The CSV file is damaged: it is not valid UTF-8 text.</source>
        <translation>CSV 文件已损坏：不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This system cannot read GB18030 text.</source>
        <translation>本系统无法读取 GB18030 编码的文本。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>A cell holds more than %1 characters, more than Excel allows. Check that this is the right file; a quotation mark that is never closed makes the rest of the file one cell.</source>
        <translation>有单元格超过 %1 个字符，超出 Excel 的上限。请确认文件是否选对；未闭合的引号会使文件其余部分变成一个单元格。</translation>
    </message>
    <message>
        <location line="+94"/>
        <location filename="../modules/tabular/sheetreader.cpp" line="+18"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../modules/tabular/table.cpp" line="+175"/>
        <source>No header row was found in the first %1 rows. The header must name the columns, for example: %2.</source>
        <translation>前 %1 行中未找到表头行。表头须写明各列名称，例如：%2。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The header in row %1 lacks required columns: %2.</source>
        <translation>第 %1 行的表头缺少必填列：%2。</translation>
    </message>
    <message>
        <location filename="../modules/tabular/sheetreader.cpp" line="+13"/>
        <source>The workbook is protected by a password. Remove the password in Excel or WPS, save it and import it again.</source>
        <translation>该工作簿设有密码保护。请在 Excel 或 WPS 中取消密码并保存后重新导入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is an old Excel 97–2003 workbook (.xls). Save it as .xlsx in Excel or WPS and import it again.</source>
        <translation>这是旧版 Excel 97–2003 工作簿（.xls）。请在 Excel 或 WPS 中另存为 .xlsx 后重新导入。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 cannot be opened.</source>
        <translation>无法打开文件 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>文件大于 %1 MB，请拆分为多个较小的文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <location filename="../modules/tabular/xlsxreader.cpp" line="+34"/>
        <source>The Excel file is damaged or incomplete. Open it in Excel or WPS and save it again.</source>
        <translation>Excel 文件已损坏或不完整。请在 Excel 或 WPS 中打开并重新保存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is a ZIP archive but not an Excel workbook (.xlsx).</source>
        <translation>该文件是 ZIP 压缩包，但不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The worksheet has more than %1 rows or too many cells; split it into smaller files.</source>
        <translation>工作表超过 %1 行或单元格过多，请拆分为多个较小的文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A cell holds more than %1 characters, more than Excel allows. Check that this is the right file.</source>
        <translation>有单元格超过 %1 个字符，超出 Excel 的上限。请确认文件是否选对。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The worksheet holds more text than one import can take; split it into smaller files.</source>
        <translation>工作表中的文字超出一次导入所能处理的量，请拆分成几个较小的文件。</translation>
    </message>
    <message>
        <location line="+673"/>
        <source>The workbook has no worksheet named “%1”.</source>
        <translation>工作簿中没有名为“%1”的工作表。</translation>
    </message>
</context>
<context>
    <name>Linli::Ui</name>
    <message>
        <location filename="../modules/uikit/messages.cpp" line="+18"/>
        <location line="+7"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
